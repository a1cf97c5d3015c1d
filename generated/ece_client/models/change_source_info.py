from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, STR, Field, Model, list_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime


class ChangeSourceInfo(Model):
    """A container for information about the source of a change.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    facilitator: Field[str] = Field("facilitator", STR, required=True)
    """ The service where the change originated from """
    action: Field[str] = Field("action", STR, required=True)
    """ The type of plan change that was initiated """
    date: Field[datetime.datetime] = Field("date", DATETIME, required=True)
    """ The time the change was initiated """
    user_id: Field[str | Unset] = Field("user_id", STR)
    """ The user that requested the change """
    admin_id: Field[str | Unset] = Field("admin_id", STR)
    """ The admin user that requested the change """
    remote_addresses: Field[list[str] | Unset] = Field("remote_addresses", list_of(STR))
    """ The host addresses of the user that originated the change """

    def __init__(
        self,
        *,
        facilitator: str,
        action: str,
        date: datetime.datetime,
        user_id: str | Unset = UNSET,
        admin_id: str | Unset = UNSET,
        remote_addresses: list[str] | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            facilitator=facilitator,
            action=action,
            date=date,
            user_id=user_id,
            admin_id=admin_id,
            remote_addresses=remote_addresses,
        )
