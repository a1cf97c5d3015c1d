from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.move_apm_cluster_details import MoveApmClusterDetails
    from ..models.move_app_search_details import MoveAppSearchDetails
    from ..models.move_elasticsearch_cluster_details import MoveElasticsearchClusterDetails
    from ..models.move_enterprise_search_details import MoveEnterpriseSearchDetails
    from ..models.move_kibana_cluster_details import MoveKibanaClusterDetails


class MoveClustersDetails(Model):
    """Information about the Elasticsearch clusters, multiple Kibana instances, and multiple APM Servers that are moved
    off of the allocator.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    elasticsearch_clusters: Field[list[MoveElasticsearchClusterDetails]] = Field(
        "elasticsearch_clusters",
        list_of(model("MoveElasticsearchClusterDetails", "move_elasticsearch_cluster_details")),
        required=True,
    )
    """ Detailed information about the Elasticsearch clusters being moved. """
    kibana_clusters: Field[list[MoveKibanaClusterDetails]] = Field(
        "kibana_clusters", list_of(model("MoveKibanaClusterDetails", "move_kibana_cluster_details")), required=True
    )
    """ Detailed information about the Kibana clusters being moved. """
    apm_clusters: Field[list[MoveApmClusterDetails]] = Field(
        "apm_clusters", list_of(model("MoveApmClusterDetails", "move_apm_cluster_details")), required=True
    )
    """ Detailed information about the Apm clusters being moved. """
    appsearch_clusters: Field[list[MoveAppSearchDetails]] = Field(
        "appsearch_clusters", list_of(model("MoveAppSearchDetails", "move_app_search_details")), required=True
    )
    """ Detailed information about the App Search clusters being moved. """
    enterprise_search_clusters: Field[list[MoveEnterpriseSearchDetails]] = Field(
        "enterprise_search_clusters",
        list_of(model("MoveEnterpriseSearchDetails", "move_enterprise_search_details")),
        required=True,
    )
    """ Detailed information about the Elastic Enterprise Search clusters being moved. """

    def __init__(
        self,
        *,
        elasticsearch_clusters: list[MoveElasticsearchClusterDetails],
        kibana_clusters: list[MoveKibanaClusterDetails],
        apm_clusters: list[MoveApmClusterDetails],
        appsearch_clusters: list[MoveAppSearchDetails],
        enterprise_search_clusters: list[MoveEnterpriseSearchDetails],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            elasticsearch_clusters=elasticsearch_clusters,
            kibana_clusters=kibana_clusters,
            apm_clusters=apm_clusters,
            appsearch_clusters=appsearch_clusters,
            enterprise_search_clusters=enterprise_search_clusters,
        )
