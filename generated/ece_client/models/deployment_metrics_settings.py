from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observability_absolute_deployment import ObservabilityAbsoluteDeployment


class DeploymentMetricsSettings(Model):
    """The metrics settings for a deployment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    destination: Field[ObservabilityAbsoluteDeployment] = Field(
        "destination", model("ObservabilityAbsoluteDeployment", "observability_absolute_deployment"), required=True
    )
    """ The destination deployment that this deployment's metrics will be sent to """
    force_legacy_monitoring: Field[bool | Unset] = Field("force_legacy_monitoring", BOOL)
    """ Set to true to force the deployment to use legacy monitoring instead of Metricbeat-based monitoring. """

    def __init__(
        self,
        *,
        destination: ObservabilityAbsoluteDeployment,
        force_legacy_monitoring: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            destination=destination,
            force_legacy_monitoring=force_legacy_monitoring,
        )
