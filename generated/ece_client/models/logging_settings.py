from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model

if TYPE_CHECKING:
    from ..models.logging_settings_logging_levels import LoggingSettingsLoggingLevels


class LoggingSettings(Model):
    """Information about logging settings.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    logging_levels: Field[LoggingSettingsLoggingLevels] = Field(
        "logging_levels", model("LoggingSettingsLoggingLevels", "logging_settings_logging_levels"), required=True
    )
    """ Overridden logging levels. Keys are logging levels. Allowable values are OFF, ERROR, WARN, INFO, DEBUG,
    TRACE, ALL """

    def __init__(
        self,
        *,
        logging_levels: LoggingSettingsLoggingLevels,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            logging_levels=logging_levels,
        )
