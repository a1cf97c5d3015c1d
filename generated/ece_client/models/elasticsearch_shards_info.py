from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.elasticsearch_replica_element import ElasticsearchReplicaElement
    from ..models.elasticsearch_shard_element import ElasticsearchShardElement


class ElasticsearchShardsInfo(Model):
    """> WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. Use `shards_status`
    instead.

    Information about the shards and replicas that comprise the Elasticsearch indices.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the shard situation is healthy (any unavailable shards is unhealthy) """
    available_shards: Field[list[ElasticsearchShardElement]] = Field(
        "available_shards", list_of(model("ElasticsearchShardElement", "elasticsearch_shard_element")), required=True
    )
    unavailable_shards: Field[list[ElasticsearchShardElement]] = Field(
        "unavailable_shards", list_of(model("ElasticsearchShardElement", "elasticsearch_shard_element")), required=True
    )
    unavailable_replicas: Field[list[ElasticsearchReplicaElement]] = Field(
        "unavailable_replicas",
        list_of(model("ElasticsearchReplicaElement", "elasticsearch_replica_element")),
        required=True,
    )

    def __init__(
        self,
        *,
        healthy: bool,
        available_shards: list[ElasticsearchShardElement],
        unavailable_shards: list[ElasticsearchShardElement],
        unavailable_replicas: list[ElasticsearchReplicaElement],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            available_shards=available_shards,
            unavailable_shards=unavailable_shards,
            unavailable_replicas=unavailable_replicas,
        )
