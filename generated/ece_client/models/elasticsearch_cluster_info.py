from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apm_sub_info import ApmSubInfo
    from ..models.app_search_sub_info import AppSearchSubInfo
    from ..models.cluster_metadata_info import ClusterMetadataInfo
    from ..models.cluster_system_alert import ClusterSystemAlert
    from ..models.cluster_topology_info import ClusterTopologyInfo
    from ..models.elasticsearch_cluster_info_links import ElasticsearchClusterInfoLinks
    from ..models.elasticsearch_cluster_info_status import ElasticsearchClusterInfoStatus
    from ..models.elasticsearch_cluster_plans_info import ElasticsearchClusterPlansInfo
    from ..models.elasticsearch_cluster_security_info import ElasticsearchClusterSecurityInfo
    from ..models.elasticsearch_cluster_settings import ElasticsearchClusterSettings
    from ..models.elasticsearch_info import ElasticsearchInfo
    from ..models.elasticsearch_monitoring_info import ElasticsearchMonitoringInfo
    from ..models.enterprise_search_sub_info import EnterpriseSearchSubInfo
    from ..models.external_hyperlink import ExternalHyperlink
    from ..models.kibana_sub_cluster_info import KibanaSubClusterInfo
    from ..models.snapshot_status_info import SnapshotStatusInfo


class ElasticsearchClusterInfo(Model):
    """The information for an Elasticsearch cluster.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    cluster_id: Field[str] = Field("cluster_id", STR, required=True)
    """ The id of the cluster """
    cluster_name: Field[str] = Field("cluster_name", STR, required=True)
    """ The name of the cluster """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the cluster is healthy or not (one or more of the info subsections will have healthy: false) """
    status: Field[ElasticsearchClusterInfoStatus] = Field(
        "status", enum("ElasticsearchClusterInfoStatus", "elasticsearch_cluster_info_status"), required=True
    )
    """ Cluster status """
    plan_info: Field[ElasticsearchClusterPlansInfo] = Field(
        "plan_info", model("ElasticsearchClusterPlansInfo", "elasticsearch_cluster_plans_info"), required=True
    )
    """ Information about the current, pending, and past Elasticsearch cluster plans. """
    elasticsearch: Field[ElasticsearchInfo] = Field(
        "elasticsearch", model("ElasticsearchInfo", "elasticsearch_info"), required=True
    )
    """ Information about the Elasticsearch cluster. """
    metadata: Field[ClusterMetadataInfo] = Field(
        "metadata", model("ClusterMetadataInfo", "cluster_metadata_info"), required=True
    )
    """ Information about the public and internal state, and the configuration settings of an Elasticsearch cluster. """
    topology: Field[ClusterTopologyInfo] = Field(
        "topology", model("ClusterTopologyInfo", "cluster_topology_info"), required=True
    )
    """ The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
    `ClusterTopologyInfo` also includes the instances and containers, and where they are located. """
    associated_kibana_clusters: Field[list[KibanaSubClusterInfo]] = Field(
        "associated_kibana_clusters", list_of(model("KibanaSubClusterInfo", "kibana_sub_cluster_info")), required=True
    )
    associated_apm_clusters: Field[list[ApmSubInfo]] = Field(
        "associated_apm_clusters", list_of(model("ApmSubInfo", "apm_sub_info")), required=True
    )
    associated_appsearch_clusters: Field[list[AppSearchSubInfo]] = Field(
        "associated_appsearch_clusters", list_of(model("AppSearchSubInfo", "app_search_sub_info")), required=True
    )
    associated_enterprise_search_clusters: Field[list[EnterpriseSearchSubInfo]] = Field(
        "associated_enterprise_search_clusters",
        list_of(model("EnterpriseSearchSubInfo", "enterprise_search_sub_info")),
        required=True,
    )
    snapshots: Field[SnapshotStatusInfo] = Field(
        "snapshots", model("SnapshotStatusInfo", "snapshot_status_info"), required=True
    )
    """ Information about the snapshot status for the Elasticsearch cluster. For example, the health status. """
    external_links: Field[list[ExternalHyperlink]] = Field(
        "external_links", list_of(model("ExternalHyperlink", "external_hyperlink")), required=True
    )
    """ External resources related to the cluster """
    deployment_id: Field[str | Unset] = Field("deployment_id", STR)
    """ The id of the deployment that this Elasticsearch belongs to. """
    system_alerts: Field[list[ClusterSystemAlert] | Unset] = Field(
        "system_alerts", list_of(model("ClusterSystemAlert", "cluster_system_alert"))
    )
    """ List of cluster system alerts """
    security: Field[ElasticsearchClusterSecurityInfo | Unset] = Field(
        "security", model("ElasticsearchClusterSecurityInfo", "elasticsearch_cluster_security_info")
    )
    """ For 2.x Elasticsearch clusters, specifies the information about the users and roles. For 5.x Elasticsearch
    clusters, use the Kibana management UI. """
    elasticsearch_monitoring_info: Field[ElasticsearchMonitoringInfo | Unset] = Field(
        "elasticsearch_monitoring_info", model("ElasticsearchMonitoringInfo", "elasticsearch_monitoring_info")
    )
    """ Information about the monitoring status for the Elasticsearch cluster. """
    links: Field[ElasticsearchClusterInfoLinks | Unset] = Field(
        "links", model("ElasticsearchClusterInfoLinks", "elasticsearch_cluster_info_links")
    )
    """ A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about
    that operation """
    settings: Field[ElasticsearchClusterSettings | Unset] = Field(
        "settings", model("ElasticsearchClusterSettings", "elasticsearch_cluster_settings")
    )
    """ The settings for an Elasticsearch cluster. """
    region: Field[str | Unset] = Field("region", STR)
    """ The region that this cluster belongs to. Only populated in SaaS or federated ECE. """
    locked: Field[bool | Unset] = Field("locked", BOOL)
    """ Whether or not this cluster is locked. Only populated in SaaS. """

    def __init__(
        self,
        *,
        cluster_id: str,
        cluster_name: str,
        healthy: bool,
        status: ElasticsearchClusterInfoStatus,
        plan_info: ElasticsearchClusterPlansInfo,
        elasticsearch: ElasticsearchInfo,
        metadata: ClusterMetadataInfo,
        topology: ClusterTopologyInfo,
        associated_kibana_clusters: list[KibanaSubClusterInfo],
        associated_apm_clusters: list[ApmSubInfo],
        associated_appsearch_clusters: list[AppSearchSubInfo],
        associated_enterprise_search_clusters: list[EnterpriseSearchSubInfo],
        snapshots: SnapshotStatusInfo,
        external_links: list[ExternalHyperlink],
        deployment_id: str | Unset = UNSET,
        system_alerts: list[ClusterSystemAlert] | Unset = UNSET,
        security: ElasticsearchClusterSecurityInfo | Unset = UNSET,
        elasticsearch_monitoring_info: ElasticsearchMonitoringInfo | Unset = UNSET,
        links: ElasticsearchClusterInfoLinks | Unset = UNSET,
        settings: ElasticsearchClusterSettings | Unset = UNSET,
        region: str | Unset = UNSET,
        locked: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            cluster_id=cluster_id,
            cluster_name=cluster_name,
            healthy=healthy,
            status=status,
            plan_info=plan_info,
            elasticsearch=elasticsearch,
            metadata=metadata,
            topology=topology,
            associated_kibana_clusters=associated_kibana_clusters,
            associated_apm_clusters=associated_apm_clusters,
            associated_appsearch_clusters=associated_appsearch_clusters,
            associated_enterprise_search_clusters=associated_enterprise_search_clusters,
            snapshots=snapshots,
            external_links=external_links,
            deployment_id=deployment_id,
            system_alerts=system_alerts,
            security=security,
            elasticsearch_monitoring_info=elasticsearch_monitoring_info,
            links=links,
            settings=settings,
            region=region,
            locked=locked,
        )
