from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.apm_resource_info import ApmResourceInfo
    from ..models.app_search_resource_info import AppSearchResourceInfo
    from ..models.elasticsearch_resource_info import ElasticsearchResourceInfo
    from ..models.enterprise_search_resource_info import EnterpriseSearchResourceInfo
    from ..models.integrations_server_resource_info import IntegrationsServerResourceInfo
    from ..models.kibana_resource_info import KibanaResourceInfo


class DeploymentResources(Model):
    """Describes a resource belonging to a Deployment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    elasticsearch: Field[list[ElasticsearchResourceInfo]] = Field(
        "elasticsearch", list_of(model("ElasticsearchResourceInfo", "elasticsearch_resource_info")), required=True
    )
    """ List of Elasticsearch resources in your Deployment """
    kibana: Field[list[KibanaResourceInfo]] = Field(
        "kibana", list_of(model("KibanaResourceInfo", "kibana_resource_info")), required=True
    )
    """ List of Kibana resources in your Deployment """
    apm: Field[list[ApmResourceInfo]] = Field(
        "apm", list_of(model("ApmResourceInfo", "apm_resource_info")), required=True
    )
    """ List of Apm resources in your Deployment """
    appsearch: Field[list[AppSearchResourceInfo]] = Field(
        "appsearch", list_of(model("AppSearchResourceInfo", "app_search_resource_info")), required=True
    )
    """ List of App Search resources in your Deployment """
    enterprise_search: Field[list[EnterpriseSearchResourceInfo]] = Field(
        "enterprise_search",
        list_of(model("EnterpriseSearchResourceInfo", "enterprise_search_resource_info")),
        required=True,
    )
    """ List of Enterprise Search resources in your Deployment """
    integrations_server: Field[list[IntegrationsServerResourceInfo]] = Field(
        "integrations_server",
        list_of(model("IntegrationsServerResourceInfo", "integrations_server_resource_info")),
        required=True,
    )
    """ List of Integrations Server resources in your Deployment """

    def __init__(
        self,
        *,
        elasticsearch: list[ElasticsearchResourceInfo],
        kibana: list[KibanaResourceInfo],
        apm: list[ApmResourceInfo],
        appsearch: list[AppSearchResourceInfo],
        enterprise_search: list[EnterpriseSearchResourceInfo],
        integrations_server: list[IntegrationsServerResourceInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            elasticsearch=elasticsearch,
            kibana=kibana,
            apm=apm,
            appsearch=appsearch,
            enterprise_search=enterprise_search,
            integrations_server=integrations_server,
        )
