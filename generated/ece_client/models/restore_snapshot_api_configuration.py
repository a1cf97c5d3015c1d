from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restore_snapshot_api_configuration_raw_settings import RestoreSnapshotApiConfigurationRawSettings


class RestoreSnapshotApiConfiguration(Model):
    """The configuration for the restore command, such as which indices you want to restore.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    indices: Field[list[str] | Unset] = Field("indices", list_of(STR))
    """ The list of indices to restore (supports +ve and -ve selection and wildcarding - see the default
    Elasticsearch index format documentation) """
    raw_settings: Field[RestoreSnapshotApiConfigurationRawSettings | Unset] = Field(
        "raw_settings",
        model("RestoreSnapshotApiConfigurationRawSettings", "restore_snapshot_api_configuration_raw_settings"),
    )
    """ This JSON object (merged with the 'indices' field (if present) is passed untouched into the restore command
    - see the Elasticsearch '_snapshot' documentation for more details on supported formats """

    def __init__(
        self,
        *,
        indices: list[str] | Unset = UNSET,
        raw_settings: RestoreSnapshotApiConfigurationRawSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            indices=indices,
            raw_settings=raw_settings,
        )
