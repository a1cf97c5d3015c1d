from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class InstanceConfigurationInfoInstanceType(StrEnum):
    """Values of `InstanceConfigurationInfoInstanceType`. A value this ECE release does not list is kept as-is, not rejected."""

    APM = "apm"
    APPSEARCH = "appsearch"
    ELASTICSEARCH = "elasticsearch"
    ENTERPRISE_SEARCH = "enterprise_search"
    INTEGRATIONS_SERVER = "integrations_server"
    KIBANA = "kibana"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
