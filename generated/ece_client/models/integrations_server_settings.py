from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_metadata_settings import ClusterMetadataSettings


class IntegrationsServerSettings(Model):
    """The settings for the Integrations Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    metadata: Field[ClusterMetadataSettings | Unset] = Field(
        "metadata", model("ClusterMetadataSettings", "cluster_metadata_settings")
    )
    """ The top-level configuration settings for the Elasticsearch cluster. """

    def __init__(
        self,
        *,
        metadata: ClusterMetadataSettings | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            metadata=metadata,
        )
