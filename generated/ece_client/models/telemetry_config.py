from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, Field, Model

if TYPE_CHECKING:
    pass


class TelemetryConfig(Model):
    """The current ECE telemetry configuration

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    enabled: Field[bool] = Field("enabled", BOOL, required=True)
    """ Whether ECE telemetry is enabled """

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
