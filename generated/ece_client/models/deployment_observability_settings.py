from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_logging_settings import DeploymentLoggingSettings
    from ..models.deployment_metrics_settings import DeploymentMetricsSettings


class DeploymentObservabilitySettings(Model):
    """The observability settings for a deployment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    logging: Field[DeploymentLoggingSettings | Unset] = Field(
        "logging", model("DeploymentLoggingSettings", "deployment_logging_settings")
    )
    """ The logging settings for the deployment """
    metrics: Field[DeploymentMetricsSettings | Unset] = Field(
        "metrics", model("DeploymentMetricsSettings", "deployment_metrics_settings")
    )
    """ The metrics settings for the deployment """

    def __init__(
        self,
        *,
        logging: DeploymentLoggingSettings | Unset = UNSET,
        metrics: DeploymentMetricsSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            logging=logging,
            metrics=metrics,
        )
