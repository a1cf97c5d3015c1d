from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, DATETIME, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.allocator_health_checks import AllocatorHealthChecks


class AllocatorHealthStatus(Model):
    """The health status of the allocator.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    connected: Field[bool] = Field("connected", BOOL, required=True)
    """ Whether the allocator is connected """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the allocator is healthy, meaning it is either connected or has no instances """
    maintenance_mode: Field[bool] = Field("maintenance_mode", BOOL, required=True)
    """ Whether the allocator is in maintenance mode (meaning that new workload won't be assigned to it) """
    health_checks: Field[AllocatorHealthChecks | Unset] = Field(
        "health_checks", model("AllocatorHealthChecks", "allocator_health_checks")
    )
    """ Checks used to determine if an allocator is healthy or not """
    maintenance_mode_timestamp: Field[datetime.datetime | Unset] = Field("maintenance_mode_timestamp", DATETIME)
    """ Timestamp when allocator last entered or exited maintenance mode """

    def __init__(
        self,
        *,
        connected: bool,
        healthy: bool,
        maintenance_mode: bool,
        health_checks: AllocatorHealthChecks | Unset = UNSET,
        maintenance_mode_timestamp: datetime.datetime | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            connected=connected,
            healthy=healthy,
            maintenance_mode=maintenance_mode,
            health_checks=health_checks,
            maintenance_mode_timestamp=maintenance_mode_timestamp,
        )
