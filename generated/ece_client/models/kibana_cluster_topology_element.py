from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kibana_configuration import KibanaConfiguration
    from ..models.topology_size import TopologySize


class KibanaClusterTopologyElement(Model):
    """The topology of the Kibana nodes, including the number, capacity, and type of nodes, and where they can be
    allocated.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    memory_per_node: Field[int | Unset] = Field("memory_per_node", INT)
    """ The memory capacity in MB for each node of this type built in each zone. """
    node_count_per_zone: Field[int | Unset] = Field("node_count_per_zone", INT)
    """ The number of nodes of this type that are allocated within each zone (i.e. total capacity per zone =
    `node_count_per_zone` * `memory_per_node` in MB). """
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
    kibana: Field[KibanaConfiguration | Unset] = Field("kibana", model("KibanaConfiguration", "kibana_configuration"))
    """ The Kibana instance settings. When specified at the top level, provides a field-by-field default. When
    specified at the topology level, provides the override settings. """

    def __init__(
        self,
        *,
        memory_per_node: int | Unset = UNSET,
        node_count_per_zone: int | Unset = UNSET,
        instance_configuration_id: str | Unset = UNSET,
        instance_configuration_version: int | Unset = UNSET,
        size: TopologySize | Unset = UNSET,
        zone_count: int | Unset = UNSET,
        kibana: KibanaConfiguration | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            memory_per_node=memory_per_node,
            node_count_per_zone=node_count_per_zone,
            instance_configuration_id=instance_configuration_id,
            instance_configuration_version=instance_configuration_version,
            size=size,
            zone_count=zone_count,
            kibana=kibana,
        )
