from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.topology_size import TopologySize


class TopologyElementControl(Model):
    """Controls for the topology element. Only used as part of the deployment template. Ignored if included as part of
    a deployment.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    min_: Field[TopologySize] = Field("min", model("TopologySize", "topology_size"), required=True)
    """ Absolute minimum size limit for a topology element created with a deployment template. If the value is 0,
    that means the topology element can be disabled. """

    def __init__(
        self,
        *,
        min_: TopologySize,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            min_=min_,
        )
