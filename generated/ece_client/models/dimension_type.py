from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class DimensionType(StrEnum):
    """Values of `DimensionType`. A value this ECE release does not list is kept as-is, not rejected."""

    CAPACITY = "capacity"
    DATA_IN = "data_in"
    DATA_INTERNODE = "data_internode"
    DATA_OUT = "data_out"
    STORAGE_API = "storage_api"
    STORAGE_BYTES = "storage_bytes"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
