from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_update_metadata import DeploymentUpdateMetadata
    from ..models.deployment_update_resources import DeploymentUpdateResources
    from ..models.deployment_update_settings import DeploymentUpdateSettings


class DeploymentUpdateRequest(Model):
    """A request for updating a Deployment consisting of multiple resources

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    prune_orphans: Field[bool] = Field("prune_orphans", BOOL, required=True)
    """ Whether or not to prune orphan resources that are no longer mentioned in this request. Note that
    resourcesare tracked by ref_id, and if a resource's ref_id is changed, any previous running resources
    created with that previousref_id are considered to be orphaned as well. """
    name: Field[str | Unset] = Field("name", STR)
    """ A new name for the deployment, otherwise stays the same. """
    resources: Field[DeploymentUpdateResources | Unset] = Field(
        "resources", model("DeploymentUpdateResources", "deployment_update_resources")
    )
    """ New information about the Resources that will have this Deployment, otherwise they stay the same """
    settings: Field[DeploymentUpdateSettings | Unset] = Field(
        "settings", model("DeploymentUpdateSettings", "deployment_update_settings")
    )
    """ Any new configuration for the current deployment object. If there is no new configuration the value is
    unchanged. """
    metadata: Field[DeploymentUpdateMetadata | Unset] = Field(
        "metadata", model("DeploymentUpdateMetadata", "deployment_update_metadata")
    )
    """ Any new information about the current deployment object. If there is no new information the value is
    unchanged. """
    alias: Field[str | Unset] = Field("alias", STR)
    """ A user-defined alias to use in place of Cluster IDs for user-friendly URLs """

    def __init__(
        self,
        *,
        prune_orphans: bool,
        name: str | Unset = UNSET,
        resources: DeploymentUpdateResources | Unset = UNSET,
        settings: DeploymentUpdateSettings | Unset = UNSET,
        metadata: DeploymentUpdateMetadata | Unset = UNSET,
        alias: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            prune_orphans=prune_orphans,
            name=name,
            resources=resources,
            settings=settings,
            metadata=metadata,
            alias=alias,
        )
