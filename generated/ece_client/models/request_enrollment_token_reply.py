from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class RequestEnrollmentTokenReply(Model):
    """Returns the enrollment token that is used to securely start a new server with designated roles.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    token: Field[str] = Field("token", STR, required=True)
    """ The requested token """
    token_id: Field[str | Unset] = Field("token_id", STR)
    """ An identifier for the requested token (if persistent) that can be used in listing and deletion """

    def __init__(
        self,
        *,
        token: str,
        token_id: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            token=token,
            token_id=token_id,
        )
