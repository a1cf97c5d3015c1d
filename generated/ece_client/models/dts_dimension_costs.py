from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.dts_quantity import DtsQuantity
    from ..models.dts_rate import DtsRate


class DtsDimensionCosts(Model):
    """The costs associated to a Data Transfer and Storage (DTS) dimension for an organization. All of the costs,
    credits, and trials are expressed in Elastic Consumption Units (ECU).

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    cost: Field[float] = Field("cost", FLOAT, required=True)
    """ Costs associated to the Data Transfer and Storage (DTS) dimensions for an organization """
    name: Field[str] = Field("name", STR, required=True)
    """ DTS dimension name """
    quantity: Field[DtsQuantity] = Field("quantity", model("DtsQuantity", "dts_quantity"), required=True)
    """ DTS usage """
    rate: Field[DtsRate] = Field("rate", model("DtsRate", "dts_rate"), required=True)
    """ Cost per unit """
    sku: Field[str] = Field("sku", STR, required=True)
    """ DTS dimension Stock Keeping Unit (SKU) """
    type_: Field[str] = Field("type", STR, required=True)
    """ Type of the DTS dimension usage """

    def __init__(
        self,
        *,
        cost: float,
        name: str,
        quantity: DtsQuantity,
        rate: DtsRate,
        sku: str,
        type_: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            cost=cost,
            name=name,
            quantity=quantity,
            rate=rate,
            sku=sku,
            type_=type_,
        )
