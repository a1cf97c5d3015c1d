from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, INT, STR, Field, Model, enum, model

if TYPE_CHECKING:
    from ..models.item_costs_kind import ItemCostsKind
    from ..models.period import Period


class ItemCosts(Model):
    """Detailed costs associated to an Elastic Cloud Resource for an organization. All of the costs are expressed in
    Elastic Consumption Unit (ECU).

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    hours: Field[int] = Field("hours", INT, required=True)
    """ Resource usage in hours """
    instance_count: Field[int] = Field("instance_count", INT, required=True)
    """ Number of instances """
    period: Field[Period] = Field("period", model("Period", "period"), required=True)
    """ Period """
    kind: Field[ItemCostsKind] = Field("kind", enum("ItemCostsKind", "item_costs_kind"), required=True)
    """ Kind of resource """
    price: Field[float] = Field("price", FLOAT, required=True)
    """ Resource price """
    price_per_hour: Field[float] = Field("price_per_hour", FLOAT, required=True)
    """ Price per hour """
    name: Field[str] = Field("name", STR, required=True)
    """ Resource name """
    sku: Field[str] = Field("sku", STR, required=True)
    """ Stock Keeping Unit (SKU) """

    def __init__(
        self,
        *,
        hours: int,
        instance_count: int,
        period: Period,
        kind: ItemCostsKind,
        price: float,
        price_per_hour: float,
        name: str,
        sku: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            hours=hours,
            instance_count=instance_count,
            period=period,
            kind=kind,
            price=price,
            price_per_hour=price_per_hour,
            name=name,
            sku=sku,
        )
