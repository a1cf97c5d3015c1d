from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_metadata import DeploymentMetadata
    from ..models.deployment_resources import DeploymentResources
    from ..models.deployment_settings import DeploymentSettings


class DeploymentSearchResponse(Model):
    """Describes a searched Deployment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ A randomly-generated id of this Deployment """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of this deployment """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the deployment is overall healthy or not (one or more of the resource info subsections will have
    healthy: false) """
    resources: Field[DeploymentResources] = Field(
        "resources", model("DeploymentResources", "deployment_resources"), required=True
    )
    """ The Resources that belong to this Deployment """
    alias: Field[str | Unset] = Field("alias", STR)
    """ A user-defined deployment alias for user-friendly resource URLs """
    settings: Field[DeploymentSettings | Unset] = Field("settings", model("DeploymentSettings", "deployment_settings"))
    """ Additional configuration for this Deployment """
    metadata: Field[DeploymentMetadata | Unset] = Field("metadata", model("DeploymentMetadata", "deployment_metadata"))
    """ Additional information about this deployment """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        healthy: bool,
        resources: DeploymentResources,
        alias: str | Unset = UNSET,
        settings: DeploymentSettings | Unset = UNSET,
        metadata: DeploymentMetadata | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            healthy=healthy,
            resources=resources,
            alias=alias,
            settings=settings,
            metadata=metadata,
        )
