from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class IntegrationsServerConfigurationMode(StrEnum):
    """Values of `IntegrationsServerConfigurationMode`. A value this ECE release does not list is kept as-is, not rejected."""

    MANAGED = "managed"
    STANDALONE = "standalone"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
