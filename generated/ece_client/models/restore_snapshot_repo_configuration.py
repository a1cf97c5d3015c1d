from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restore_snapshot_repo_configuration_raw_settings import RestoreSnapshotRepoConfigurationRawSettings


class RestoreSnapshotRepoConfiguration(Model):
    """Configures the location of a remote repository. The default is the system repository.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    raw_settings: Field[RestoreSnapshotRepoConfigurationRawSettings | Unset] = Field(
        "raw_settings",
        model("RestoreSnapshotRepoConfigurationRawSettings", "restore_snapshot_repo_configuration_raw_settings"),
    )
    """ The remote snapshot settings raw JSON - see the Elasticsearch '_snapshot' documentation for more details on
    supported formats """

    def __init__(
        self,
        *,
        raw_settings: RestoreSnapshotRepoConfigurationRawSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            raw_settings=raw_settings,
        )
