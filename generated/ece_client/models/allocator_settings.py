from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class AllocatorSettings(Model):
    """The settings for the allocator.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    capacity: Field[int | Unset] = Field("capacity", INT)
    """ A memory capacity (in MB) that overrides the capacity defined during installation - requires separate
    restart of Allocator services on each host to take full effect. """

    def __init__(
        self,
        *,
        capacity: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            capacity=capacity,
        )
