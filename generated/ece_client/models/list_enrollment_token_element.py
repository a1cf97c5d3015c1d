from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of

if TYPE_CHECKING:
    pass


class ListEnrollmentTokenElement(Model):
    """Information about an active enrollment token.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    token_id: Field[str] = Field("token_id", STR, required=True)
    """ An identifier for the token """
    roles: Field[list[str]] = Field("roles", list_of(STR), required=True)
    """ The services for which this enrollment token applies """

    def __init__(
        self,
        *,
        token_id: str,
        roles: list[str],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            token_id=token_id,
            roles=roles,
        )
