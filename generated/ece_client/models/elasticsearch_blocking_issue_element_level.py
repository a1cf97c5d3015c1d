from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class ElasticsearchBlockingIssueElementLevel(StrEnum):
    """Values of `ElasticsearchBlockingIssueElementLevel`. A value this ECE release does not list is kept as-is, not rejected."""

    GLOBAL = "global"
    INDEX = "index"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
