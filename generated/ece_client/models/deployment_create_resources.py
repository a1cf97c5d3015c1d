from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apm_payload import ApmPayload
    from ..models.app_search_payload import AppSearchPayload
    from ..models.elasticsearch_payload import ElasticsearchPayload
    from ..models.enterprise_search_payload import EnterpriseSearchPayload
    from ..models.integrations_server_payload import IntegrationsServerPayload
    from ..models.kibana_payload import KibanaPayload


class DeploymentCreateResources(Model):
    """Describes the resources that will belong to a Deployment

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    elasticsearch: Field[list[ElasticsearchPayload] | Unset] = Field(
        "elasticsearch", list_of(model("ElasticsearchPayload", "elasticsearch_payload"))
    )
    """ A list of payloads for Elasticsearch cluster creation. """
    kibana: Field[list[KibanaPayload] | Unset] = Field("kibana", list_of(model("KibanaPayload", "kibana_payload")))
    """ A list of payloads for Kibana creation. """
    apm: Field[list[ApmPayload] | Unset] = Field("apm", list_of(model("ApmPayload", "apm_payload")))
    """ A list of payloads for APM creation. WARNING: For stack versions 8.0.0 and higher the integrations_server
    payload should be used instead, as this field becomes deprecated. """
    appsearch: Field[list[AppSearchPayload] | Unset] = Field(
        "appsearch", list_of(model("AppSearchPayload", "app_search_payload"))
    )
    """ A list of payloads for AppSearch updates. AppSearch has been replaced by Enterprise Search in the Elastic
    Stack 7.7 and higher. """
    enterprise_search: Field[list[EnterpriseSearchPayload] | Unset] = Field(
        "enterprise_search", list_of(model("EnterpriseSearchPayload", "enterprise_search_payload"))
    )
    """ A list of payloads for Enterprise Search creation. """
    integrations_server: Field[list[IntegrationsServerPayload] | Unset] = Field(
        "integrations_server", list_of(model("IntegrationsServerPayload", "integrations_server_payload"))
    )
    """ A list of payloads for Integrations Server creation. """

    def __init__(
        self,
        *,
        elasticsearch: list[ElasticsearchPayload] | Unset = UNSET,
        kibana: list[KibanaPayload] | Unset = UNSET,
        apm: list[ApmPayload] | Unset = UNSET,
        appsearch: list[AppSearchPayload] | Unset = UNSET,
        enterprise_search: list[EnterpriseSearchPayload] | Unset = UNSET,
        integrations_server: list[IntegrationsServerPayload] | Unset = UNSET,
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
