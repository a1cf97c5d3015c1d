from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model

if TYPE_CHECKING:
    pass


class ReadOnlyResponse(Model):
    """Read-only mode response

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    enabled: Field[bool] = Field("enabled", BOOL, required=True)
    """ Whether read-only mode is enabled or disabled """

    def __init__(
        self,
        *,
        enabled: bool,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            enabled=enabled,
        )
