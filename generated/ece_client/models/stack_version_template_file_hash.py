from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class StackVersionTemplateFileHash(Model):
    """The template file hash for an Elastic Stack version.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    path: Field[str] = Field("path", STR, required=True)
    """ File path relative to template's root """
    hash_: Field[str] = Field("hash", STR, required=True)
    """ SHA-256 hash of a file """

    def __init__(
        self,
        *,
        path: str,
        hash_: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            path=path,
            hash_=hash_,
        )
