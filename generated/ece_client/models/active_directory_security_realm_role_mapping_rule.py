from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum, list_of

if TYPE_CHECKING:
    from ..models.active_directory_security_realm_role_mapping_rule_type import (
        ActiveDirectorySecurityRealmRoleMappingRuleType,
    )


class ActiveDirectorySecurityRealmRoleMappingRule(Model):
    """Elasticsearch Security Active Directory role mapping rule

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    type_: Field[ActiveDirectorySecurityRealmRoleMappingRuleType] = Field(
        "type",
        enum(
            "ActiveDirectorySecurityRealmRoleMappingRuleType", "active_directory_security_realm_role_mapping_rule_type"
        ),
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
        type_: ActiveDirectorySecurityRealmRoleMappingRuleType,
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
