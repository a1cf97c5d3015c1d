from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model

if TYPE_CHECKING:
    pass


class ElasticsearchShardElement(Model):
    """Information about the shards for each Elasticsearch instance container that hosts an Elasticsearch node. TIP:
    When the shard is unavailable, the cluster is unable to serve all of the data.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    instance_name: Field[str] = Field("instance_name", STR, required=True)
    """ The Elastic Cloud name/id of the instance (container) """
    shard_count: Field[int] = Field("shard_count", INT, required=True)
    """ The number of shards of the given type (available/unavailable) on this instance """

    def __init__(
        self,
        *,
        instance_name: str,
        shard_count: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            instance_name=instance_name,
            shard_count=shard_count,
        )
