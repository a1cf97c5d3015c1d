from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class SamlSecurityRealmRoleMappingRuleType(StrEnum):
    """Values of `SamlSecurityRealmRoleMappingRuleType`. A value this ECE release does not list is kept as-is, not rejected."""

    DN = "dn"
    GROUPS = "groups"
    USERNAME = "username"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
