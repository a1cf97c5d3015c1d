from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.move_apm_cluster_configuration import MoveApmClusterConfiguration
    from ..models.move_app_search_configuration import MoveAppSearchConfiguration
    from ..models.move_elasticsearch_cluster_configuration import MoveElasticsearchClusterConfiguration
    from ..models.move_enterprise_search_configuration import MoveEnterpriseSearchConfiguration
    from ..models.move_kibana_cluster_configuration import MoveKibanaClusterConfiguration


class MoveClustersRequest(Model):
    """The request for moving Elasticsearch clusters off an allocator.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    elasticsearch_clusters: Field[list[MoveElasticsearchClusterConfiguration] | Unset] = Field(
        "elasticsearch_clusters",
        list_of(model("MoveElasticsearchClusterConfiguration", "move_elasticsearch_cluster_configuration")),
    )
    """ Optional list of Elasticsearch clusters to move off the allocator. """
    kibana_clusters: Field[list[MoveKibanaClusterConfiguration] | Unset] = Field(
        "kibana_clusters", list_of(model("MoveKibanaClusterConfiguration", "move_kibana_cluster_configuration"))
    )
    """ Optional list of Kibana clusters to move off the allocator. """
    apm_clusters: Field[list[MoveApmClusterConfiguration] | Unset] = Field(
        "apm_clusters", list_of(model("MoveApmClusterConfiguration", "move_apm_cluster_configuration"))
    )
    """ Optional list of Apm clusters to move off the allocator. """
    appsearch_clusters: Field[list[MoveAppSearchConfiguration] | Unset] = Field(
        "appsearch_clusters", list_of(model("MoveAppSearchConfiguration", "move_app_search_configuration"))
    )
    """ Optional list of App Search clusters to move off the allocator. """
    enterprise_search_clusters: Field[list[MoveEnterpriseSearchConfiguration] | Unset] = Field(
        "enterprise_search_clusters",
        list_of(model("MoveEnterpriseSearchConfiguration", "move_enterprise_search_configuration")),
    )
    """ Optional list of Elastic Enterprise Search clusters to move off the allocator. """

    def __init__(
        self,
        *,
        elasticsearch_clusters: list[MoveElasticsearchClusterConfiguration] | Unset = UNSET,
        kibana_clusters: list[MoveKibanaClusterConfiguration] | Unset = UNSET,
        apm_clusters: list[MoveApmClusterConfiguration] | Unset = UNSET,
        appsearch_clusters: list[MoveAppSearchConfiguration] | Unset = UNSET,
        enterprise_search_clusters: list[MoveEnterpriseSearchConfiguration] | Unset = UNSET,
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
