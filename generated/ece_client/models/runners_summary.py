from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, INT, Field, Model

if TYPE_CHECKING:
    pass


class RunnersSummary(Model):
    """Summarized information about the runners.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether all runners are healthy """
    total_runners: Field[int] = Field("total_runners", INT, required=True)
    """ Total number of runners """
    healthy_runners: Field[int] = Field("healthy_runners", INT, required=True)
    """ Number of healthy runners """
    connected_runners: Field[int] = Field("connected_runners", INT, required=True)
    """ Number of connected runners """
    connected_capacity: Field[int] = Field("connected_capacity", INT, required=True)
    """ Total capacity of connected runners in megabytes """
    max_available_capacity: Field[int] = Field("max_available_capacity", INT, required=True)
    """ Maximum capacity available in one runner in megabytes """
    containers_count: Field[int] = Field("containers_count", INT, required=True)
    """ Total number of containers """

    def __init__(
        self,
        *,
        healthy: bool,
        total_runners: int,
        healthy_runners: int,
        connected_runners: int,
        connected_capacity: int,
        max_available_capacity: int,
        containers_count: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            total_runners=total_runners,
            healthy_runners=healthy_runners,
            connected_runners=connected_runners,
            connected_capacity=connected_capacity,
            max_available_capacity=max_available_capacity,
            containers_count=containers_count,
        )
