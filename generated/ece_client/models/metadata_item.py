from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model

if TYPE_CHECKING:
    pass


class MetadataItem(Model):
    """The key-value pair.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    key: Field[str] = Field("key", STR, required=True)
    """ The metadata field name """
    value: Field[str] = Field("value", STR, required=True)
    """ The metadata value """

    def __init__(
        self,
        *,
        key: str,
        value: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            key=key,
            value=value,
        )
