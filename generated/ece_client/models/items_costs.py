from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.costs import Costs
    from ..models.dts_dimension_costs import DtsDimensionCosts
    from ..models.item_costs import ItemCosts


class ItemsCosts(Model):
    """Costs associated to a set of Elastic Cloud resources for an organization. All of the costs are expressed in
    Elastic Consumption Unit (ECU).

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    costs: Field[Costs] = Field("costs", model("Costs", "costs"), required=True)
    """ Costs for the Elastic Cloud resources """
    data_transfer_and_storage: Field[list[DtsDimensionCosts]] = Field(
        "data_transfer_and_storage", list_of(model("DtsDimensionCosts", "dts_dimension_costs")), required=True
    )
    """ List of the detailed costs associated to the Data Transfer and Storage (DTS) dimensions """
    resources: Field[list[ItemCosts]] = Field("resources", list_of(model("ItemCosts", "item_costs")), required=True)
    """ Costs of the list of resources """

    def __init__(
        self,
        *,
        costs: Costs,
        data_transfer_and_storage: list[DtsDimensionCosts],
        resources: list[ItemCosts],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            costs=costs,
            data_transfer_and_storage=data_transfer_and_storage,
            resources=resources,
        )
