from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stack_version_instance_capacity_constraint import StackVersionInstanceCapacityConstraint
    from ..models.stack_version_node_type_settings import StackVersionNodeTypeSettings


class StackVersionNodeType(Model):
    """The configuration for an Elastic Stack node type.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    node_type: Field[str] = Field("node_type", STR, required=True)
    """ Type of the node (master, data, ...) """
    name: Field[str] = Field("name", STR, required=True)
    """ Name of the node type """
    description: Field[str] = Field("description", STR, required=True)
    """ Description of the node type """
    settings: Field[StackVersionNodeTypeSettings | Unset] = Field(
        "settings", model("StackVersionNodeTypeSettings", "stack_version_node_type_settings")
    )
    """ Settings that are applied to all nodes of this type """
    capacity_constraints: Field[StackVersionInstanceCapacityConstraint | Unset] = Field(
        "capacity_constraints",
        model("StackVersionInstanceCapacityConstraint", "stack_version_instance_capacity_constraint"),
    )
    """ > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version. This field will soon be
    removed in favor of having a global capacity constraint for all node types.

    Capacity constraints for the node type """
    compatible_node_types: Field[list[str] | Unset] = Field("compatible_node_types", list_of(STR))
    """ Node types that are compatible with this one """
    mandatory: Field[bool | Unset] = Field("mandatory", BOOL)
    """ Flag to specify a node type is mandatory in a cluster's plan """

    def __init__(
        self,
        *,
        node_type: str,
        name: str,
        description: str,
        settings: StackVersionNodeTypeSettings | Unset = UNSET,
        capacity_constraints: StackVersionInstanceCapacityConstraint | Unset = UNSET,
        compatible_node_types: list[str] | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            node_type=node_type,
            name=name,
            description=description,
            settings=settings,
            capacity_constraints=capacity_constraints,
            compatible_node_types=compatible_node_types,
            mandatory=mandatory,
        )
