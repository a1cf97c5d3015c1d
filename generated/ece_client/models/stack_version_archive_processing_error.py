from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.basic_failed_reply import BasicFailedReply


class StackVersionArchiveProcessingError(Model):
    """Information about the errors that occurred from processing an Elastic Stack version.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    stack_version: Field[str] = Field("stack_version", STR, required=True)
    """ Version of the stack (ie directory name in archive root) """
    errors: Field[BasicFailedReply] = Field("errors", model("BasicFailedReply", "basic_failed_reply"), required=True)

    def __init__(
        self,
        *,
        stack_version: str,
        errors: BasicFailedReply,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            stack_version=stack_version,
            errors=errors,
        )
