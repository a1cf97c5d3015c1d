from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compatible_version_resource import CompatibleVersionResource
    from ..models.instance_type_resource_instance_type import InstanceTypeResourceInstanceType
    from ..models.node_type_resource import NodeTypeResource


class InstanceTypeResource(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    instance_type: Field[InstanceTypeResourceInstanceType] = Field(
        "instance_type", enum("InstanceTypeResourceInstanceType", "instance_type_resource_instance_type"), required=True
    )
    """ Instance type, the key for this resource """
    name: Field[str] = Field("name", STR, required=True)
    """ Instance type name """
    description: Field[str] = Field("description", STR, required=True)
    """ Instance type description """
    node_types: Field[list[NodeTypeResource]] = Field(
        "node_types", list_of(model("NodeTypeResource", "node_type_resource")), required=True
    )
    """ Supported node types """
    compatibility: Field[list[CompatibleVersionResource]] = Field(
        "compatibility", list_of(model("CompatibleVersionResource", "compatible_version_resource")), required=True
    )
    """ Compatible versions """
    default_instance_configuration_id: Field[str | Unset] = Field("default_instance_configuration_id", STR)
    """ Id of the default instance configuration to use for this instance type. """

    def __init__(
        self,
        *,
        instance_type: InstanceTypeResourceInstanceType,
        name: str,
        description: str,
        node_types: list[NodeTypeResource],
        compatibility: list[CompatibleVersionResource],
        default_instance_configuration_id: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            instance_type=instance_type,
            name=name,
            description=description,
            node_types=node_types,
            compatibility=compatibility,
            default_instance_configuration_id=default_instance_configuration_id,
        )
