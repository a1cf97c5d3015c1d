from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enterprise_search_configuration import EnterpriseSearchConfiguration
    from ..models.enterprise_search_node_types import EnterpriseSearchNodeTypes
    from ..models.enterprise_search_topology_element_allocator_filter import (
        EnterpriseSearchTopologyElementAllocatorFilter,
    )
    from ..models.enterprise_search_topology_element_memory_per_node import EnterpriseSearchTopologyElementMemoryPerNode
    from ..models.enterprise_search_topology_element_node_count_per_zone import (
        EnterpriseSearchTopologyElementNodeCountPerZone,
    )
    from ..models.topology_size import TopologySize


class EnterpriseSearchTopologyElement(Model):
    """Defines the topology of the Enterprise Search nodes (e.g. number/capacity of nodes, and where they can be
    allocated)

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    node_type: Field[EnterpriseSearchNodeTypes | Unset] = Field(
        "node_type", model("EnterpriseSearchNodeTypes", "enterprise_search_node_types")
    )
    """ Defines the EnterpriseSearch node type """
    instance_configuration_id: Field[str | Unset] = Field("instance_configuration_id", STR)
    """ Controls the allocation of this topology element as well as allowed sizes and node_types. It needs to match
    the id of an existing instance configuration. """
    instance_configuration_version: Field[int | Unset] = Field("instance_configuration_version", INT)
    """ The version of the Instance Configuration Id. If it is unset, the meaning depends on read vs writes. For
    deployment reads, it is equivalent to version 0 (or the IC is unversioned); for deployment creates and
    deployment template use, it is equivalent to 'the latest version'; and for deployment updates, it is
    equivalent to 'retain the current version'. """
    size: Field[TopologySize | Unset] = Field("size", model("TopologySize", "topology_size"))
    """ Measured by the amount of a resource. The final cluster size is calculated using multipliers from the
    topology instance configuration. """
    zone_count: Field[int | Unset] = Field("zone_count", INT)
    """ number of zones in which nodes will be placed """
    enterprise_search: Field[EnterpriseSearchConfiguration | Unset] = Field(
        "enterprise_search", model("EnterpriseSearchConfiguration", "enterprise_search_configuration")
    )
    allocator_filter: Field[EnterpriseSearchTopologyElementAllocatorFilter | Unset] = Field(
        "allocator_filter",
        model("EnterpriseSearchTopologyElementAllocatorFilter", "enterprise_search_topology_element_allocator_filter"),
    )
    node_configuration: Field[str | Unset] = Field("node_configuration", STR)
    memory_per_node: Field[EnterpriseSearchTopologyElementMemoryPerNode | Unset] = Field(
        "memory_per_node",
        model("EnterpriseSearchTopologyElementMemoryPerNode", "enterprise_search_topology_element_memory_per_node"),
    )
    node_count_per_zone: Field[EnterpriseSearchTopologyElementNodeCountPerZone | Unset] = Field(
        "node_count_per_zone",
        model(
            "EnterpriseSearchTopologyElementNodeCountPerZone", "enterprise_search_topology_element_node_count_per_zone"
        ),
    )

    def __init__(
        self,
        *,
        node_type: EnterpriseSearchNodeTypes | Unset = UNSET,
        instance_configuration_id: str | Unset = UNSET,
        instance_configuration_version: int | Unset = UNSET,
        size: TopologySize | Unset = UNSET,
        zone_count: int | Unset = UNSET,
        enterprise_search: EnterpriseSearchConfiguration | Unset = UNSET,
        allocator_filter: EnterpriseSearchTopologyElementAllocatorFilter | Unset = UNSET,
        node_configuration: str | Unset = UNSET,
        memory_per_node: EnterpriseSearchTopologyElementMemoryPerNode | Unset = UNSET,
        node_count_per_zone: EnterpriseSearchTopologyElementNodeCountPerZone | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            node_type=node_type,
            instance_configuration_id=instance_configuration_id,
            instance_configuration_version=instance_configuration_version,
            size=size,
            zone_count=zone_count,
            enterprise_search=enterprise_search,
            allocator_filter=allocator_filter,
            node_configuration=node_configuration,
            memory_per_node=memory_per_node,
            node_count_per_zone=node_count_per_zone,
        )
