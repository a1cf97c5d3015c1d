from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topology_size import TopologySize


class SecurityDeploymentTopology(Model):
    """The cluster topology for the Elasticsearch security deployment.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    size: Field[TopologySize | Unset] = Field("size", model("TopologySize", "topology_size"))
    """ The security deployment topology size """
    zone_count: Field[int | Unset] = Field("zone_count", INT)
    """ The number of zones in which data nodes will be placed """

    def __init__(
        self,
        *,
        size: TopologySize | Unset = UNSET,
        zone_count: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            size=size,
            zone_count=zone_count,
        )
