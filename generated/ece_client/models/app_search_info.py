from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_search_info_links import AppSearchInfoLinks
    from ..models.app_search_info_status import AppSearchInfoStatus
    from ..models.app_search_plans_info import AppSearchPlansInfo
    from ..models.app_search_settings import AppSearchSettings
    from ..models.cluster_metadata_info import ClusterMetadataInfo
    from ..models.cluster_topology_info import ClusterTopologyInfo
    from ..models.external_hyperlink import ExternalHyperlink
    from ..models.target_elasticsearch_cluster import TargetElasticsearchCluster


class AppSearchInfo(Model):
    """The overview information for the App Search Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of the App Search """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of the App Search """
    elasticsearch_cluster: Field[TargetElasticsearchCluster] = Field(
        "elasticsearch_cluster", model("TargetElasticsearchCluster", "target_elasticsearch_cluster"), required=True
    )
    """ Information about the specified Elasticsearch cluster. """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the App Search is healthy or not (one or more of the info subsections will have healthy: false) """
    status: Field[AppSearchInfoStatus] = Field(
        "status", enum("AppSearchInfoStatus", "app_search_info_status"), required=True
    )
    """ App Search status """
    plan_info: Field[AppSearchPlansInfo] = Field(
        "plan_info", model("AppSearchPlansInfo", "app_search_plans_info"), required=True
    )
    """ Information about current, pending, and past App Search Server plans. """
    topology: Field[ClusterTopologyInfo] = Field(
        "topology", model("ClusterTopologyInfo", "cluster_topology_info"), required=True
    )
    """ The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
    `ClusterTopologyInfo` also includes the instances and containers, and where they are located. """
    external_links: Field[list[ExternalHyperlink]] = Field(
        "external_links", list_of(model("ExternalHyperlink", "external_hyperlink")), required=True
    )
    """ External resources related to the App Search """
    deployment_id: Field[str | Unset] = Field("deployment_id", STR)
    """ The id of the deployment that this App Search belongs to. """
    metadata: Field[ClusterMetadataInfo | Unset] = Field(
        "metadata", model("ClusterMetadataInfo", "cluster_metadata_info")
    )
    """ Information about the public and internal state, and the configuration settings of an Elasticsearch cluster. """
    links: Field[AppSearchInfoLinks | Unset] = Field("links", model("AppSearchInfoLinks", "app_search_info_links"))
    """ A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about
    that operation """
    settings: Field[AppSearchSettings | Unset] = Field("settings", model("AppSearchSettings", "app_search_settings"))
    """ The cluster metadata settings for the App Search """
    region: Field[str | Unset] = Field("region", STR)
    """ The region that this App Search belongs to. Only populated in SaaS or federated ECE. """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        elasticsearch_cluster: TargetElasticsearchCluster,
        healthy: bool,
        status: AppSearchInfoStatus,
        plan_info: AppSearchPlansInfo,
        topology: ClusterTopologyInfo,
        external_links: list[ExternalHyperlink],
        deployment_id: str | Unset = UNSET,
        metadata: ClusterMetadataInfo | Unset = UNSET,
        links: AppSearchInfoLinks | Unset = UNSET,
        settings: AppSearchSettings | Unset = UNSET,
        region: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            id=id,
            name=name,
            elasticsearch_cluster=elasticsearch_cluster,
            healthy=healthy,
            status=status,
            plan_info=plan_info,
            topology=topology,
            external_links=external_links,
            deployment_id=deployment_id,
            metadata=metadata,
            links=links,
            settings=settings,
            region=region,
        )
