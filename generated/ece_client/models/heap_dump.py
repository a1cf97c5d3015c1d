from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class HeapDump(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    instance_id: Field[str] = Field("instance_id", STR, required=True)
    """ The Elastic Cloud name/id of the instance (container) """
    type_: Field[str] = Field("type", STR, required=True)
    """ The type of heap dump """
    status: Field[str] = Field("status", STR, required=True)
    """ The status of the heap dump """
    captured: Field[str] = Field("captured", STR, required=True)
    """ The time at which the heap dump was captured """
    size: Field[int | Unset] = Field("size", INT)
    """ The size in bytes of the heap dump """
    error: Field[str | Unset] = Field("error", STR)
    """ An error message if the heap dump failed """

    def __init__(
        self,
        *,
        instance_id: str,
        type_: str,
        status: str,
        captured: str,
        size: int | Unset = UNSET,
        error: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            instance_id=instance_id,
            type_=type_,
            status=status,
            captured=captured,
            size=size,
            error=error,
        )
