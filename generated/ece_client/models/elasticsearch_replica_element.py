from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model

if TYPE_CHECKING:
    pass


class ElasticsearchReplicaElement(Model):
    """Information about the unavailable replicas. NOTE: Unlike shards, unavailable replicas indicate a loss of
    redundancy rather than a loss of availability.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    instance_name: Field[str] = Field("instance_name", STR, required=True)
    """ The Elastic Cloud name/id of the instance (container) """
    replica_count: Field[int] = Field("replica_count", INT, required=True)
    """ The number of unavailable replicas on this instance """

    def __init__(
        self,
        *,
        instance_name: str,
        replica_count: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            instance_name=instance_name,
            replica_count=replica_count,
        )
