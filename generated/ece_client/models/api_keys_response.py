from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.api_key_response import ApiKeyResponse


class ApiKeysResponse(Model):
    """The response model for the API keys.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    keys: Field[list[ApiKeyResponse]] = Field(
        "keys", list_of(model("ApiKeyResponse", "api_key_response")), required=True
    )
    """ The list of API keys. """

    def __init__(
        self,
        *,
        keys: list[ApiKeyResponse],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            keys=keys,
        )
