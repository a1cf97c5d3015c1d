from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_directory_security_realm_load_balance_type import ActiveDirectorySecurityRealmLoadBalanceType


class ActiveDirectorySecurityRealmLoadBalance(Model):
    """Elasticsearch Security Active Directory load balancing configuration

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    type_: Field[ActiveDirectorySecurityRealmLoadBalanceType | Unset] = Field(
        "type", enum("ActiveDirectorySecurityRealmLoadBalanceType", "active_directory_security_realm_load_balance_type")
    )
    """ The behavior to use when there are multiple Active Directory URLs defined """
    cache_ttl: Field[str | Unset] = Field("cache_ttl", STR)
    """ When using dns_failover or dns_round_robin as the load balancing type, this setting controls the amount of
    time to cache DNS lookups. Defaults to 1h. """

    def __init__(
        self,
        *,
        type_: ActiveDirectorySecurityRealmLoadBalanceType | Unset = UNSET,
        cache_ttl: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            type_=type_,
            cache_ttl=cache_ttl,
        )
