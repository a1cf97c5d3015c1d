from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.ldap_security_realm_role_mapping_rule import LdapSecurityRealmRoleMappingRule


class LdapSecurityRealmRoleMappingRules(Model):
    """The role mapping ruleset for the Elasticsearch security LDAP realm.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    default_roles: Field[list[str]] = Field("default_roles", list_of(STR), required=True)
    """ The default roles applied to all users """
    rules: Field[list[LdapSecurityRealmRoleMappingRule]] = Field(
        "rules",
        list_of(model("LdapSecurityRealmRoleMappingRule", "ldap_security_realm_role_mapping_rule")),
        required=True,
    )
    """ The role mapping rules to evaluate """

    def __init__(
        self,
        *,
        default_roles: list[str],
        rules: list[LdapSecurityRealmRoleMappingRule],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            default_roles=default_roles,
            rules=rules,
        )
