from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.chart_item import ChartItem


class ChartItems(Model):
    """A collection of ChartItems

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    data: Field[list[ChartItem]] = Field("data", list_of(model("ChartItem", "chart_item")), required=True)
    """ The list of chart item """

    def __init__(
        self,
        *,
        data: list[ChartItem],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            data=data,
        )
