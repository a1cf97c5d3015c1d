from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stack_version_apm_config import StackVersionApmConfig
    from ..models.stack_version_app_search_config import StackVersionAppSearchConfig
    from ..models.stack_version_elasticsearch_config import StackVersionElasticsearchConfig
    from ..models.stack_version_enterprise_search_config import StackVersionEnterpriseSearchConfig
    from ..models.stack_version_integrations_server_config import StackVersionIntegrationsServerConfig
    from ..models.stack_version_kibana_config import StackVersionKibanaConfig
    from ..models.stack_version_metadata import StackVersionMetadata


class StackVersionConfigPost(Model):
    """The configuration for an Elastic Stack version.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    elasticsearch: Field[StackVersionElasticsearchConfig] = Field(
        "elasticsearch", model("StackVersionElasticsearchConfig", "stack_version_elasticsearch_config"), required=True
    )
    """ The Elasticsearch configuration for an Elastic Stack version. """
    kibana: Field[StackVersionKibanaConfig] = Field(
        "kibana", model("StackVersionKibanaConfig", "stack_version_kibana_config"), required=True
    )
    """ The Kibana configuration for an Elastic Stack version. """
    apm: Field[StackVersionApmConfig | Unset] = Field("apm", model("StackVersionApmConfig", "stack_version_apm_config"))
    """ The APM Server configuration for an Elastic Stack version. """
    integrations_server: Field[StackVersionIntegrationsServerConfig | Unset] = Field(
        "integrations_server", model("StackVersionIntegrationsServerConfig", "stack_version_integrations_server_config")
    )
    """ The Integrations Server configuration for an Elastic Stack version. """
    appsearch: Field[StackVersionAppSearchConfig | Unset] = Field(
        "appsearch", model("StackVersionAppSearchConfig", "stack_version_app_search_config")
    )
    """ AppSearch related configuration of an Elastic Stack version """
    enterprise_search: Field[StackVersionEnterpriseSearchConfig | Unset] = Field(
        "enterprise_search", model("StackVersionEnterpriseSearchConfig", "stack_version_enterprise_search_config")
    )
    """ EnterpriseSearch related configuration of an Elastic Stack version """
    metadata: Field[StackVersionMetadata | Unset] = Field(
        "metadata", model("StackVersionMetadata", "stack_version_metadata")
    )
    """ The metadata for the Elastic Stack. """

    def __init__(
        self,
        *,
        elasticsearch: StackVersionElasticsearchConfig,
        kibana: StackVersionKibanaConfig,
        apm: StackVersionApmConfig | Unset = UNSET,
        integrations_server: StackVersionIntegrationsServerConfig | Unset = UNSET,
        appsearch: StackVersionAppSearchConfig | Unset = UNSET,
        enterprise_search: StackVersionEnterpriseSearchConfig | Unset = UNSET,
        metadata: StackVersionMetadata | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            elasticsearch=elasticsearch,
            kibana=kibana,
            apm=apm,
            integrations_server=integrations_server,
            appsearch=appsearch,
            enterprise_search=enterprise_search,
            metadata=metadata,
        )
