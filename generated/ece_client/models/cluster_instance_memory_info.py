from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class ClusterInstanceMemoryInfo(Model):
    """Information about the specific instances memory capacity and its usage

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    instance_capacity: Field[int] = Field("instance_capacity", INT, required=True)
    """ The memory capacity in MB of the instance """
    instance_capacity_planned: Field[int | Unset] = Field("instance_capacity_planned", INT)
    """ The planned memory capacity in MB of the instance (only shown when an override is present) """
    memory_pressure: Field[int | Unset] = Field("memory_pressure", INT)
    """ The % memory pressure of Elasticsearch JVM heap space if available (60-75% consider increasing capacity,
    >75% can incur significant performance and stability issues) """
    native_memory_pressure: Field[int | Unset] = Field("native_memory_pressure", INT)
    """ The % memory pressure of the instance Docker container (if available) """

    def __init__(
        self,
        *,
        instance_capacity: int,
        instance_capacity_planned: int | Unset = UNSET,
        memory_pressure: int | Unset = UNSET,
        native_memory_pressure: int | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            instance_capacity=instance_capacity,
            instance_capacity_planned=instance_capacity_planned,
            memory_pressure=memory_pressure,
            native_memory_pressure=native_memory_pressure,
        )
