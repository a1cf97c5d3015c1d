from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.heap_dump import HeapDump


class ResourceHeapDumps(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    ref_id: Field[str] = Field("ref_id", STR, required=True)
    """ The locally-unique user-specified id of the resource that the heap dump was captured from """
    id: Field[str] = Field("id", STR, required=True)
    """ The randomly-generated id of a Resource """
    heap_dumps: Field[list[HeapDump]] = Field("heap_dumps", list_of(model("HeapDump", "heap_dump")), required=True)
    """ The heap dumps belonging to this resource """

    def __init__(
        self,
        *,
        ref_id: str,
        id: str,
        heap_dumps: list[HeapDump],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            ref_id=ref_id,
            id=id,
            heap_dumps=heap_dumps,
        )
