from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.active_directory_security_realm_role_mapping_rule import ActiveDirectorySecurityRealmRoleMappingRule


class ActiveDirectorySecurityRealmRoleMappingRules(Model):
    """Elasticsearch Security Active Directory role mapping rule set

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    default_roles: Field[list[str]] = Field("default_roles", list_of(STR), required=True)
    """ The default roles applied to all users """
    rules: Field[list[ActiveDirectorySecurityRealmRoleMappingRule]] = Field(
        "rules",
        list_of(
            model("ActiveDirectorySecurityRealmRoleMappingRule", "active_directory_security_realm_role_mapping_rule")
        ),
        required=True,
    )
    """ The role mapping rules to evaluate """

    def __init__(
        self,
        *,
        default_roles: list[str],
        rules: list[ActiveDirectorySecurityRealmRoleMappingRule],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            default_roles=default_roles,
            rules=rules,
        )
