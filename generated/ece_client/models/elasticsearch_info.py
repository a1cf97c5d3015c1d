from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.elasticsearch_blocking_issues import ElasticsearchBlockingIssues
    from ..models.elasticsearch_cluster_blocking_issues import ElasticsearchClusterBlockingIssues
    from ..models.elasticsearch_master_info import ElasticsearchMasterInfo
    from ..models.elasticsearch_shards_info import ElasticsearchShardsInfo
    from ..models.elasticsearch_shards_status import ElasticsearchShardsStatus


class ElasticsearchInfo(Model):
    """Information about the Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the Elasticsearch cluster is healthy (check the sub-objects for more details if not) """
    shard_info: Field[ElasticsearchShardsInfo] = Field(
        "shard_info", model("ElasticsearchShardsInfo", "elasticsearch_shards_info"), required=True
    )
    """ > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. Use `shards_status`
    instead.

    Elasticsearch shard info """
    master_info: Field[ElasticsearchMasterInfo] = Field(
        "master_info", model("ElasticsearchMasterInfo", "elasticsearch_master_info"), required=True
    )
    """ Information about the master nodes in the Elasticsearch cluster. """
    blocking_issues: Field[ElasticsearchClusterBlockingIssues] = Field(
        "blocking_issues",
        model("ElasticsearchClusterBlockingIssues", "elasticsearch_cluster_blocking_issues"),
        required=True,
    )
    """ > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. Use
    `cluster_blocking_issues` instead.

    cluster-wide and/or index blocks """
    shards_status: Field[ElasticsearchShardsStatus | Unset] = Field(
        "shards_status", model("ElasticsearchShardsStatus", "elasticsearch_shards_status")
    )
    """ Shards status represented as green, yellow, or red, as returned by the Elasticsearch cluster health API """
    cluster_blocking_issues: Field[ElasticsearchBlockingIssues | Unset] = Field(
        "cluster_blocking_issues", model("ElasticsearchBlockingIssues", "elasticsearch_blocking_issues")
    )
    """ Issues that prevent the Elasticsearch cluster or index from correctly operating. """

    def __init__(
        self,
        *,
        healthy: bool,
        shard_info: ElasticsearchShardsInfo,
        master_info: ElasticsearchMasterInfo,
        blocking_issues: ElasticsearchClusterBlockingIssues,
        shards_status: ElasticsearchShardsStatus | Unset = UNSET,
        cluster_blocking_issues: ElasticsearchBlockingIssues | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            shard_info=shard_info,
            master_info=master_info,
            blocking_issues=blocking_issues,
            shards_status=shards_status,
            cluster_blocking_issues=cluster_blocking_issues,
        )
