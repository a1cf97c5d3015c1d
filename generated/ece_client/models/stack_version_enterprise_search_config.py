from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stack_version_enterprise_search_config_settings import StackVersionEnterpriseSearchConfigSettings
    from ..models.stack_version_instance_capacity_constraint import StackVersionInstanceCapacityConstraint
    from ..models.stack_version_node_type import StackVersionNodeType


class StackVersionEnterpriseSearchConfig(Model):
    """EnterpriseSearch related configuration of an Elastic Stack version

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    docker_image: Field[str] = Field("docker_image", STR, required=True)
    """ Docker image for the EnterpriseSearch """
    blacklist: Field[list[str]] = Field("blacklist", list_of(STR), required=True)
    """ List of configuration options that cannot be overridden by user settings """
    version: Field[str | Unset] = Field("version", STR)
    """ Version of EnterpriseSearch """
    settings: Field[StackVersionEnterpriseSearchConfigSettings | Unset] = Field(
        "settings",
        model("StackVersionEnterpriseSearchConfigSettings", "stack_version_enterprise_search_config_settings"),
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
    node_types: Field[list[StackVersionNodeType] | Unset] = Field(
        "node_types", list_of(model("StackVersionNodeType", "stack_version_node_type"))
    )
    """ Node types that are supported by this stack version """

    def __init__(
        self,
        *,
        docker_image: str,
        blacklist: list[str],
        version: str | Unset = UNSET,
        settings: StackVersionEnterpriseSearchConfigSettings | Unset = UNSET,
        capacity_constraints: StackVersionInstanceCapacityConstraint | Unset = UNSET,
        compatible_node_types: list[str] | Unset = UNSET,
        node_types: list[StackVersionNodeType] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            docker_image=docker_image,
            blacklist=blacklist,
            version=version,
            settings=settings,
            capacity_constraints=capacity_constraints,
            compatible_node_types=compatible_node_types,
            node_types=node_types,
        )
