from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class Comment(Model):
    """A persisted Comment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of this Comment """
    user_id: Field[str] = Field("user_id", STR, required=True)
    """ The user id of the user who wrote this Comment """
    message: Field[str] = Field("message", STR, required=True)
    """ The message content of this Comment """

    def __init__(
        self,
        *,
        id: str,
        user_id: str,
        message: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            user_id=user_id,
            message=message,
        )
