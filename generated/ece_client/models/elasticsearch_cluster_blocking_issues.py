from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.elasticsearch_cluster_blocking_issue_element import ElasticsearchClusterBlockingIssueElement


class ElasticsearchClusterBlockingIssues(Model):
    """> WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. Use
    `cluster_blocking_issues` instead

    Issues that prevent the Elasticsearch cluster or index from operating correctly.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the cluster has issues (false) or not (true) """
    cluster_level: Field[list[ElasticsearchClusterBlockingIssueElement]] = Field(
        "cluster_level",
        list_of(model("ElasticsearchClusterBlockingIssueElement", "elasticsearch_cluster_blocking_issue_element")),
        required=True,
    )
    """ A list of issues that affect availability of entire cluster """
    index_level: Field[list[ElasticsearchClusterBlockingIssueElement]] = Field(
        "index_level",
        list_of(model("ElasticsearchClusterBlockingIssueElement", "elasticsearch_cluster_blocking_issue_element")),
        required=True,
    )
    """ A list of issues that affect availability of the cluster's indices """

    def __init__(
        self,
        *,
        healthy: bool,
        cluster_level: list[ElasticsearchClusterBlockingIssueElement],
        index_level: list[ElasticsearchClusterBlockingIssueElement],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            cluster_level=cluster_level,
            index_level=index_level,
        )
