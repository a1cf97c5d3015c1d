from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_snapshot_repository_static_settings import ClusterSnapshotRepositoryStaticSettings


class ClusterSnapshotRepositoryStatic(Model):
    """The static object for the Elasticsearch cluster snapshot repository.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    repository_type: Field[str | Unset] = Field("repository_type", STR)
    """ Type of snapshot repository, ie: S3 """
    settings: Field[ClusterSnapshotRepositoryStaticSettings | Unset] = Field(
        "settings", model("ClusterSnapshotRepositoryStaticSettings", "cluster_snapshot_repository_static_settings")
    )
    """ Settings associated with snapshot repository """

    def __init__(
        self,
        *,
        repository_type: str | Unset = UNSET,
        settings: ClusterSnapshotRepositoryStaticSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            repository_type=repository_type,
            settings=settings,
        )
