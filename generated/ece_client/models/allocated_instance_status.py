from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, enum, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocated_instance_plans_info import AllocatedInstancePlansInfo
    from ..models.allocated_instance_status_cluster_type import AllocatedInstanceStatusClusterType


class AllocatedInstanceStatus(Model):
    """The status of the allocated Kibana instance or APM Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    cluster_type: Field[AllocatedInstanceStatusClusterType] = Field(
        "cluster_type",
        enum("AllocatedInstanceStatusClusterType", "allocated_instance_status_cluster_type"),
        required=True,
    )
    """ Type of instance that is running """
    cluster_id: Field[str] = Field("cluster_id", STR, required=True)
    """ Identifier for the cluster this instance belongs """
    instance_name: Field[str] = Field("instance_name", STR, required=True)
    """ Instance ID of the instance """
    node_memory: Field[int] = Field("node_memory", INT, required=True)
    """ Memory assigned to this instance """
    cluster_name: Field[str | Unset] = Field("cluster_name", STR)
    """ Name of cluster this instance belongs, if available """
    healthy: Field[bool | Unset] = Field("healthy", BOOL)
    """ Indicates whether the instance is healthy """
    cluster_healthy: Field[bool | Unset] = Field("cluster_healthy", BOOL)
    """ Indicates whether the cluster the instance belongs to is healthy """
    instance_configuration_id: Field[str | Unset] = Field("instance_configuration_id", STR)
    """ The instance configuration id of this instance """
    moving: Field[bool | Unset] = Field("moving", BOOL)
    """ Indicates whether the instance is vacating away from this allocator. Note that this is currently not
    populated when returned from the search endpoint. """
    plans_info: Field[AllocatedInstancePlansInfo | Unset] = Field(
        "plans_info", model("AllocatedInstancePlansInfo", "allocated_instance_plans_info")
    )
    """ The plans associated with the current instance. Note that this is currently not populated when returned from
    the search endpoint. """
    deployment_id: Field[str | Unset] = Field("deployment_id", STR)
    """ The id of the deployment this cluster belongs to. """

    def __init__(
        self,
        *,
        cluster_type: AllocatedInstanceStatusClusterType,
        cluster_id: str,
        instance_name: str,
        node_memory: int,
        cluster_name: str | Unset = UNSET,
        healthy: bool | Unset = UNSET,
        cluster_healthy: bool | Unset = UNSET,
        instance_configuration_id: str | Unset = UNSET,
        moving: bool | Unset = UNSET,
        plans_info: AllocatedInstancePlansInfo | Unset = UNSET,
        deployment_id: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            cluster_type=cluster_type,
            cluster_id=cluster_id,
            instance_name=instance_name,
            node_memory=node_memory,
            cluster_name=cluster_name,
            healthy=healthy,
            cluster_healthy=cluster_healthy,
            instance_configuration_id=instance_configuration_id,
            moving=moving,
            plans_info=plans_info,
            deployment_id=deployment_id,
        )
