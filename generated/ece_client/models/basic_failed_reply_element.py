from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class BasicFailedReplyElement(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    code: Field[str] = Field("code", STR, required=True)
    """ A structured code representing the error type that occurred """
    message: Field[str] = Field("message", STR, required=True)
    """ A human readable message describing the error that occurred """
    fields: Field[list[str] | Unset] = Field("fields", list_of(STR))
    """ If the error can be tied to a specific field or fields in the user request, this lists those fields """

    def __init__(
        self,
        *,
        code: str,
        message: str,
        fields: list[str] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            code=code,
            message=message,
            fields=fields,
        )
