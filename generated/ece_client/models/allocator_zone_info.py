from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.allocator_info import AllocatorInfo


class AllocatorZoneInfo(Model):
    """The allocators for the specified zone.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    zone_id: Field[str] = Field("zone_id", STR, required=True)
    """ Identifier of the zone """
    allocators: Field[list[AllocatorInfo]] = Field(
        "allocators", list_of(model("AllocatorInfo", "allocator_info")), required=True
    )

    def __init__(
        self,
        *,
        zone_id: str,
        allocators: list[AllocatorInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            zone_id=zone_id,
            allocators=allocators,
        )
