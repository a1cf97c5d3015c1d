from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.elasticsearch_cluster_topology_element_autoscaling_policy_override_json import (
        ElasticsearchClusterTopologyElementAutoscalingPolicyOverrideJson,
    )
    from ..models.elasticsearch_cluster_topology_element_node_roles_item import (
        ElasticsearchClusterTopologyElementNodeRolesItem,
    )
    from ..models.elasticsearch_configuration import ElasticsearchConfiguration
    from ..models.elasticsearch_node_type import ElasticsearchNodeType
    from ..models.topology_element_control import TopologyElementControl
    from ..models.topology_size import TopologySize


class ElasticsearchClusterTopologyElement(Model):
    """The topology of the Elasticsearch nodes, including the number, capacity, and type of nodes, and where they can
    be allocated.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str | Unset] = Field("id", STR)
    """ Unique identifier of this topology element """
    node_type: Field[ElasticsearchNodeType | Unset] = Field(
        "node_type", model("ElasticsearchNodeType", "elasticsearch_node_type")
    )
    """ Controls the combinations of Elasticsearch node types. TIP: By default, the Elasticsearch node is master
    eligible, can hold data, and run ingest pipelines. WARNING: Do not set for tiebreaker topologies. """
    node_roles: Field[list[ElasticsearchClusterTopologyElementNodeRolesItem] | Unset] = Field(
        "node_roles",
        list_of(
            enum(
                "ElasticsearchClusterTopologyElementNodeRolesItem",
                "elasticsearch_cluster_topology_element_node_roles_item",
            )
        ),
    )
    """ The list of node roles for this topology element (ES version >= 7.10). Allowable values are: master, ingest,
    ml, data_hot, data_content, data_warm, data_cold, data_frozen, remote_cluster_client, transform """
    memory_per_node: Field[int | Unset] = Field("memory_per_node", INT)
    """ The memory capacity in MB for each node of this type built in each zone. """
    node_count_per_zone: Field[int | Unset] = Field("node_count_per_zone", INT)
    """ The number of nodes of this type that are allocated within each zone. (i.e. total capacity per zone =
    `node_count_per_zone` * `memory_per_node` in MB). Cannot be set for tiebreaker topologies. For dedicated
    master nodes, must be 1 if an entry exists. """
    zone_count: Field[int | Unset] = Field("zone_count", INT)
    """ The default number of zones in which data nodes will be placed """
    elasticsearch: Field[ElasticsearchConfiguration | Unset] = Field(
        "elasticsearch", model("ElasticsearchConfiguration", "elasticsearch_configuration")
    )
    """ The Elasticsearch cluster settings. When specified at the top level, provides a field-by-field default. When
    specified at the topology level, provides the override settings. """
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
    autoscaling_min: Field[TopologySize | Unset] = Field("autoscaling_min", model("TopologySize", "topology_size"))
    """ The minimum size of this topology element when autoscaling is enabled. This property is only supported, and
    must be provided, for ML topology elements. """
    autoscaling_max: Field[TopologySize | Unset] = Field("autoscaling_max", model("TopologySize", "topology_size"))
    """ The maximum size of this topology element when autoscaling is enabled. This property is only supported, and
    must be provided, for data and ML topology elements. """
    autoscaling_policy_override_json: Field[
        ElasticsearchClusterTopologyElementAutoscalingPolicyOverrideJson | Unset
    ] = Field(
        "autoscaling_policy_override_json",
        model(
            "ElasticsearchClusterTopologyElementAutoscalingPolicyOverrideJson",
            "elasticsearch_cluster_topology_element_autoscaling_policy_override_json",
        ),
    )
    """ An arbitrary JSON object overriding the default autoscaling policy. Don't set unless you really know what
    you are doing. """
    topology_element_control: Field[TopologyElementControl | Unset] = Field(
        "topology_element_control", model("TopologyElementControl", "topology_element_control")
    )
    """ Controls for the topology element. Only used as part of the deployment template. Ignored if included as part
    of a deployment. """
    autoscaling_tier_override: Field[bool | Unset] = Field("autoscaling_tier_override", BOOL)
    """ Set to true to enable autoscaling for this topology element, even if the cluster-level 'autoscaling_enabled'
    field is false. Note that 'autoscaling_tier_override' cannot be set to false if cluster-level
    'autoscaling_enabled' is true. Currently only supported for the 'ml' tier """

    def __init__(
        self,
        *,
        id: str | Unset = UNSET,
        node_type: ElasticsearchNodeType | Unset = UNSET,
        node_roles: list[ElasticsearchClusterTopologyElementNodeRolesItem] | Unset = UNSET,
        memory_per_node: int | Unset = UNSET,
        node_count_per_zone: int | Unset = UNSET,
        zone_count: int | Unset = UNSET,
        elasticsearch: ElasticsearchConfiguration | Unset = UNSET,
        instance_configuration_id: str | Unset = UNSET,
        instance_configuration_version: int | Unset = UNSET,
        size: TopologySize | Unset = UNSET,
        autoscaling_min: TopologySize | Unset = UNSET,
        autoscaling_max: TopologySize | Unset = UNSET,
        autoscaling_policy_override_json: ElasticsearchClusterTopologyElementAutoscalingPolicyOverrideJson
        | Unset = UNSET,
        topology_element_control: TopologyElementControl | Unset = UNSET,
        autoscaling_tier_override: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            node_type=node_type,
            node_roles=node_roles,
            memory_per_node=memory_per_node,
            node_count_per_zone=node_count_per_zone,
            zone_count=zone_count,
            elasticsearch=elasticsearch,
            instance_configuration_id=instance_configuration_id,
            instance_configuration_version=instance_configuration_version,
            size=size,
            autoscaling_min=autoscaling_min,
            autoscaling_max=autoscaling_max,
            autoscaling_policy_override_json=autoscaling_policy_override_json,
            topology_element_control=topology_element_control,
            autoscaling_tier_override=autoscaling_tier_override,
        )
