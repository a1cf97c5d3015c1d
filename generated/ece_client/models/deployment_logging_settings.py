from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.observability_absolute_deployment import ObservabilityAbsoluteDeployment


class DeploymentLoggingSettings(Model):
    """The logging settings for a deployment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    destination: Field[ObservabilityAbsoluteDeployment] = Field(
        "destination", model("ObservabilityAbsoluteDeployment", "observability_absolute_deployment"), required=True
    )
    """ The destination deployment that this deployment's logs will be sent to """

    def __init__(
        self,
        *,
        destination: ObservabilityAbsoluteDeployment,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            destination=destination,
        )
