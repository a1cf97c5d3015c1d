from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.dimension import Dimension


class Costs(Model):
    """Costs overview for an organization. All of the costs, credits, trials are expressed in Elastic Consumption Unit
    (ECU).

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    total: Field[float] = Field("total", FLOAT, required=True)
    """ Total costs """
    dimensions: Field[list[Dimension]] = Field("dimensions", list_of(model("Dimension", "dimension")), required=True)
    """ A collection of billing details by dimension. """

    def __init__(
        self,
        *,
        total: float,
        dimensions: list[Dimension],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            total=total,
            dimensions=dimensions,
        )
