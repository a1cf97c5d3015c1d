from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_snapshot_repository_info import ClusterSnapshotRepositoryInfo
    from ..models.cluster_snapshot_retention import ClusterSnapshotRetention


class ClusterSnapshotSettings(Model):
    """The snapshot configuration settings for an Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    repository: Field[ClusterSnapshotRepositoryInfo | Unset] = Field(
        "repository", model("ClusterSnapshotRepositoryInfo", "cluster_snapshot_repository_info")
    )
    """ Snapshot repository configuration """
    interval: Field[str | Unset] = Field("interval", STR)
    """ Interval between snapshots, with the format 'length unit' (space is optional), where unit can be one of: d
    (day), h (hour), min (minute). Default is 30 minutes """
    pending_interval: Field[str | Unset] = Field("pending_interval", STR)
    """ Interval between snapshot progress checks, with the format 'length unit' (space is optional), where unit can
    be one of: d (day), h (hour), min (minute). Default is 1 minute """
    wait_time_after_snapshotting: Field[str | Unset] = Field("wait_time_after_snapshotting", STR)
    """ The time to wait between snapshot phases (snapshot, purge), with the format 'length unit' (space is
    optional), where unit can be one of: d (day), h (hour), min (minute). Default is 10 minutes """
    enabled: Field[bool | Unset] = Field("enabled", BOOL)
    """ Indicates if Snapshotting is enabled """
    suspended: Field[list[str] | Unset] = Field("suspended", list_of(STR))
    """ List of temporary snapshot suspensions """
    retention: Field[ClusterSnapshotRetention | Unset] = Field(
        "retention", model("ClusterSnapshotRetention", "cluster_snapshot_retention")
    )
    """ Cluster snapshot retention information """
    slm: Field[bool | Unset] = Field("slm", BOOL)
    """ When set to true, the deployment will have SLM enabled. Default value is true. """
    cron_expression: Field[str | Unset] = Field("cron_expression", STR)
    """ Cron expression indicating when should snapshots be taken. This can be enabled only if SLM is enabled for
    the deployment and 'interval' is not present """

    def __init__(
        self,
        *,
        repository: ClusterSnapshotRepositoryInfo | Unset = UNSET,
        interval: str | Unset = UNSET,
        pending_interval: str | Unset = UNSET,
        wait_time_after_snapshotting: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        suspended: list[str] | Unset = UNSET,
        retention: ClusterSnapshotRetention | Unset = UNSET,
        slm: bool | Unset = UNSET,
        cron_expression: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            repository=repository,
            interval=interval,
            pending_interval=pending_interval,
            wait_time_after_snapshotting=wait_time_after_snapshotting,
            enabled=enabled,
            suspended=suspended,
            retention=retention,
            slm=slm,
            cron_expression=cron_expression,
        )
