from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import BOOL, STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stack_version_apm_config import StackVersionApmConfig
    from ..models.stack_version_app_search_config import StackVersionAppSearchConfig
    from ..models.stack_version_elasticsearch_config import StackVersionElasticsearchConfig
    from ..models.stack_version_enterprise_search_config import StackVersionEnterpriseSearchConfig
    from ..models.stack_version_kibana_config import StackVersionKibanaConfig
    from ..models.stack_version_metadata import StackVersionMetadata
    from ..models.stack_version_template_info import StackVersionTemplateInfo


class StackVersionConfig(Model):
    """The details for an Elastic Stack configuration.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    template: Field[StackVersionTemplateInfo] = Field(
        "template", model("StackVersionTemplateInfo", "stack_version_template_info"), required=True
    )
    """ The template information for an Elastic Stack version. """
    elasticsearch: Field[StackVersionElasticsearchConfig] = Field(
        "elasticsearch", model("StackVersionElasticsearchConfig", "stack_version_elasticsearch_config"), required=True
    )
    """ The Elasticsearch configuration for an Elastic Stack version. """
    kibana: Field[StackVersionKibanaConfig] = Field(
        "kibana", model("StackVersionKibanaConfig", "stack_version_kibana_config"), required=True
    )
    """ The Kibana configuration for an Elastic Stack version. """
    upgradable_to: Field[list[str]] = Field("upgradable_to", list_of(STR), required=True)
    """ Stack Versions that this version can upgrade to """
    version: Field[str | Unset] = Field("version", STR)
    """ Stack version """
    apm: Field[StackVersionApmConfig | Unset] = Field("apm", model("StackVersionApmConfig", "stack_version_apm_config"))
    """ The APM Server configuration for an Elastic Stack version. """
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
    deleted: Field[bool | Unset] = Field("deleted", BOOL)
    """ Identifies that the Elastic Stack version is marked for deletion """
    min_upgradable_from: Field[str | Unset] = Field("min_upgradable_from", STR)
    """ The minimum version recommended to upgrade this version. """
    whitelisted: Field[bool | Unset] = Field("whitelisted", BOOL)
    """ Whether or not this version is whitelisted. This is only relevant in EC (SaaS) and is not sent in ECE. """
    accessible: Field[bool | Unset] = Field("accessible", BOOL)
    """ Whether or not this version is accessible by the calling user. This is only relevant in EC (SaaS) and is not
    sent in ECE. """

    def __init__(
        self,
        *,
        template: StackVersionTemplateInfo,
        elasticsearch: StackVersionElasticsearchConfig,
        kibana: StackVersionKibanaConfig,
        upgradable_to: list[str],
        version: str | Unset = UNSET,
        apm: StackVersionApmConfig | Unset = UNSET,
        appsearch: StackVersionAppSearchConfig | Unset = UNSET,
        enterprise_search: StackVersionEnterpriseSearchConfig | Unset = UNSET,
        metadata: StackVersionMetadata | Unset = UNSET,
        deleted: bool | Unset = UNSET,
        min_upgradable_from: str | Unset = UNSET,
        whitelisted: bool | Unset = UNSET,
        accessible: bool | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            template=template,
            elasticsearch=elasticsearch,
            kibana=kibana,
            upgradable_to=upgradable_to,
            version=version,
            apm=apm,
            appsearch=appsearch,
            enterprise_search=enterprise_search,
            metadata=metadata,
            deleted=deleted,
            min_upgradable_from=min_upgradable_from,
            whitelisted=whitelisted,
            accessible=accessible,
        )
