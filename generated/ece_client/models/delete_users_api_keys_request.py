from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.user_api_key import UserApiKey


class DeleteUsersApiKeysRequest(Model):
    """The request payload that deletes the API keys.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    user_api_keys: Field[list[UserApiKey]] = Field(
        "user_api_keys", list_of(model("UserApiKey", "user_api_key")), required=True
    )
    """ The list of API key IDs. """

    def __init__(
        self,
        *,
        user_api_keys: list[UserApiKey],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            user_api_keys=user_api_keys,
        )
