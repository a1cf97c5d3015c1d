from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kibana_configuration_user_settings_json import KibanaConfigurationUserSettingsJson
    from ..models.kibana_configuration_user_settings_override_json import KibanaConfigurationUserSettingsOverrideJson
    from ..models.kibana_system_settings import KibanaSystemSettings


class KibanaConfiguration(Model):
    """The Kibana instance settings. When specified at the top level, provides a field-by-field default. When specified
    at the topology level, provides the override settings.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    version: Field[str | Unset] = Field("version", STR)
    """ The version of the Kibana cluster (must be one of the ECE supported versions, and won't work unless it
    matches the Elasticsearch version. Leave blank to auto-detect version.) """
    docker_image: Field[str | Unset] = Field("docker_image", STR)
    """ A docker URI that allows overriding of the default docker image specified for this version """
    system_settings: Field[KibanaSystemSettings | Unset] = Field(
        "system_settings", model("KibanaSystemSettings", "kibana_system_settings")
    )
    """ A subset of Kibana settings. TIP: To define the complete set of Elasticsearch settings, use
    `KibanaSystemSettings` with `user_settings_override_` and `user_settings_`. """
    user_settings_json: Field[KibanaConfigurationUserSettingsJson | Unset] = Field(
        "user_settings_json", model("KibanaConfigurationUserSettingsJson", "kibana_configuration_user_settings_json")
    )
    """ An arbitrary JSON object allowing (non-admin) cluster owners to set their parameters (only one of this and
    'user_settings_yaml' is allowed), provided the parameters are on the allowlist and not on the denylist.
    (This field together with 'user_settings_override*' and 'system_settings' defines the total set of Kibana
    settings) """
    user_settings_yaml: Field[str | Unset] = Field("user_settings_yaml", STR)
    """ An arbitrary YAML object allowing (non-admin) cluster owners to set their parameters (only one of this and
    'user_settings_json' is allowed), provided the parameters are on the allowlist and not on the denylist.
    (These field together with 'user_settings_override*' and 'system_settings' defines the total set of Kibana
    settings) """
    user_settings_override_json: Field[KibanaConfigurationUserSettingsOverrideJson | Unset] = Field(
        "user_settings_override_json",
        model("KibanaConfigurationUserSettingsOverrideJson", "kibana_configuration_user_settings_override_json"),
    )
    """ An arbitrary JSON object allowing ECE admins owners to set clusters' parameters (only one of this and
    'user_settings_override_yaml' is allowed), ie in addition to the documented 'system_settings'. (This field
    together with 'system_settings' and 'user_settings*' defines the total set of Kibana settings) """
    user_settings_override_yaml: Field[str | Unset] = Field("user_settings_override_yaml", STR)
    """ An arbitrary YAML object allowing ECE admins owners to set clusters' parameters (only one of this and
    'user_settings_override_json' is allowed), ie in addition to the documented 'system_settings'. (This field
    together with 'system_settings' and 'user_settings*' defines the total set of Kibana settings) """

    def __init__(
        self,
        *,
        version: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        system_settings: KibanaSystemSettings | Unset = UNSET,
        user_settings_json: KibanaConfigurationUserSettingsJson | Unset = UNSET,
        user_settings_yaml: str | Unset = UNSET,
        user_settings_override_json: KibanaConfigurationUserSettingsOverrideJson | Unset = UNSET,
        user_settings_override_yaml: str | Unset = UNSET,
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
        )
