from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class UserApiKey(Model):
    """The model to specify a user and their API key in a delete request.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    user_id: Field[str] = Field("user_id", STR, required=True)
    """ The user ID. """
    api_key_id: Field[str] = Field("api_key_id", STR, required=True)
    """ The API key ID. """

    def __init__(
        self,
        *,
        user_id: str,
        api_key_id: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            user_id=user_id,
            api_key_id=api_key_id,
        )
