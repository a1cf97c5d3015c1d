from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capacity_constraints_resource import CapacityConstraintsResource
    from ..models.compatible_node_types_resource import CompatibleNodeTypesResource


class CompatibleVersionResource(Model):
    """Information about the compatible version.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    version: Field[str] = Field("version", STR, required=True)
    """ Compatible version, the key for this resource """
    node_types: Field[list[CompatibleNodeTypesResource]] = Field(
        "node_types", list_of(model("CompatibleNodeTypesResource", "compatible_node_types_resource")), required=True
    )
    """ Supported node types for the version """
    capacity_constraints: Field[CapacityConstraintsResource | Unset] = Field(
        "capacity_constraints", model("CapacityConstraintsResource", "capacity_constraints_resource")
    )
    """ > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. This field will soon be
    removed in favor of having a global capacity constraint for all versions. When specified its value will be
    ignored.

    Capacity constraints for the version """

    def __init__(
        self,
        *,
        version: str,
        node_types: list[CompatibleNodeTypesResource],
        capacity_constraints: CapacityConstraintsResource | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            version=version,
            node_types=node_types,
            capacity_constraints=capacity_constraints,
        )
