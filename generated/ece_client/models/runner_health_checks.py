from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model

if TYPE_CHECKING:
    pass


class RunnerHealthChecks(Model):
    """The checks performed to determine if an runner is healthy or not.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    is_docker_healthy: Field[bool] = Field("is_docker_healthy", BOOL, required=True)
    """ Check performed by the runner to figure out if docker is healthy """
    is_connected_to_zk: Field[bool] = Field("is_connected_to_zk", BOOL, required=True)
    """ Whether the runner is connected to zk or not """
    has_containers: Field[bool] = Field("has_containers", BOOL, required=True)
    """ Whether the runner has containers that it manages """

    def __init__(
        self,
        *,
        is_docker_healthy: bool,
        is_connected_to_zk: bool,
        has_containers: bool,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            is_docker_healthy=is_docker_healthy,
            is_connected_to_zk=is_connected_to_zk,
            has_containers=has_containers,
        )
