from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stack_version_apm_config_settings import StackVersionApmConfigSettings
    from ..models.stack_version_instance_capacity_constraint import StackVersionInstanceCapacityConstraint


class StackVersionApmConfig(Model):
    """The APM Server configuration for an Elastic Stack version.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    docker_image: Field[str] = Field("docker_image", STR, required=True)
    """ Docker image for the APM """
    blacklist: Field[list[str]] = Field("blacklist", list_of(STR), required=True)
    """ List of configuration options that cannot be overridden by user settings """
    version: Field[str | Unset] = Field("version", STR)
    """ Version of APM """
    settings: Field[StackVersionApmConfigSettings | Unset] = Field(
        "settings", model("StackVersionApmConfigSettings", "stack_version_apm_config_settings")
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

    def __init__(
        self,
        *,
        docker_image: str,
        blacklist: list[str],
        version: str | Unset = UNSET,
        settings: StackVersionApmConfigSettings | Unset = UNSET,
        capacity_constraints: StackVersionInstanceCapacityConstraint | Unset = UNSET,
        compatible_node_types: list[str] | Unset = UNSET,
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
        )
