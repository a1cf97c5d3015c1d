from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import DATETIME, STR, Field, Model

if TYPE_CHECKING:
    import datetime


class TokenResponse(Model):
    """The response value after a login without redirect configured, or after elevated permissions are enabled or
    disabled.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    token: Field[str] = Field("token", STR, required=True)
    """ The authorization bearer token that you use in subsequent requests """
    session_expiration_time: Field[datetime.datetime] = Field("session_expiration_time", DATETIME, required=True)
    """ The time that the session token will expire """

    def __init__(
        self,
        *,
        token: str,
        session_expiration_time: datetime.datetime,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            token=token,
            session_expiration_time=session_expiration_time,
        )
