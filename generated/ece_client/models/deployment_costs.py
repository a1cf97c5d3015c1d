from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costs import Costs
    from ..models.period import Period


class DeploymentCosts(Model):
    """Detailed costs for a deployment for an organization. All of the costs are expressed in Elastic Consumption Unit
    (ECU).

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    deployment_id: Field[str] = Field("deployment_id", STR, required=True)
    """ Elasticsearch deployment id """
    deployment_name: Field[str] = Field("deployment_name", STR, required=True)
    """ Elasticsearch deployment name """
    costs: Field[Costs] = Field("costs", model("Costs", "costs"), required=True)
    """ Costs associated to the deployment """
    hourly_rate: Field[float] = Field("hourly_rate", FLOAT, required=True)
    """ Price per hour """
    period: Field[Period | Unset] = Field("period", model("Period", "period"))
    """ Period """

    def __init__(
        self,
        *,
        deployment_id: str,
        deployment_name: str,
        costs: Costs,
        hourly_rate: float,
        period: Period | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            deployment_id=deployment_id,
            deployment_name=deployment_name,
            costs=costs,
            hourly_rate=hourly_rate,
            period=period,
        )
