from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capacity_constraints_resource import CapacityConstraintsResource


class CompatibleNodeTypesResource(Model):
    """Information about the compatible node types.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    node_type: Field[str] = Field("node_type", STR, required=True)
    """ Type of this node """
    compatible_node_types: Field[list[str]] = Field("compatible_node_types", list_of(STR), required=True)
    """ Compatible node types for the this node type """
    capacity_constraints: Field[CapacityConstraintsResource | Unset] = Field(
        "capacity_constraints", model("CapacityConstraintsResource", "capacity_constraints_resource")
    )
    """ > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. This field will soon be
    removed in favor of having a global capacity constraint for all node types.

    Capacity constraints for the node type """

    def __init__(
        self,
        *,
        node_type: str,
        compatible_node_types: list[str],
        capacity_constraints: CapacityConstraintsResource | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            node_type=node_type,
            compatible_node_types=compatible_node_types,
            capacity_constraints=capacity_constraints,
        )
