from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.containers_entry_options_acl import ContainersEntryOptionsACL
    from ..models.containers_entry_options_auth import ContainersEntryOptionsAuth
    from ..models.containers_entry_options_overrides import ContainersEntryOptionsOverrides


class ContainersEntryOptions(Model):
    """Options for a ContainersEntry belonging to a role

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    enabled: Field[bool] = Field("enabled", BOOL, required=True)
    """ Whether this allocation is active and should be created. """
    auths: Field[list[ContainersEntryOptionsAuth]] = Field(
        "auths", list_of(model("ContainersEntryOptionsAuth", "containers_entry_options_auth")), required=True
    )
    """ ZooKeeper Auths associated with this allocation """
    acls: Field[list[ContainersEntryOptionsACL]] = Field(
        "acls", list_of(model("ContainersEntryOptionsACL", "containers_entry_options_acl")), required=True
    )
    """ ZooKeeper ACLs associated with this allocation """
    runners_secret: Field[str | Unset] = Field("runners_secret", STR)
    """ Secret shared between the runners that have containers in this container set allocated. """
    container_set_secret: Field[str | Unset] = Field("container_set_secret", STR)
    """ Secret shared between the containers that are part of this container set. """
    enabled_by_named_feature_flag: Field[str | Unset] = Field("enabled_by_named_feature_flag", STR)
    """ A named feature flag to check whether this container is enabled or not """
    overrides: Field[ContainersEntryOptionsOverrides | Unset] = Field(
        "overrides", model("ContainersEntryOptionsOverrides", "containers_entry_options_overrides")
    )
    """ Allocation-specific overrides for the allocated containers """

    def __init__(
        self,
        *,
        enabled: bool,
        auths: list[ContainersEntryOptionsAuth],
        acls: list[ContainersEntryOptionsACL],
        runners_secret: str | Unset = UNSET,
        container_set_secret: str | Unset = UNSET,
        enabled_by_named_feature_flag: str | Unset = UNSET,
        overrides: ContainersEntryOptionsOverrides | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            enabled=enabled,
            auths=auths,
            acls=acls,
            runners_secret=runners_secret,
            container_set_secret=container_set_secret,
            enabled_by_named_feature_flag=enabled_by_named_feature_flag,
            overrides=overrides,
        )
