from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import Model

if TYPE_CHECKING:
    pass


class RestoreSnapshotApiConfigurationRawSettings(Model):
    """This JSON object (merged with the 'indices' field (if present) is passed untouched into the restore command -
    see the Elasticsearch '_snapshot' documentation for more details on supported formats

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    def __init__(
        self,
        **additional_properties: Any,
    ) -> None:
        super().__init__(
            additional_properties,
        )
