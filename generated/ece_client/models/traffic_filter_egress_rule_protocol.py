from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class TrafficFilterEgressRuleProtocol(StrEnum):
    """Values of `TrafficFilterEgressRuleProtocol`. A value this ECE release does not list is kept as-is, not rejected."""

    ALL = "all"
    TCP = "tcp"
    UDP = "udp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
