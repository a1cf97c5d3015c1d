from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.move_clusters_details import MoveClustersDetails


class MoveClustersCommandResponse(Model):
    """Information about the move operations for the Elasticsearch clusters, multiple Kibana instances, and multiple
    APM Servers, prior to the move.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    failures: Field[MoveClustersDetails] = Field(
        "failures", model("MoveClustersDetails", "move_clusters_details"), required=True
    )
    """ Detailed information about the clusters that failed to move. """
    moves: Field[MoveClustersDetails] = Field(
        "moves", model("MoveClustersDetails", "move_clusters_details"), required=True
    )
    """ Detailed information about the clusters being moved off the allocator. """

    def __init__(
        self,
        *,
        failures: MoveClustersDetails,
        moves: MoveClustersDetails,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            failures=failures,
            moves=moves,
        )
