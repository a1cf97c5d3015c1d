from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_metadata_cpu_resources_settings import ClusterMetadataCpuResourcesSettings


class ClusterMetadataResourcesSettings(Model):
    """The top-level configuration settings for the Elasticsearch cluster resources.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    cpu: Field[ClusterMetadataCpuResourcesSettings | Unset] = Field(
        "cpu", model("ClusterMetadataCpuResourcesSettings", "cluster_metadata_cpu_resources_settings")
    )
    """ Specifies the CPU resource settings for the Elasticsearch cluster. """

    def __init__(
        self,
        *,
        cpu: ClusterMetadataCpuResourcesSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            cpu=cpu,
        )
