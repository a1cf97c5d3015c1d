from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, enum, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apm_info_apm_server_mode import ApmInfoApmServerMode
    from ..models.apm_info_links import ApmInfoLinks
    from ..models.apm_info_status import ApmInfoStatus
    from ..models.apm_plans_info import ApmPlansInfo
    from ..models.apm_settings import ApmSettings
    from ..models.cluster_metadata_info import ClusterMetadataInfo
    from ..models.cluster_topology_info import ClusterTopologyInfo
    from ..models.external_hyperlink import ExternalHyperlink
    from ..models.target_elasticsearch_cluster import TargetElasticsearchCluster


class ApmInfo(Model):
    """The overview information for the APM Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    id: Field[str] = Field("id", STR, required=True)
    """ The id of the APM """
    name: Field[str] = Field("name", STR, required=True)
    """ The name of the APM """
    elasticsearch_cluster: Field[TargetElasticsearchCluster] = Field(
        "elasticsearch_cluster", model("TargetElasticsearchCluster", "target_elasticsearch_cluster"), required=True
    )
    """ Information about the specified Elasticsearch cluster. """
    healthy: Field[bool] = Field("healthy", BOOL, required=True)
    """ Whether the APM is healthy or not (one or more of the info subsections will have healthy: false) """
    status: Field[ApmInfoStatus] = Field("status", enum("ApmInfoStatus", "apm_info_status"), required=True)
    """ APM status """
    plan_info: Field[ApmPlansInfo] = Field("plan_info", model("ApmPlansInfo", "apm_plans_info"), required=True)
    """ Information about current, pending, and past APM Server plans. """
    topology: Field[ClusterTopologyInfo] = Field(
        "topology", model("ClusterTopologyInfo", "cluster_topology_info"), required=True
    )
    """ The topology for Elasticsearch clusters, multiple Kibana instances, or multiple APM Servers. The
    `ClusterTopologyInfo` also includes the instances and containers, and where they are located. """
    external_links: Field[list[ExternalHyperlink]] = Field(
        "external_links", list_of(model("ExternalHyperlink", "external_hyperlink")), required=True
    )
    """ External resources related to the APM """
    deployment_id: Field[str | Unset] = Field("deployment_id", STR)
    """ The id of the deployment that this APM Server belongs to. """
    metadata: Field[ClusterMetadataInfo | Unset] = Field(
        "metadata", model("ClusterMetadataInfo", "cluster_metadata_info")
    )
    """ Information about the public and internal state, and the configuration settings of an Elasticsearch cluster. """
    links: Field[ApmInfoLinks | Unset] = Field("links", model("ApmInfoLinks", "apm_info_links"))
    """ A map of application-specific operations (which map to 'operationId's in the Swagger API) to metadata about
    that operation """
    settings: Field[ApmSettings | Unset] = Field("settings", model("ApmSettings", "apm_settings"))
    """ The cluster metadata settings for the APM """
    region: Field[str | Unset] = Field("region", STR)
    """ The region that this APM belongs to. Only populated in SaaS or federated ECE. """
    apm_server_mode: Field[ApmInfoApmServerMode | Unset] = Field(
        "apm_server_mode", enum("ApmInfoApmServerMode", "apm_info_apm_server_mode")
    )
    """ The mode APM is operating in. """

    def __init__(
        self,
        *,
        id: str,
        name: str,
        elasticsearch_cluster: TargetElasticsearchCluster,
        healthy: bool,
        status: ApmInfoStatus,
        plan_info: ApmPlansInfo,
        topology: ClusterTopologyInfo,
        external_links: list[ExternalHyperlink],
        deployment_id: str | Unset = UNSET,
        metadata: ClusterMetadataInfo | Unset = UNSET,
        links: ApmInfoLinks | Unset = UNSET,
        settings: ApmSettings | Unset = UNSET,
        region: str | Unset = UNSET,
        apm_server_mode: ApmInfoApmServerMode | Unset = UNSET,
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
