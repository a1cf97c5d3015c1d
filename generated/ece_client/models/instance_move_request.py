from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class InstanceMoveRequest(Model):
    """The request that specifies the Elasticsearch or stateless (eg Kibana) instances to move to allocators as part of
    the upgrade plan. When used in conjunction with '\\_\\_all\\_\\_' (roll all instances as a single unit)
    strategy, these instances are not restarted, which can sometimes enable recovery plans when these instances are
    boot-looping.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    from_: Field[str] = Field("from", STR, required=True)
    """ The instance id that is going to be moved """
    to: Field[list[str] | Unset] = Field("to", list_of(STR))
    """ An optional list of allocator ids to which the instance should be moved. If not specified then any available
    allocator can be used (including the current one if it is healthy) """
    instance_down: Field[bool | Unset] = Field("instance_down", BOOL)
    """ Tells the infrastructure that the instance should be considered as permanently down when deciding how to
    migrate data to new nodes. If left blank then the system will automatically decide (currently: will treat
    the instances as up) """

    def __init__(
        self,
        *,
        from_: str,
        to: list[str] | Unset = UNSET,
        instance_down: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            from_=from_,
            to=to,
            instance_down=instance_down,
        )
