from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_metadata_info import ClusterMetadataInfo
    from ..models.cluster_topology_info import ClusterTopologyInfo
    from ..models.external_hyperlink import ExternalHyperlink
    from ..models.integrations_server_info_apm_server_mode import IntegrationsServerInfoApmServerMode
    from ..models.integrations_server_info_links import IntegrationsServerInfoLinks
    from ..models.integrations_server_info_status import IntegrationsServerInfoStatus
    from ..models.integrations_server_plans_info import IntegrationsServerPlansInfo
    from ..models.integrations_server_settings import IntegrationsServerSettings
    from ..models.target_elasticsearch_cluster import TargetElasticsearchCluster


class IntegrationsServerInfo(Model):
    """The overview information for the Integrations Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of the Integrations Server """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of the Integrations Server """
    elasticsearch_cluster: Field[TargetElasticsearchCluster] = Field(
        "elasticsearch_cluster", model("TargetElasticsearchCluster", "target_elasticsearch_cluster"), required=True
    )
    """ Information about the specified Elasticsearch cluster. """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the Integrations Server is healthy or not (one or more of the info subsections will have healthy:
    false) """
    status: Field[IntegrationsServerInfoStatus] = Field(
        "status", enum("IntegrationsServerInfoStatus", "integrations_server_info_status"), required=True
    )
    """ Integrations Server status """
    plan_info: Field[IntegrationsServerPlansInfo] = Field(
        "plan_info", model("IntegrationsServerPlansInfo", "integrations_server_plans_info"), required=True
    )
    """ Information about current, pending, and past Integrations Server plans. """
    topology: Field[ClusterTopologyInfo] = Field(
        "topology", model("ClusterTopologyInfo", "cluster_topology_info"), required=True
    )
    """ The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
    `ClusterTopologyInfo` also includes the instances and containers, and where they are located. """
    external_links: Field[list[ExternalHyperlink]] = Field(
        "external_links", list_of(model("ExternalHyperlink", "external_hyperlink")), required=True
    )
    """ External resources related to the Integrations Server """
    deployment_id: Field[str | Unset] = Field("deployment_id", STR)
    """ The id of the deployment that this Integrations Server belongs to. """
    metadata: Field[ClusterMetadataInfo | Unset] = Field(
        "metadata", model("ClusterMetadataInfo", "cluster_metadata_info")
    )
    """ Information about the public and internal state, and the configuration settings of an Elasticsearch cluster. """
    links: Field[IntegrationsServerInfoLinks | Unset] = Field(
        "links", model("IntegrationsServerInfoLinks", "integrations_server_info_links")
    )
    """ A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about
    that operation """
    settings: Field[IntegrationsServerSettings | Unset] = Field(
        "settings", model("IntegrationsServerSettings", "integrations_server_settings")
    )
    """ The cluster metadata settings for the Integrations Server """
    region: Field[str | Unset] = Field("region", STR)
    """ The region that this Integrations Server belongs to. Only populated in SaaS or federated ECE. """
    apm_server_mode: Field[IntegrationsServerInfoApmServerMode | Unset] = Field(
        "apm_server_mode", enum("IntegrationsServerInfoApmServerMode", "integrations_server_info_apm_server_mode")
    )
    """ The mode APM is operating in. """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        elasticsearch_cluster: TargetElasticsearchCluster,
        healthy: bool,
        status: IntegrationsServerInfoStatus,
        plan_info: IntegrationsServerPlansInfo,
        topology: ClusterTopologyInfo,
        external_links: list[ExternalHyperlink],
        deployment_id: str | Unset = UNSET,
        metadata: ClusterMetadataInfo | Unset = UNSET,
        links: IntegrationsServerInfoLinks | Unset = UNSET,
        settings: IntegrationsServerSettings | Unset = UNSET,
        region: str | Unset = UNSET,
        apm_server_mode: IntegrationsServerInfoApmServerMode | Unset = UNSET,
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
            apm_server_mode=apm_server_mode,
        )
