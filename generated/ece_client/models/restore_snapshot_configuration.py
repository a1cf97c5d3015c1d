from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restore_snapshot_api_configuration import RestoreSnapshotApiConfiguration
    from ..models.restore_snapshot_configuration_strategy import RestoreSnapshotConfigurationStrategy
    from ..models.restore_snapshot_repo_configuration import RestoreSnapshotRepoConfiguration


class RestoreSnapshotConfiguration(Model):
    """Restores a snapshot from a local or remote repository.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    snapshot_name: Field[str] = Field("snapshot_name", STR, required=True)
    """ The name of the snapshot to restore. Use '\\_\\_latest_success\\_\\_' to get the most recent snapshot from
    the specified repository """
    repository_name: Field[str | Unset] = Field("repository_name", STR)
    """ If specified, contains the name of the snapshot repository - else will default to the Elastic Cloud system
    repo ('found-snapshots') """
    repository_config: Field[RestoreSnapshotRepoConfiguration | Unset] = Field(
        "repository_config", model("RestoreSnapshotRepoConfiguration", "restore_snapshot_repo_configuration")
    )
    """ Raw remote snapshot restore settings. Do not send this if you are sending source_cluster_id """
    restore_payload: Field[RestoreSnapshotApiConfiguration | Unset] = Field(
        "restore_payload", model("RestoreSnapshotApiConfiguration", "restore_snapshot_api_configuration")
    )
    """ The configuration for the restore command, such as which indices you want to restore. """
    strategy: Field[RestoreSnapshotConfigurationStrategy | Unset] = Field(
        "strategy", enum("RestoreSnapshotConfigurationStrategy", "restore_snapshot_configuration_strategy")
    )
    """ The restore strategy to use. Defaults to a full restore. Partial restore will attempt to restore unavailable
    indices only """
    source_cluster_id: Field[str | Unset] = Field("source_cluster_id", STR)
    """ If specified, contains the name of the source cluster id. Do not send this if you are sending
    repository_config """

    def __init__(
        self,
        *,
        snapshot_name: str,
        repository_name: str | Unset = UNSET,
        repository_config: RestoreSnapshotRepoConfiguration | Unset = UNSET,
        restore_payload: RestoreSnapshotApiConfiguration | Unset = UNSET,
        strategy: RestoreSnapshotConfigurationStrategy | Unset = UNSET,
        source_cluster_id: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            snapshot_name=snapshot_name,
            repository_name=repository_name,
            repository_config=repository_config,
            restore_payload=restore_payload,
            strategy=strategy,
            source_cluster_id=source_cluster_id,
        )
