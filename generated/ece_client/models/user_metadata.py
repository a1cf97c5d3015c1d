from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime


class UserMetadata(Model):
    """Metadata for a user

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    created_by: Field[str | Unset] = Field("created_by", STR)
    """ The Id of the user that created this user """
    created_at: Field[datetime.datetime | Unset] = Field("created_at", DATETIME)
    """ The date and time when the user was created """
    updated_by: Field[str | Unset] = Field("updated_by", STR)
    """ The Id of the user that last updated this user """
    updated_at: Field[datetime.datetime | Unset] = Field("updated_at", DATETIME)
    """ The date and time when the user was last updated """
    first_login_at: Field[datetime.datetime | Unset] = Field("first_login_at", DATETIME)
    """ The date and time when the user first logged in """
    last_login_at: Field[datetime.datetime | Unset] = Field("last_login_at", DATETIME)
    """ The date and time when the user last logged in """

    def __init__(
        self,
        *,
        created_by: str | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_by: str | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        first_login_at: datetime.datetime | Unset = UNSET,
        last_login_at: datetime.datetime | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            created_by=created_by,
            created_at=created_at,
            updated_by=updated_by,
            updated_at=updated_at,
            first_login_at=first_login_at,
            last_login_at=last_login_at,
        )
