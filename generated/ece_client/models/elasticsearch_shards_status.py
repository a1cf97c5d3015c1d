from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, enum

if TYPE_CHECKING:
    from ..models.elasticsearch_shards_status_status import ElasticsearchShardsStatusStatus


class ElasticsearchShardsStatus(Model):
    """Shards status represented as green, yellow, or red, as returned by the Elasticsearch cluster health API

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    status: Field[ElasticsearchShardsStatusStatus] = Field(
        "status", enum("ElasticsearchShardsStatusStatus", "elasticsearch_shards_status_status"), required=True
    )
    """ Indicates the elasticsearch cluster health status as a color """

    def __init__(
        self,
        *,
        status: ElasticsearchShardsStatusStatus,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            status=status,
        )
