from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_create_metadata import DeploymentCreateMetadata
    from ..models.deployment_create_resources import DeploymentCreateResources
    from ..models.deployment_create_settings import DeploymentCreateSettings


class DeploymentCreateRequest(Model):
    """A request for creating a new Deployment consisting of multiple clusters

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str | Unset] = Field("name", STR)
    """ A name for the deployment; otherwise this will be the generated deployment id """
    resources: Field[DeploymentCreateResources | Unset] = Field(
        "resources", model("DeploymentCreateResources", "deployment_create_resources")
    )
    """ The Resources that will belong to this Deployment """
    settings: Field[DeploymentCreateSettings | Unset] = Field(
        "settings", model("DeploymentCreateSettings", "deployment_create_settings")
    )
    """ Additional configuration for this Deployment """
    metadata: Field[DeploymentCreateMetadata | Unset] = Field(
        "metadata", model("DeploymentCreateMetadata", "deployment_create_metadata")
    )
    """ Additional information about this deployment """
    alias: Field[str | Unset] = Field("alias", STR)
    """ A user-defined alias to use in place of Cluster IDs for user-friendly URLs """
    region: Field[str | Unset] = Field("region", STR)
    """ Identifier of the region to be used as the default for all the resources of the deployment """
    version: Field[str | Unset] = Field("version", STR)
    """ The version for all the resources of the deployment (must be one of the supported versions). Defaults to the
    latest version if not specified. """

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        resources: DeploymentCreateResources | Unset = UNSET,
        settings: DeploymentCreateSettings | Unset = UNSET,
        metadata: DeploymentCreateMetadata | Unset = UNSET,
        alias: str | Unset = UNSET,
        region: str | Unset = UNSET,
        version: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            resources=resources,
            settings=settings,
            metadata=metadata,
            alias=alias,
            region=region,
            version=version,
        )
