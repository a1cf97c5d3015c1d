from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.zookeeper_node_info import ZookeeperNodeInfo


class ZookeeperSummary(Model):
    """Information about the ZooKeeper state.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    states: Field[list[ZookeeperNodeInfo]] = Field(
        "states", list_of(model("ZookeeperNodeInfo", "zookeeper_node_info")), required=True
    )
    """ Information about the nodes """

    def __init__(
        self,
        *,
        states: list[ZookeeperNodeInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            states=states,
        )
