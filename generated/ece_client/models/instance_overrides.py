from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, INT, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class InstanceOverrides(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    capacity: Field[int | Unset] = Field("capacity", INT)
    """ Sets the memory capacity for the instances container. Requires a restart to take effect. """
    storage_multiplier: Field[float | Unset] = Field("storage_multiplier", FLOAT)
    """ Overrides the disk quota multiplier for the instance """

    def __init__(
        self,
        *,
        capacity: int | Unset = UNSET,
        storage_multiplier: float | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            capacity=capacity,
            storage_multiplier=storage_multiplier,
        )
