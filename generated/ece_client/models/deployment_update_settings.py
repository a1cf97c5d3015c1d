from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_ops_settings import AutoOpsSettings
    from ..models.deployment_observability_settings import DeploymentObservabilitySettings


class DeploymentUpdateSettings(Model):
    """Additional configuration for the new deployment object.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    observability: Field[DeploymentObservabilitySettings | Unset] = Field(
        "observability", model("DeploymentObservabilitySettings", "deployment_observability_settings")
    )
    """ Logging and monitoring settings for this deployment. If provided it will change observability settings, if
    null observability will be removed from the deployment, otherwise will stay the same """
    autoscaling_enabled: Field[bool | Unset] = Field("autoscaling_enabled", BOOL)
    """ Enable autoscaling for this deployment. """
    auto_ops: Field[AutoOpsSettings | Unset] = Field("auto_ops", model("AutoOpsSettings", "auto_ops_settings"))
    """ See AutoOps integration status for this deployment. """

    def __init__(
        self,
        *,
        observability: DeploymentObservabilitySettings | Unset = UNSET,
        autoscaling_enabled: bool | Unset = UNSET,
        auto_ops: AutoOpsSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            observability=observability,
            autoscaling_enabled=autoscaling_enabled,
            auto_ops=auto_ops,
        )
