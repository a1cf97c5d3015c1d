from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class KibanaClusterInfoStatus(StrEnum):
    """Values of `KibanaClusterInfoStatus`. A value this ECE release does not list is kept as-is, not rejected."""

    INITIALIZING = "initializing"
    REBOOTING = "rebooting"
    RECONFIGURING = "reconfiguring"
    RESTARTING = "restarting"
    STARTED = "started"
    STOPPED = "stopped"
    STOPPING = "stopping"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
