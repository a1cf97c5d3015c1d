from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, DATETIME, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime


class ElevatedPermissions(Model):
    """A user's elevated permissions status

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    enabled: Field[bool] = Field("enabled", BOOL, required=True)
    """ True if the user has elevated permissions """
    expires_at: Field[datetime.datetime | Unset] = Field("expires_at", DATETIME)
    """ The time at which the user's elevated permissions expire """

    def __init__(
        self,
        *,
        enabled: bool,
        expires_at: datetime.datetime | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            enabled=enabled,
            expires_at=expires_at,
        )
