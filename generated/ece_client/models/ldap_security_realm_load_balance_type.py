from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class LdapSecurityRealmLoadBalanceType(StrEnum):
    """Values of `LdapSecurityRealmLoadBalanceType`. A value this ECE release does not list is kept as-is, not rejected."""

    DNS_FAILOVER = "dns_failover"
    DNS_ROUND_ROBIN = "dns_round_robin"
    FAILOVER = "failover"
    ROUND_ROBIN = "round_robin"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
