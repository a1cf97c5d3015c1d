from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model

if TYPE_CHECKING:
    pass


class AllocatorHealthChecks(Model):
    """The checks performed to determine if an allocator is healthy or not.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    is_docker_healthy: Field[bool] = Field("is_docker_healthy", BOOL, required=True)
    """ Check performed by the allocator to figure out if docker is healthy """
    is_connected_to_zk: Field[bool] = Field("is_connected_to_zk", BOOL, required=True)
    """ Whether the allocator is connected to zk or not """
    has_instances: Field[bool] = Field("has_instances", BOOL, required=True)
    """ Whether the allocator has allocated instances """

    def __init__(
        self,
        *,
        is_docker_healthy: bool,
        is_connected_to_zk: bool,
        has_instances: bool,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            is_docker_healthy=is_docker_healthy,
            is_connected_to_zk=is_connected_to_zk,
            has_instances=has_instances,
        )
