from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, STR, Field, Model

if TYPE_CHECKING:
    pass


class ContainerSetSummary(Model):
    """Summarized information about a container set

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    container_set_id: Field[str] = Field("container_set_id", STR, required=True)
    """ The identifier for this container set """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the container set is healthy """
    hidden: Field[bool] = Field("hidden", BOOL, required=True)
    """ True if the container set is hidden """
    containers_created_count: Field[int] = Field("containers_created_count", INT, required=True)
    """ Number of containers created in this container set """
    containers_started_count: Field[int] = Field("containers_started_count", INT, required=True)
    """ Number of containers started in this container set """
    containers_running_count: Field[int] = Field("containers_running_count", INT, required=True)
    """ Number of containers running in this container set """
    containers_expected_running_count: Field[int] = Field("containers_expected_running_count", INT, required=True)
    """ Expected number of running containers in this container set """

    def __init__(
        self,
        *,
        container_set_id: str,
        healthy: bool,
        hidden: bool,
        containers_created_count: int,
        containers_started_count: int,
        containers_running_count: int,
        containers_expected_running_count: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            container_set_id=container_set_id,
            healthy=healthy,
            hidden=hidden,
            containers_created_count=containers_created_count,
            containers_started_count=containers_started_count,
            containers_running_count=containers_running_count,
            containers_expected_running_count=containers_expected_running_count,
        )
