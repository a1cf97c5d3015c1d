from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_snapshot_repository_default import ClusterSnapshotRepositoryDefault
    from ..models.cluster_snapshot_repository_reference import ClusterSnapshotRepositoryReference
    from ..models.cluster_snapshot_repository_static import ClusterSnapshotRepositoryStatic


class ClusterSnapshotRepositoryInfo(Model):
    """Information about the Elasticsearch cluster snapshot repository.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    static: Field[ClusterSnapshotRepositoryStatic | Unset] = Field(
        "static", model("ClusterSnapshotRepositoryStatic", "cluster_snapshot_repository_static")
    )
    """ Cluster snapshot static repository settings, containing repository type and settings """
    reference: Field[ClusterSnapshotRepositoryReference | Unset] = Field(
        "reference", model("ClusterSnapshotRepositoryReference", "cluster_snapshot_repository_reference")
    )
    """ Cluster snapshot reference repository settings, containing the repository name in ECE fashion """
    default: Field[ClusterSnapshotRepositoryDefault | Unset] = Field(
        "default", model("ClusterSnapshotRepositoryDefault", "cluster_snapshot_repository_default")
    )
    """ Cluster snapshot default repository settings """

    def __init__(
        self,
        *,
        static: ClusterSnapshotRepositoryStatic | Unset = UNSET,
        reference: ClusterSnapshotRepositoryReference | Unset = UNSET,
        default: ClusterSnapshotRepositoryDefault | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            static=static,
            reference=reference,
            default=default,
        )
