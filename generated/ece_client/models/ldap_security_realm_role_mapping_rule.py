from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum, list_of

if TYPE_CHECKING:
    from ..models.ldap_security_realm_role_mapping_rule_type import LdapSecurityRealmRoleMappingRuleType


class LdapSecurityRealmRoleMappingRule(Model):
    """The role mapping rule for the Elasticsearch security LDAP realm.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    type_: Field[LdapSecurityRealmRoleMappingRuleType] = Field(
        "type",
        enum("LdapSecurityRealmRoleMappingRuleType", "ldap_security_realm_role_mapping_rule_type"),
        required=True,
    )
    """ The type of role mapping rule """
    roles: Field[list[str]] = Field("roles", list_of(STR), required=True)
    """ The roles that are applied when the mapping rule is successfully evaluated """
    value: Field[str] = Field("value", STR, required=True)
    """ The value to match when evaluating this rule """

    def __init__(
        self,
        *,
        type_: LdapSecurityRealmRoleMappingRuleType,
        roles: list[str],
        value: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            type_=type_,
            roles=roles,
            value=value,
        )
