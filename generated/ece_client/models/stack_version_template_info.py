from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stack_version_template_file_hash import StackVersionTemplateFileHash


class StackVersionTemplateInfo(Model):
    """The template information for an Elastic Stack version.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    template_version: Field[str | Unset] = Field("template_version", STR)
    """ Template version """
    hashes: Field[list[StackVersionTemplateFileHash] | Unset] = Field(
        "hashes", list_of(model("StackVersionTemplateFileHash", "stack_version_template_file_hash"))
    )
    """ Relative paths of files with SHA-256 hashes that contains the template """

    def __init__(
        self,
        *,
        template_version: str | Unset = UNSET,
        hashes: list[StackVersionTemplateFileHash] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            template_version=template_version,
            hashes=hashes,
        )
