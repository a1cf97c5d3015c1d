from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class NodeTypeResource(Model):
    """Information about the node type.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    node_type: Field[str] = Field("node_type", STR, required=True)
    """ Node type, part of the key for this resource """
    name: Field[str] = Field("name", STR, required=True)
    """ Node type name """
    description: Field[str] = Field("description", STR, required=True)
    """ Node type description """
    default_instance_configuration_id: Field[str | Unset] = Field("default_instance_configuration_id", STR)
    """ Id of the default instance configuration to use for this node type. """
    mandatory: Field[bool | Unset] = Field("mandatory", BOOL)
    """ Flag to specify a node type is mandatory in the corresponding cluster's plan """

    def __init__(
        self,
        *,
        node_type: str,
        name: str,
        description: str,
        default_instance_configuration_id: str | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            node_type=node_type,
            name=name,
            description=description,
            default_instance_configuration_id=default_instance_configuration_id,
            mandatory=mandatory,
        )
