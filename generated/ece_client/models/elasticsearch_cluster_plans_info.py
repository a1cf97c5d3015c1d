from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.elasticsearch_cluster_plan_info import ElasticsearchClusterPlanInfo


class ElasticsearchClusterPlansInfo(Model):
    """Information about the current, pending, and past Elasticsearch cluster plans.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the plan situation is healthy (if unhealthy, means the last plan attempt failed) """
    history: Field[list[ElasticsearchClusterPlanInfo]] = Field(
        "history", list_of(model("ElasticsearchClusterPlanInfo", "elasticsearch_cluster_plan_info")), required=True
    )
    current: Field[ElasticsearchClusterPlanInfo | Unset] = Field(
        "current", model("ElasticsearchClusterPlanInfo", "elasticsearch_cluster_plan_info")
    )
    """ Information about the Elasticsearch cluster plan. """
    pending: Field[ElasticsearchClusterPlanInfo | Unset] = Field(
        "pending", model("ElasticsearchClusterPlanInfo", "elasticsearch_cluster_plan_info")
    )
    """ Information about the Elasticsearch cluster plan. """

    def __init__(
        self,
        *,
        healthy: bool,
        history: list[ElasticsearchClusterPlanInfo],
        current: ElasticsearchClusterPlanInfo | Unset = UNSET,
        pending: ElasticsearchClusterPlanInfo | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            history=history,
            current=current,
            pending=pending,
        )
