from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, list_of, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.elasticsearch_configuration_node_attributes import ElasticsearchConfigurationNodeAttributes
    from ..models.elasticsearch_configuration_user_settings_json import ElasticsearchConfigurationUserSettingsJson
    from ..models.elasticsearch_configuration_user_settings_override_json import (
        ElasticsearchConfigurationUserSettingsOverrideJson,
    )
    from ..models.elasticsearch_curation import ElasticsearchCuration
    from ..models.elasticsearch_system_settings import ElasticsearchSystemSettings
    from ..models.elasticsearch_user_bundle import ElasticsearchUserBundle
    from ..models.elasticsearch_user_plugin import ElasticsearchUserPlugin


class ElasticsearchConfiguration(Model):
    """The Elasticsearch cluster settings. When specified at the top level, provides a field-by-field default. When
    specified at the topology level, provides the override settings.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    version: Field[str | Unset] = Field("version", STR)
    """ The version of the Elasticsearch cluster (must be one of the ECE supported versions). Currently cannot be
    different across the topology (and is generally specified in the globals). Defaults to the latest version if
    not specified. """
    docker_image: Field[str | Unset] = Field("docker_image", STR)
    """ A docker URI that allows overriding of the default docker image specified for this version """
    system_settings: Field[ElasticsearchSystemSettings | Unset] = Field(
        "system_settings", model("ElasticsearchSystemSettings", "elasticsearch_system_settings")
    )
    """ A subset of Elasticsearch settings. TIP: To define the complete set of Elasticsearch settings, use
    `ElasticsearchSystemSettings` with `user_settings_override*` and `user_settings*`. """
    user_settings_json: Field[ElasticsearchConfigurationUserSettingsJson | Unset] = Field(
        "user_settings_json",
        model("ElasticsearchConfigurationUserSettingsJson", "elasticsearch_configuration_user_settings_json"),
    )
    """ An arbitrary JSON object allowing cluster owners to set their parameters (only one of this and
    'user_settings_yaml' is allowed), provided the parameters arey are on the allowlist and not on the denylist.
    NOTES: (This field together with 'user_settings_override*' and 'system_settings' defines the total set of
    Elasticsearch settings) """
    user_settings_yaml: Field[str | Unset] = Field("user_settings_yaml", STR)
    """ An arbitrary YAML object allowing cluster owners to set their parameters (only one of this and
    'user_settings_json' is allowed), provided the parameters arey are on the allowlist and not on the denylist.
    NOTES: (This field together with 'user_settings_override*' and 'system_settings' defines the total set of
    Elasticsearch settings) """
    user_settings_override_json: Field[ElasticsearchConfigurationUserSettingsOverrideJson | Unset] = Field(
        "user_settings_override_json",
        model(
            "ElasticsearchConfigurationUserSettingsOverrideJson",
            "elasticsearch_configuration_user_settings_override_json",
        ),
    )
    """ An arbitrary JSON object allowing ECE admins owners to set clusters' parameters (only one of this and
    'user_settings_override_yaml' is allowed), ie in addition to the documented 'system_settings'. NOTES: (This
    field together with 'system_settings' and 'user_settings*' defines the total set of Elasticsearch settings) """
    user_settings_override_yaml: Field[str | Unset] = Field("user_settings_override_yaml", STR)
    """ An arbitrary YAML object allowing ECE admins owners to set clusters' parameters (only one of this and
    'user_settings_override_json' is allowed), ie in addition to the documented 'system_settings'. NOTES: (This
    field together with 'system_settings' and 'user_settings*' defines the total set of Elasticsearch settings) """
    enabled_built_in_plugins: Field[list[str] | Unset] = Field("enabled_built_in_plugins", list_of(STR))
    """ A list of plugin names from the Elastic-supported subset that are bundled with the version images. NOTES:
    (Users should consult the Elastic stack objects to see what plugins are available, this is currently only
    available from the UI) """
    user_plugins: Field[list[ElasticsearchUserPlugin] | Unset] = Field(
        "user_plugins", list_of(model("ElasticsearchUserPlugin", "elasticsearch_user_plugin"))
    )
    """ A list of admin-uploaded plugin objects that are available for this user. """
    user_bundles: Field[list[ElasticsearchUserBundle] | Unset] = Field(
        "user_bundles", list_of(model("ElasticsearchUserBundle", "elasticsearch_user_bundle"))
    )
    """ A list of admin-uploaded bundle objects (eg scripts, synonym files) that are available for this user. """
    curation: Field[ElasticsearchCuration | Unset] = Field(
        "curation", model("ElasticsearchCuration", "elasticsearch_curation")
    )
    """ Defines the index curation routing for the cluster """
    node_attributes: Field[ElasticsearchConfigurationNodeAttributes | Unset] = Field(
        "node_attributes",
        model("ElasticsearchConfigurationNodeAttributes", "elasticsearch_configuration_node_attributes"),
    )
    """ Defines the Elasticsearch node attributes for the instances in the topology """

    def __init__(
        self,
        *,
        version: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        system_settings: ElasticsearchSystemSettings | Unset = UNSET,
        user_settings_json: ElasticsearchConfigurationUserSettingsJson | Unset = UNSET,
        user_settings_yaml: str | Unset = UNSET,
        user_settings_override_json: ElasticsearchConfigurationUserSettingsOverrideJson | Unset = UNSET,
        user_settings_override_yaml: str | Unset = UNSET,
        enabled_built_in_plugins: list[str] | Unset = UNSET,
        user_plugins: list[ElasticsearchUserPlugin] | Unset = UNSET,
        user_bundles: list[ElasticsearchUserBundle] | Unset = UNSET,
        curation: ElasticsearchCuration | Unset = UNSET,
        node_attributes: ElasticsearchConfigurationNodeAttributes | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            version=version,
            docker_image=docker_image,
            system_settings=system_settings,
            user_settings_json=user_settings_json,
            user_settings_yaml=user_settings_yaml,
            user_settings_override_json=user_settings_override_json,
            user_settings_override_yaml=user_settings_override_yaml,
            enabled_built_in_plugins=enabled_built_in_plugins,
            user_plugins=user_plugins,
            user_bundles=user_bundles,
            curation=curation,
            node_attributes=node_attributes,
        )
