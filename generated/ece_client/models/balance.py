from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.simplified_line_item import SimplifiedLineItem


class Balance(Model):
    """The available balance for an organization

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    available: Field[float] = Field("available", FLOAT, required=True)
    """ Available balance """
    remaining: Field[float] = Field("remaining", FLOAT, required=True)
    """ Remaining balance """
    line_items: Field[list[SimplifiedLineItem]] = Field(
        "line_items", list_of(model("SimplifiedLineItem", "simplified_line_item")), required=True
    )
    """ A collection of order line items for for an organization """

    def __init__(
        self,
        *,
        available: float,
        remaining: float,
        line_items: list[SimplifiedLineItem],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            available=available,
            remaining=remaining,
            line_items=line_items,
        )
