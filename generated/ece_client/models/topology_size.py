from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model, enum

if TYPE_CHECKING:
    from ..models.topology_size_resource import TopologySizeResource


class TopologySize(Model):
    """Measured by the amount of a resource. The final cluster size is calculated using multipliers from the topology
    instance configuration.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    value: Field[int] = Field("value", INT, required=True)
    """ Amount of resource """
    resource: Field[TopologySizeResource] = Field(
        "resource", enum("TopologySizeResource", "topology_size_resource"), required=True
    )
    """ Type of resource. In ESS the resource used should always be `memory`. """

    def __init__(
        self,
        *,
        value: int,
        resource: TopologySizeResource,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            value=value,
            resource=resource,
        )
