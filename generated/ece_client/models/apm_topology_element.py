from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apm_configuration import ApmConfiguration
    from ..models.topology_size import TopologySize


class ApmTopologyElement(Model):
    """Defines the topology of the APM Server nodes. For example, the number or capacity of the nodes, and where you
    can allocate the nodes.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

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
    apm: Field[ApmConfiguration | Unset] = Field("apm", model("ApmConfiguration", "apm_configuration"))
    """ The configuration options for the APM Server. """

    def __init__(
        self,
        *,
        instance_configuration_id: str | Unset = UNSET,
        instance_configuration_version: int | Unset = UNSET,
        size: TopologySize | Unset = UNSET,
        zone_count: int | Unset = UNSET,
        apm: ApmConfiguration | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            instance_configuration_id=instance_configuration_id,
            instance_configuration_version=instance_configuration_version,
            size=size,
            zone_count=zone_count,
            apm=apm,
        )
