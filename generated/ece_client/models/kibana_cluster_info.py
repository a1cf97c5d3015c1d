from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_metadata_info import ClusterMetadataInfo
    from ..models.cluster_topology_info import ClusterTopologyInfo
    from ..models.external_hyperlink import ExternalHyperlink
    from ..models.kibana_cluster_info_links import KibanaClusterInfoLinks
    from ..models.kibana_cluster_info_status import KibanaClusterInfoStatus
    from ..models.kibana_cluster_plans_info import KibanaClusterPlansInfo
    from ..models.kibana_cluster_settings import KibanaClusterSettings
    from ..models.target_elasticsearch_cluster import TargetElasticsearchCluster


class KibanaClusterInfo(Model):
    """The top-level object information for a Kibana instance.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    cluster_id: Field[str] = Field("cluster_id", STR, required=True)
    """ The id of the cluster """
    cluster_name: Field[str] = Field("cluster_name", STR, required=True)
    """ The name of the cluster """
    elasticsearch_cluster: Field[TargetElasticsearchCluster] = Field(
        "elasticsearch_cluster", model("TargetElasticsearchCluster", "target_elasticsearch_cluster"), required=True
    )
    """ Information about the specified Elasticsearch cluster. """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the cluster is healthy or not (one or more of the info subsections will have healthy: false) """
    status: Field[KibanaClusterInfoStatus] = Field(
        "status", enum("KibanaClusterInfoStatus", "kibana_cluster_info_status"), required=True
    )
    """ Cluster status """
    plan_info: Field[KibanaClusterPlansInfo] = Field(
        "plan_info", model("KibanaClusterPlansInfo", "kibana_cluster_plans_info"), required=True
    )
    """ Information about the current, pending, or past Kibana instance plans. """
    metadata: Field[ClusterMetadataInfo] = Field(
        "metadata", model("ClusterMetadataInfo", "cluster_metadata_info"), required=True
    )
    """ Information about the public and internal state, and the configuration settings of an Elasticsearch cluster. """
    topology: Field[ClusterTopologyInfo] = Field(
        "topology", model("ClusterTopologyInfo", "cluster_topology_info"), required=True
    )
    """ The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
    `ClusterTopologyInfo` also includes the instances and containers, and where they are located. """
    external_links: Field[list[ExternalHyperlink]] = Field(
        "external_links", list_of(model("ExternalHyperlink", "external_hyperlink")), required=True
    )
    """ External resources related to the cluster """
    deployment_id: Field[str | Unset] = Field("deployment_id", STR)
    """ The id of the deployment to which this Kibana Server belongs to. """
    links: Field[KibanaClusterInfoLinks | Unset] = Field(
        "links", model("KibanaClusterInfoLinks", "kibana_cluster_info_links")
    )
    """ A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about
    that operation """
    settings: Field[KibanaClusterSettings | Unset] = Field(
        "settings", model("KibanaClusterSettings", "kibana_cluster_settings")
    )
    """ The cluster metadata settings for a kibana cluster """
    region: Field[str | Unset] = Field("region", STR)
    """ The region that this cluster belongs to. Only populated in SaaS or federated ECE. """

    def __init__(
        self,
        *,
        cluster_id: str,
        cluster_name: str,
        elasticsearch_cluster: TargetElasticsearchCluster,
        healthy: bool,
        status: KibanaClusterInfoStatus,
        plan_info: KibanaClusterPlansInfo,
        metadata: ClusterMetadataInfo,
        topology: ClusterTopologyInfo,
        external_links: list[ExternalHyperlink],
        deployment_id: str | Unset = UNSET,
        links: KibanaClusterInfoLinks | Unset = UNSET,
        settings: KibanaClusterSettings | Unset = UNSET,
        region: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            cluster_id=cluster_id,
            cluster_name=cluster_name,
            elasticsearch_cluster=elasticsearch_cluster,
            healthy=healthy,
            status=status,
            plan_info=plan_info,
            metadata=metadata,
            topology=topology,
            external_links=external_links,
            deployment_id=deployment_id,
            links=links,
            settings=settings,
            region=region,
        )
