from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_observability_settings import DeploymentObservabilitySettings
    from ..models.traffic_filter_settings import TrafficFilterSettings


class DeploymentCreateSettings(Model):
    """Additional configuration for the new deployment object.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    traffic_filter_settings: Field[TrafficFilterSettings | Unset] = Field(
        "traffic_filter_settings", model("TrafficFilterSettings", "traffic_filter_settings")
    )
    """ The traffic filter rulesets to apply to this deployment. """
    observability: Field[DeploymentObservabilitySettings | Unset] = Field(
        "observability", model("DeploymentObservabilitySettings", "deployment_observability_settings")
    )
    """ Observability settings for this deployment """
    autoscaling_enabled: Field[bool | Unset] = Field("autoscaling_enabled", BOOL)
    """ Enable autoscaling for this deployment. """

    def __init__(
        self,
        *,
        traffic_filter_settings: TrafficFilterSettings | Unset = UNSET,
        observability: DeploymentObservabilitySettings | Unset = UNSET,
        autoscaling_enabled: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            traffic_filter_settings=traffic_filter_settings,
            observability=observability,
            autoscaling_enabled=autoscaling_enabled,
        )
