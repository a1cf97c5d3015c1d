from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model

if TYPE_CHECKING:
    pass


class ReadOnlyRequest(Model):
    """Read-only mode request payload

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    enabled: Field[bool] = Field("enabled", BOOL, required=True)
    """ Enabled or disabled read-only mode """

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
