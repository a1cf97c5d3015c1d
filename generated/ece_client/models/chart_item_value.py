from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, STR, Field, Model

if TYPE_CHECKING:
    pass


class ChartItemValue(Model):
    """A ChartItem value

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of chart item value """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of the chart item value """
    value: Field[float] = Field("value", FLOAT, required=True)
    """ The actual value of the chart item value """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        value: float,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            value=value,
        )
