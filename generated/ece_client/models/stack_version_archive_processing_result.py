from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.stack_version_archive_processing_error import StackVersionArchiveProcessingError
    from ..models.stack_version_config import StackVersionConfig


class StackVersionArchiveProcessingResult(Model):
    """The result from processing an archive of an Elastic Stack version.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    stacks: Field[list[StackVersionConfig]] = Field(
        "stacks", list_of(model("StackVersionConfig", "stack_version_config")), required=True
    )
    errors: Field[list[StackVersionArchiveProcessingError]] = Field(
        "errors",
        list_of(model("StackVersionArchiveProcessingError", "stack_version_archive_processing_error")),
        required=True,
    )
    """ Errors occurred while processing the Elastic Stack pack. Key: stack version, Value: List of errors """

    def __init__(
        self,
        *,
        stacks: list[StackVersionConfig],
        errors: list[StackVersionArchiveProcessingError],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            stacks=stacks,
            errors=errors,
        )
