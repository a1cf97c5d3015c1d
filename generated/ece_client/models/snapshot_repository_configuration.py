from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.snapshot_repository_configuration_settings import SnapshotRepositoryConfigurationSettings


class SnapshotRepositoryConfiguration(Model):
    """The configuration for an Elasticsearch snapshot repository.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    type_: Field[str] = Field("type", STR, required=True)
    """ Repository type, (Currently supported: 's3') """
    settings: Field[SnapshotRepositoryConfigurationSettings] = Field(
        "settings",
        model("SnapshotRepositoryConfigurationSettings", "snapshot_repository_configuration_settings"),
        required=True,
    )
    """ Elasticsearch repository configuration settings JSON. See [Elasticsearch
    documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-snapshots.html) for
    more information """

    def __init__(
        self,
        *,
        type_: str,
        settings: SnapshotRepositoryConfigurationSettings,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            type_=type_,
            settings=settings,
        )
