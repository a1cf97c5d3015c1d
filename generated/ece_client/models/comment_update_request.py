from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class CommentUpdateRequest(Model):
    """A request for updating an existing Comment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    message: Field[str] = Field("message", STR, required=True)
    """ The message for the Comment. """

    def __init__(
        self,
        *,
        message: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            message=message,
        )
