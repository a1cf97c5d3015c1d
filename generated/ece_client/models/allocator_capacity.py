from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import FLOAT, INT, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocator_capacity_memory import AllocatorCapacityMemory
    from ..models.allocator_capacity_storage import AllocatorCapacityStorage


class AllocatorCapacity(Model):
    """The total and used capacity of the allocator.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    memory: Field[AllocatorCapacityMemory] = Field(
        "memory", model("AllocatorCapacityMemory", "allocator_capacity_memory"), required=True
    )
    """ The available and used memory of the allocator. """
    storage: Field[AllocatorCapacityStorage] = Field(
        "storage", model("AllocatorCapacityStorage", "allocator_capacity_storage"), required=True
    )
    """ The storage capacity of the allocator. """
    available_cpus: Field[int | Unset] = Field("available_cpus", INT)
    """ Total number of CPUs available on this allocator """
    additional_master_bonus: Field[float | Unset] = Field("additional_master_bonus", FLOAT)
    """ Additional bonus CPU shares available to Elasticsearch master instances """

    def __init__(
        self,
        *,
        memory: AllocatorCapacityMemory,
        storage: AllocatorCapacityStorage,
        available_cpus: int | Unset = UNSET,
        additional_master_bonus: float | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            memory=memory,
            storage=storage,
            available_cpus=available_cpus,
            additional_master_bonus=additional_master_bonus,
        )
