from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum

if TYPE_CHECKING:
    from ..models.zookeeper_node_info_state import ZookeeperNodeInfoState


class ZookeeperNodeInfo(Model):
    """Information about a ZooKeeper node.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ Identifier of this ZooKeeper node """
    state: Field[ZookeeperNodeInfoState] = Field(
        "state", enum("ZookeeperNodeInfoState", "zookeeper_node_info_state"), required=True
    )
    """ State of the ZooKeeper node """

    def __init__(
        self,
        *,
        id: str,
        state: ZookeeperNodeInfoState,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            state=state,
        )
