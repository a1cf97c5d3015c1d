from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model

if TYPE_CHECKING:
    pass


class AllocatorsZoneSummary(Model):
    """Summary of the allocators for the specified zone.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    zone_id: Field[str] = Field("zone_id", STR, required=True)
    """ Identifier of the zone """
    total_allocators: Field[int] = Field("total_allocators", INT, required=True)
    """ Total number of allocators """
    healthy_allocators: Field[int] = Field("healthy_allocators", INT, required=True)
    """ Number of healthy allocators """
    connected_allocators: Field[int] = Field("connected_allocators", INT, required=True)
    """ Number of connected allocators """
    disconnected_allocators: Field[int] = Field("disconnected_allocators", INT, required=True)
    """ Number of disconnected allocators """
    in_maintenance_allocators: Field[int] = Field("in_maintenance_allocators", INT, required=True)
    """ Number of connected allocators in maintenance """
    connected_capacity: Field[int] = Field("connected_capacity", INT, required=True)
    """ Capacity of connected allocators in megabytes """
    max_available_capacity: Field[int] = Field("max_available_capacity", INT, required=True)
    """ Maximum capacity available in one allocator in megabytes """
    instances: Field[int] = Field("instances", INT, required=True)
    """ Number of instances across all allocators in the region """

    def __init__(
        self,
        *,
        zone_id: str,
        total_allocators: int,
        healthy_allocators: int,
        connected_allocators: int,
        disconnected_allocators: int,
        in_maintenance_allocators: int,
        connected_capacity: int,
        max_available_capacity: int,
        instances: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            zone_id=zone_id,
            total_allocators=total_allocators,
            healthy_allocators=healthy_allocators,
            connected_allocators=connected_allocators,
            disconnected_allocators=disconnected_allocators,
            in_maintenance_allocators=in_maintenance_allocators,
            connected_capacity=connected_capacity,
            max_available_capacity=max_available_capacity,
            instances=instances,
        )
