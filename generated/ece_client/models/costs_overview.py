from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance import Balance
    from ..models.costs import Costs


class CostsOverview(Model):
    """The top level costs overview for an organization. All of the costs, credits, trials are expressed in Elastic
    Consumption Unit (ECU).

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    costs: Field[Costs] = Field("costs", model("Costs", "costs"), required=True)
    """ Costs for the organization """
    trials: Field[float] = Field("trials", FLOAT, required=True)
    """ Trial costs for the organization """
    hourly_rate: Field[float] = Field("hourly_rate", FLOAT, required=True)
    """ Hourly rate applied. """
    balance: Field[Balance | Unset] = Field("balance", model("Balance", "balance"))
    """ Balance for the organization """

    def __init__(
        self,
        *,
        costs: Costs,
        trials: float,
        hourly_rate: float,
        balance: Balance | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            costs=costs,
            trials=trials,
            hourly_rate=hourly_rate,
            balance=balance,
        )
