from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model

if TYPE_CHECKING:
    pass


class AllocatorCapacityMemory(Model):
    """The available and used memory of the allocator.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    total: Field[int] = Field("total", INT, required=True)
    """ Total memory in MB capacity installed on this allocator """
    used: Field[int] = Field("used", INT, required=True)
    """ Used memory in MB used by instances assigned to this allocator """

    def __init__(
        self,
        *,
        total: int,
        used: int,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            total=total,
            used=used,
        )
