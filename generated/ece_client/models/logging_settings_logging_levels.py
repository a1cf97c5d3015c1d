from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import STR, Model

if TYPE_CHECKING:
    pass


class LoggingSettingsLoggingLevels(Model):
    """Overridden logging levels. Keys are logging levels. Allowable values are OFF, ERROR, WARN, INFO, DEBUG, TRACE,
    ALL

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()
    _additional = STR

    def __init__(
        self,
        **additional_properties: Any,
    ) -> None:
        super().__init__(
            additional_properties,
        )
