from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_diagnostics import DeploymentDiagnostics
    from ..models.deployment_resource import DeploymentResource
    from ..models.deployment_settings import DeploymentSettings
    from ..models.orphaned import Orphaned


class DeploymentUpdateResponse(Model):
    """A response returned from the Deployment update endpoint

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of the deployment """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of the deployment """
    resources: Field[list[DeploymentResource]] = Field(
        "resources", list_of(model("DeploymentResource", "deployment_resource")), required=True
    )
    """ List of resources that are part of the deployment after the update operation. """
    alias: Field[str | Unset] = Field("alias", STR)
    """ A user-defined alias to use in place of ResourceIds for user-friendly resource URLs """
    shutdown_resources: Field[Orphaned | Unset] = Field("shutdown_resources", model("Orphaned", "orphaned"))
    """ List of resources that have been shut down """
    diagnostics: Field[DeploymentDiagnostics | Unset] = Field(
        "diagnostics", model("DeploymentDiagnostics", "deployment_diagnostics")
    )
    """ Backend diagnostics. Sent if validation is requested. """
    settings: Field[DeploymentSettings | Unset] = Field("settings", model("DeploymentSettings", "deployment_settings"))
    """ Additional configuration for this Deployment """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        resources: list[DeploymentResource],
        alias: str | Unset = UNSET,
        shutdown_resources: Orphaned | Unset = UNSET,
        diagnostics: DeploymentDiagnostics | Unset = UNSET,
        settings: DeploymentSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            resources=resources,
            alias=alias,
            shutdown_resources=shutdown_resources,
            diagnostics=diagnostics,
            settings=settings,
        )
