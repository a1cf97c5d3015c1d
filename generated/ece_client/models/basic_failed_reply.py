from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.basic_failed_reply_element import BasicFailedReplyElement


class BasicFailedReply(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    errors: Field[list[BasicFailedReplyElement]] = Field(
        "errors", list_of(model("BasicFailedReplyElement", "basic_failed_reply_element")), required=True
    )
    """ A list of errors that occurred in the failing request """

    def __init__(
        self,
        *,
        errors: list[BasicFailedReplyElement],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            errors=errors,
        )
