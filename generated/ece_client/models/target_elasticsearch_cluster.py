from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_elasticsearch_cluster_links import TargetElasticsearchClusterLinks


class TargetElasticsearchCluster(Model):
    """Information about the specified Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    elasticsearch_id: Field[str] = Field("elasticsearch_id", STR, required=True)
    """ The Elasticsearch cluster Id """
    links: Field[TargetElasticsearchClusterLinks | Unset] = Field(
        "links", model("TargetElasticsearchClusterLinks", "target_elasticsearch_cluster_links")
    )
    """ A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about
    that operation """

    def __init__(
        self,
        *,
        elasticsearch_id: str,
        links: TargetElasticsearchClusterLinks | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            elasticsearch_id=elasticsearch_id,
            links=links,
        )
