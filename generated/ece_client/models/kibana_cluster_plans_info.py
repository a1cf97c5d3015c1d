from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kibana_cluster_plan_info import KibanaClusterPlanInfo


class KibanaClusterPlansInfo(Model):
    """Information about the current, pending, or past Kibana instance plans.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the plan situation is healthy (if unhealthy, means the last plan attempt failed) """
    history: Field[list[KibanaClusterPlanInfo]] = Field(
        "history", list_of(model("KibanaClusterPlanInfo", "kibana_cluster_plan_info")), required=True
    )
    current: Field[KibanaClusterPlanInfo | Unset] = Field(
        "current", model("KibanaClusterPlanInfo", "kibana_cluster_plan_info")
    )
    """ Information about the current, pending, or past Kibana instance plan. """
    pending: Field[KibanaClusterPlanInfo | Unset] = Field(
        "pending", model("KibanaClusterPlanInfo", "kibana_cluster_plan_info")
    )
    """ Information about the current, pending, or past Kibana instance plan. """

    def __init__(
        self,
        *,
        healthy: bool,
        history: list[KibanaClusterPlanInfo],
        current: KibanaClusterPlanInfo | Unset = UNSET,
        pending: KibanaClusterPlanInfo | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            history=history,
            current=current,
            pending=pending,
        )
