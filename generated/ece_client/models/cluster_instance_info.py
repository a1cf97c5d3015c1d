from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_instance_configuration_info import ClusterInstanceConfigurationInfo
    from ..models.cluster_instance_disk_info import ClusterInstanceDiskInfo
    from ..models.cluster_instance_info_node_roles_item import ClusterInstanceInfoNodeRolesItem
    from ..models.cluster_instance_memory_info import ClusterInstanceMemoryInfo
    from ..models.instance_overrides import InstanceOverrides


class ClusterInstanceInfo(Model):
    """Information about each Kibana instance and APM Server in the Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    instance_name: Field[str] = Field("instance_name", STR, required=True)
    """ The name of the instance in Elastic Cloud """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the instance is healthy (ie started and running) """
    container_started: Field[bool] = Field("container_started", BOOL, required=True)
    """ Whether the container has started (does not tell you anything about the service -ie Elasticsearch- running
    inside the container) """
    service_running: Field[bool] = Field("service_running", BOOL, required=True)
    """ Whether the service launched inside the container -ie Elasticsearch- is actually running """
    maintenance_mode: Field[bool] = Field("maintenance_mode", BOOL, required=True)
    """ Whether the service is is maintenance mode (meaning that the proxy is not routing external traffic to it) """
    instance_configuration: Field[ClusterInstanceConfigurationInfo | Unset] = Field(
        "instance_configuration", model("ClusterInstanceConfigurationInfo", "cluster_instance_configuration_info")
    )
    """ Information about a configuration that creates a Kibana instance or APM Server. """
    service_version: Field[str | Unset] = Field("service_version", STR)
    """ The version of the service that the instance is running (eg Elasticsearch or Kibana), if available """
    zone: Field[str | Unset] = Field("zone", STR)
    """ The zone in which this instance is being allocated """
    allocator_id: Field[str | Unset] = Field("allocator_id", STR)
    """ The id of the allocator on which this instance is running (if the container is started or starting) """
    memory: Field[ClusterInstanceMemoryInfo | Unset] = Field(
        "memory", model("ClusterInstanceMemoryInfo", "cluster_instance_memory_info")
    )
    """ Information about the specific instances memory capacity and its usage """
    disk: Field[ClusterInstanceDiskInfo | Unset] = Field(
        "disk", model("ClusterInstanceDiskInfo", "cluster_instance_disk_info")
    )
    """ Information about the use and storage capacity of a Kibana instance or APM Server. """
    service_roles: Field[list[str] | Unset] = Field("service_roles", list_of(STR))
    """ List of roles assigned to the service running in the instance. Currently only populated for Elasticsearch,
    with possible values: master,data,ingest,ml """
    node_roles: Field[list[ClusterInstanceInfoNodeRolesItem] | Unset] = Field(
        "node_roles", list_of(enum("ClusterInstanceInfoNodeRolesItem", "cluster_instance_info_node_roles_item"))
    )
    """ A list of the node roles assigned to the service running in the instance. Currently populated only for
    Elasticsearch. """
    instance_overrides: Field[InstanceOverrides | Unset] = Field(
        "instance_overrides", model("InstanceOverrides", "instance_overrides")
    )
    """ Instance overrides """

    def __init__(
        self,
        *,
        instance_name: str,
        healthy: bool,
        container_started: bool,
        service_running: bool,
        maintenance_mode: bool,
        instance_configuration: ClusterInstanceConfigurationInfo | Unset = UNSET,
        service_version: str | Unset = UNSET,
        zone: str | Unset = UNSET,
        allocator_id: str | Unset = UNSET,
        memory: ClusterInstanceMemoryInfo | Unset = UNSET,
        disk: ClusterInstanceDiskInfo | Unset = UNSET,
        service_roles: list[str] | Unset = UNSET,
        node_roles: list[ClusterInstanceInfoNodeRolesItem] | Unset = UNSET,
        instance_overrides: InstanceOverrides | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            instance_name=instance_name,
            healthy=healthy,
            container_started=container_started,
            service_running=service_running,
            maintenance_mode=maintenance_mode,
            instance_configuration=instance_configuration,
            service_version=service_version,
            zone=zone,
            allocator_id=allocator_id,
            memory=memory,
            disk=disk,
            service_roles=service_roles,
            node_roles=node_roles,
            instance_overrides=instance_overrides,
        )
