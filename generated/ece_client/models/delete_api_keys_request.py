from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of

if TYPE_CHECKING:
    pass


class DeleteApiKeysRequest(Model):
    """The request payload that deletes the API keys.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    keys: Field[list[str]] = Field("keys", list_of(STR), required=True)
    """ The list of API key IDs. """

    def __init__(
        self,
        *,
        keys: list[str],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            keys=keys,
        )
