from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class LdapSettingsBindType(StrEnum):
    """Values of `LdapSettingsBindType`. A value this ECE release does not list is kept as-is, not rejected."""

    USER_SEARCH = "user_search"
    USER_TEMPLATES = "user_templates"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
