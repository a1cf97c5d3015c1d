from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ldap_security_realm_load_balance_type import LdapSecurityRealmLoadBalanceType


class LdapSecurityRealmLoadBalance(Model):
    """The load balancing configuration for the Elasticsearch security LDAP realm.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    type_: Field[LdapSecurityRealmLoadBalanceType | Unset] = Field(
        "type", enum("LdapSecurityRealmLoadBalanceType", "ldap_security_realm_load_balance_type")
    )
    """ The behavior to use when there are multiple LDAP URLs defined """
    cache_ttl: Field[str | Unset] = Field("cache_ttl", STR)
    """ When using dns_failover or dns_round_robin as the load balancing type, this setting controls the amount of
    time to cache DNS lookups. Defaults to 1h. """

    def __init__(
        self,
        *,
        type_: LdapSecurityRealmLoadBalanceType | Unset = UNSET,
        cache_ttl: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            type_=type_,
            cache_ttl=cache_ttl,
        )
