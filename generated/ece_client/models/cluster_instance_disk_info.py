from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, INT, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ClusterInstanceDiskInfo(Model):
    """Information about the use and storage capacity of a Kibana instance or APM Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    disk_space_used: Field[int] = Field("disk_space_used", INT, required=True)
    """ The amount of disk space being used by the service in MB """
    storage_multiplier: Field[float] = Field("storage_multiplier", FLOAT, required=True)
    """ The storage multiplier originally defined to calculate disk space. """
    disk_space_available: Field[int | Unset] = Field("disk_space_available", INT)
    """ If known, the amount of total disk space available to the container in MB """

    def __init__(
        self,
        *,
        disk_space_used: int,
        storage_multiplier: float,
        disk_space_available: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            disk_space_used=disk_space_used,
            storage_multiplier=storage_multiplier,
            disk_space_available=disk_space_available,
        )
