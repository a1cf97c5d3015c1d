from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class ClusterSystemAlertAlertType(StrEnum):
    """Values of `ClusterSystemAlertAlertType`. A value this ECE release does not list is kept as-is, not rejected."""

    AUTOMATIC_RESTART = "automatic_restart"
    HEAP_DUMP = "heap_dump"
    UNKNOWN_EVENT = "unknown_event"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
