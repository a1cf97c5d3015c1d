from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model

if TYPE_CHECKING:
    pass


class DtsQuantity(Model):
    """DTS quantity

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    value: Field[int] = Field("value", INT, required=True)
    """ Raw quantity """
    formatted_value: Field[str] = Field("formatted_value", STR, required=True)
    """ Quantity in human readable format """

    def __init__(
        self,
        *,
        value: int,
        formatted_value: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            value=value,
            formatted_value=formatted_value,
        )
