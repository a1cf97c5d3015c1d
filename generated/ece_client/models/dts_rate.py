from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, STR, Field, Model

if TYPE_CHECKING:
    pass


class DtsRate(Model):
    """DTS Rate

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    value: Field[float] = Field("value", FLOAT, required=True)
    """ Raw rate """
    formatted_value: Field[str] = Field("formatted_value", STR, required=True)
    """ Rate in human readable format """

    def __init__(
        self,
        *,
        value: float,
        formatted_value: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            value=value,
            formatted_value=formatted_value,
        )
