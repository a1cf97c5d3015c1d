from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class ZookeeperNodeInfoState(StrEnum):
    """Values of `ZookeeperNodeInfoState`. A value this ECE release does not list is kept as-is, not rejected."""

    CONNECTED = "connected"
    LOST = "lost"
    READ_ONLY = "read_only"
    RECONNECTED = "reconnected"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
