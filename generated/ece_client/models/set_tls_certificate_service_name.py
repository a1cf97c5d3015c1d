from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class SetTlsCertificateServiceName(StrEnum):
    """Values of `SetTlsCertificateServiceName`. A value this ECE release does not list is kept as-is, not rejected."""

    ADMINCONSOLE = "adminconsole"
    INTERNALCA = "internalca"
    PROXY = "proxy"
    UI = "ui"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
