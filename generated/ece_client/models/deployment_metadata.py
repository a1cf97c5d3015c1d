from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, DATETIME, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.metadata_item import MetadataItem


class DeploymentMetadata(Model):
    """Additional information about the current deployment object.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    last_modified: Field[datetime.datetime] = Field("last_modified", DATETIME, required=True)
    """ The most recent time the cluster metadata was changed (ISO format in UTC) """
    owner_id: Field[str | Unset] = Field("owner_id", STR)
    """ The user id (referencing whatever user database is in use) of the deployment owner """
    organization_id: Field[str | Unset] = Field("organization_id", STR)
    """ The organization that owns the deployment """
    system_owned: Field[bool | Unset] = Field("system_owned", BOOL)
    """ Indicates if a deployment is system owned (restricts the set of operations that can be performed on it) """
    hidden: Field[bool | Unset] = Field("hidden", BOOL)
    """ Whether or not this deployment is hidden from the normal deployment list """
    subscription_level: Field[str | Unset] = Field("subscription_level", STR)
    """ Subscription level of the cluster """
    last_resource_plan_modified: Field[datetime.datetime | Unset] = Field("last_resource_plan_modified", DATETIME)
    """ The most recent time the resource's plan was changed (ISO format in UTC) """
    tags: Field[list[MetadataItem] | Unset] = Field("tags", list_of(model("MetadataItem", "metadata_item")))
    """ Arbitrary user-defined metadata associated with this deployment """
    byok_enabled: Field[bool | Unset] = Field("byok_enabled", BOOL)
    """ Indicates if the Deployment is BYOK enabled or not """

    def __init__(
        self,
        *,
        last_modified: datetime.datetime,
        owner_id: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        system_owned: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        subscription_level: str | Unset = UNSET,
        last_resource_plan_modified: datetime.datetime | Unset = UNSET,
        tags: list[MetadataItem] | Unset = UNSET,
        byok_enabled: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            last_modified=last_modified,
            owner_id=owner_id,
            organization_id=organization_id,
            system_owned=system_owned,
            hidden=hidden,
            subscription_level=subscription_level,
            last_resource_plan_modified=last_resource_plan_modified,
            tags=tags,
            byok_enabled=byok_enabled,
        )
