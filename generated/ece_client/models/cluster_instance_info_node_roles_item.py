from enum import StrEnum
from typing import Any

from .._model import unknown_enum_member


class ClusterInstanceInfoNodeRolesItem(StrEnum):
    """Values of `ClusterInstanceInfoNodeRolesItem`. A value this ECE release does not list is kept as-is, not rejected."""

    DATA_COLD = "data_cold"
    DATA_CONTENT = "data_content"
    DATA_FROZEN = "data_frozen"
    DATA_HOT = "data_hot"
    DATA_WARM = "data_warm"
    INGEST = "ingest"
    MASTER = "master"
    ML = "ml"
    REMOTE_CLUSTER_CLIENT = "remote_cluster_client"
    TRANSFORM = "transform"
    VOTING_ONLY = "voting_only"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        return unknown_enum_member(cls, value)
