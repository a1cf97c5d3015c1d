from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.allocator_zone_info import AllocatorZoneInfo


class AllocatorOverview(Model):
    """The overview information for the installed allocators.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    zones: Field[list[AllocatorZoneInfo]] = Field(
        "zones", list_of(model("AllocatorZoneInfo", "allocator_zone_info")), required=True
    )

    def __init__(
        self,
        *,
        zones: list[AllocatorZoneInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            zones=zones,
        )
