from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_metadata_info import ClusterMetadataInfo
    from ..models.cluster_topology_info import ClusterTopologyInfo
    from ..models.enterprise_search_info_links import EnterpriseSearchInfoLinks
    from ..models.enterprise_search_info_status import EnterpriseSearchInfoStatus
    from ..models.enterprise_search_plans_info import EnterpriseSearchPlansInfo
    from ..models.enterprise_search_settings import EnterpriseSearchSettings
    from ..models.external_hyperlink import ExternalHyperlink
    from ..models.target_elasticsearch_cluster import TargetElasticsearchCluster


class EnterpriseSearchInfo(Model):
    """The overview information for the Enterprise Search Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of the Enterprise Search """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of the Enterprise Search """
    elasticsearch_cluster: Field[TargetElasticsearchCluster] = Field(
        "elasticsearch_cluster", model("TargetElasticsearchCluster", "target_elasticsearch_cluster"), required=True
    )
    """ Information about the specified Elasticsearch cluster. """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the Enterprise Search is healthy or not (one or more of the info subsections will have healthy:
    false) """
    status: Field[EnterpriseSearchInfoStatus] = Field(
        "status", enum("EnterpriseSearchInfoStatus", "enterprise_search_info_status"), required=True
    )
    """ Enterprise Search status """
    plan_info: Field[EnterpriseSearchPlansInfo] = Field(
        "plan_info", model("EnterpriseSearchPlansInfo", "enterprise_search_plans_info"), required=True
    )
    """ Information about current, pending, and past Enterprise Search Server plans. """
    topology: Field[ClusterTopologyInfo] = Field(
        "topology", model("ClusterTopologyInfo", "cluster_topology_info"), required=True
    )
    """ The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
    `ClusterTopologyInfo` also includes the instances and containers, and where they are located. """
    external_links: Field[list[ExternalHyperlink]] = Field(
        "external_links", list_of(model("ExternalHyperlink", "external_hyperlink")), required=True
    )
    """ External resources related to the Enterprise Search """
    deployment_id: Field[str | Unset] = Field("deployment_id", STR)
    """ The id of the deployment that this Enterprise Search belongs to. """
    metadata: Field[ClusterMetadataInfo | Unset] = Field(
        "metadata", model("ClusterMetadataInfo", "cluster_metadata_info")
    )
    """ Information about the public and internal state, and the configuration settings of an Elasticsearch cluster. """
    links: Field[EnterpriseSearchInfoLinks | Unset] = Field(
        "links", model("EnterpriseSearchInfoLinks", "enterprise_search_info_links")
    )
    """ A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about
    that operation """
    settings: Field[EnterpriseSearchSettings | Unset] = Field(
        "settings", model("EnterpriseSearchSettings", "enterprise_search_settings")
    )
    """ The cluster metadata settings for the Enterprise Search """
    region: Field[str | Unset] = Field("region", STR)
    """ The region that this Enterprise Search belongs to. Only populated in SaaS or federated ECE. """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        elasticsearch_cluster: TargetElasticsearchCluster,
        healthy: bool,
        status: EnterpriseSearchInfoStatus,
        plan_info: EnterpriseSearchPlansInfo,
        topology: ClusterTopologyInfo,
        external_links: list[ExternalHyperlink],
        deployment_id: str | Unset = UNSET,
        metadata: ClusterMetadataInfo | Unset = UNSET,
        links: EnterpriseSearchInfoLinks | Unset = UNSET,
        settings: EnterpriseSearchSettings | Unset = UNSET,
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
