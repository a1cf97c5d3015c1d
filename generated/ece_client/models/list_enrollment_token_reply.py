from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.list_enrollment_token_element import ListEnrollmentTokenElement


class ListEnrollmentTokenReply(Model):
    """Information about active enrollment tokens.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    tokens: Field[list[ListEnrollmentTokenElement]] = Field(
        "tokens", list_of(model("ListEnrollmentTokenElement", "list_enrollment_token_element")), required=True
    )
    """ The list of currently active enrollment tokens """

    def __init__(
        self,
        *,
        tokens: list[ListEnrollmentTokenElement],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            tokens=tokens,
        )
