from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.chart_item_value import ChartItemValue


class ChartItem(Model):
    """Chart Item

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    timestamp: Field[int] = Field("timestamp", INT, required=True)
    """ Axis X position """
    values: Field[list[ChartItemValue]] = Field(
        "values", list_of(model("ChartItemValue", "chart_item_value")), required=True
    )
    """ the collection of values to plot the chart item """

    def __init__(
        self,
        *,
        timestamp: int,
        values: list[ChartItemValue],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            timestamp=timestamp,
            values=values,
        )
