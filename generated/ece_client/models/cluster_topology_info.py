from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.cluster_instance_info import ClusterInstanceInfo


class ClusterTopologyInfo(Model):
    """The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
    `ClusterTopologyInfo` also includes the instances and containers, and where they are located.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the cluster topology is healthy (ie all instances are started and the services they run - ie
    elasticsearch - are available """
    instances: Field[list[ClusterInstanceInfo]] = Field(
        "instances", list_of(model("ClusterInstanceInfo", "cluster_instance_info")), required=True
    )

    def __init__(
        self,
        *,
        healthy: bool,
        instances: list[ClusterInstanceInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            instances=instances,
        )
