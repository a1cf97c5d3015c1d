from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ElasticsearchMasterElement(Model):
    """Information about the Elasticsearch instances. For split-brain cases, this also includes sub-clusters.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    master_node_id: Field[str] = Field("master_node_id", STR, required=True)
    """ The Elasticsearch node id of a master node """
    instances: Field[list[str]] = Field("instances", list_of(STR), required=True)
    """ The names of the instance/container hosting the node belong to the cluster with the given master """
    master_instance_name: Field[str | Unset] = Field("master_instance_name", STR)
    """ The corresponding instance name of the container hosting the Elasticsearch master node, if available """

    def __init__(
        self,
        *,
        master_node_id: str,
        instances: list[str],
        master_instance_name: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            master_node_id=master_node_id,
            instances=instances,
            master_instance_name=master_instance_name,
        )
