from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.deployment_costs import DeploymentCosts


class DeploymentsCosts(Model):
    """Costs associated to a set of deployments for an organization. All of the costs are expressed in Elastic
    Consumption Unit (ECU).

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    total_cost: Field[float] = Field("total_cost", FLOAT, required=True)
    """ Total cost for all deployments """
    deployments: Field[list[DeploymentCosts]] = Field(
        "deployments", list_of(model("DeploymentCosts", "deployment_costs")), required=True
    )
    """ Costs of the list of deployments """

    def __init__(
        self,
        *,
        total_cost: float,
        deployments: list[DeploymentCosts],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            total_cost=total_cost,
            deployments=deployments,
        )
