from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.allocators_zone_summary import AllocatorsZoneSummary


class AllocatorsSummary(Model):
    """Summarized information about allocators.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether all allocators are healthy """
    zone_summaries: Field[list[AllocatorsZoneSummary]] = Field(
        "zone_summaries", list_of(model("AllocatorsZoneSummary", "allocators_zone_summary")), required=True
    )
    """ Summarized information on allocators in each zone """

    def __init__(
        self,
        *,
        healthy: bool,
        zone_summaries: list[AllocatorsZoneSummary],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            healthy=healthy,
            zone_summaries=zone_summaries,
        )
