from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_metadata_resources_settings import ClusterMetadataResourcesSettings


class ClusterMetadataSettings(Model):
    """The top-level configuration settings for the Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    name: Field[str | Unset] = Field("name", STR)
    """ The display name of the cluster """
    owner_id: Field[str | Unset] = Field("owner_id", STR)
    """ The user id (referencing whatever user database is in use) of the cluster owner """
    organization_id: Field[str | Unset] = Field("organization_id", STR)
    """ The organization that owns the deployment """
    subscription_level: Field[str | Unset] = Field("subscription_level", STR)
    """ Subscription level of the cluster """
    system_owned: Field[bool | Unset] = Field("system_owned", BOOL)
    """ Indicates if a cluster is system owned (restricts the set of operations that can be performed on it) """
    contact_email: Field[str | Unset] = Field("contact_email", STR)
    """ Contact email for the cluster """
    hidden: Field[bool | Unset] = Field("hidden", BOOL)
    """ Whether or not this cluster is hidden from the normal clusters list """
    resources: Field[ClusterMetadataResourcesSettings | Unset] = Field(
        "resources", model("ClusterMetadataResourcesSettings", "cluster_metadata_resources_settings")
    )
    """ The top-level configuration settings for the Elasticsearch cluster resources. """

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        subscription_level: str | Unset = UNSET,
        system_owned: bool | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        resources: ClusterMetadataResourcesSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            name=name,
            owner_id=owner_id,
            organization_id=organization_id,
            subscription_level=subscription_level,
            system_owned=system_owned,
            contact_email=contact_email,
            hidden=hidden,
            resources=resources,
        )
