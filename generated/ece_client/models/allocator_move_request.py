from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class AllocatorMoveRequest(Model):
    """As part of the upgrade plan, identifies the move requests for the Kibana instances or APM Servers on the
    allocators.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    from_: Field[str] = Field("from", STR, required=True)
    """ The allocator id off which all instances in the cluster should be moved """
    to: Field[list[str] | Unset] = Field("to", list_of(STR))
    """ An optional list of allocator ids to which the instance(s) should be moved. If not specified then any
    available allocator can be used (including the current one if it is healthy) """
    allocator_down: Field[bool | Unset] = Field("allocator_down", BOOL)
    """ Tells the infrastructure that all instances on the allocator should be considered as permanently down when
    deciding how to migrate data to new nodes. If left blank then the system will auto-decide (currently: will
    treat the allocator as up) """

    def __init__(
        self,
        *,
        from_: str,
        to: list[str] | Unset = UNSET,
        allocator_down: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            from_=from_,
            to=to,
            allocator_down=allocator_down,
        )
