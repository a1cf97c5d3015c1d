from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model

if TYPE_CHECKING:
    pass


class UsageStats(Model):
    """Information about the current usage.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    total_connected_memory_total: Field[int] = Field("total_connected_memory_total", INT, required=True)
    """ The total amount of memory available to your system """

    def __init__(
        self,
        *,
        total_connected_memory_total: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            total_connected_memory_total=total_connected_memory_total,
        )
