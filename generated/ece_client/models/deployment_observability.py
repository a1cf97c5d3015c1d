from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_logging import DeploymentLogging
    from ..models.deployment_metrics import DeploymentMetrics
    from ..models.observability_issue import ObservabilityIssue


class DeploymentObservability(Model):
    """Observability information for a deployment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the deployment observability is healthy or not (one or more of the subsections will have healthy:
    false) """
    logging: Field[DeploymentLogging | Unset] = Field("logging", model("DeploymentLogging", "deployment_logging"))
    """ The logging information for the deployment """
    metrics: Field[DeploymentMetrics | Unset] = Field("metrics", model("DeploymentMetrics", "deployment_metrics"))
    """ The metrics information for the deployment """
    issues: Field[list[ObservabilityIssue] | Unset] = Field(
        "issues", list_of(model("ObservabilityIssue", "observability_issue"))
    )
    """ General observability health issues for the deployment """

    def __init__(
        self,
        *,
        healthy: bool,
        logging: DeploymentLogging | Unset = UNSET,
        metrics: DeploymentMetrics | Unset = UNSET,
        issues: list[ObservabilityIssue] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            logging=logging,
            metrics=metrics,
            issues=issues,
        )
