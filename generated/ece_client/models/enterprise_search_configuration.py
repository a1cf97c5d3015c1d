from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enterprise_search_configuration_user_settings_json import (
        EnterpriseSearchConfigurationUserSettingsJson,
    )
    from ..models.enterprise_search_configuration_user_settings_override_json import (
        EnterpriseSearchConfigurationUserSettingsOverrideJson,
    )
    from ..models.enterprise_search_system_settings import EnterpriseSearchSystemSettings


class EnterpriseSearchConfiguration(Model):
    """Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    version: Field[str | Unset] = Field("version", STR)
    """ The version of the Enterprise Search cluster (must be one of the ECE supported versions, and won't work
    unless it matches the Elasticsearch version. Leave blank to auto-detect version.) """
    docker_image: Field[str | Unset] = Field("docker_image", STR)
    """ A docker URI that allows overriding of the default docker image specified for this version """
    system_settings: Field[EnterpriseSearchSystemSettings | Unset] = Field(
        "system_settings", model("EnterpriseSearchSystemSettings", "enterprise_search_system_settings")
    )
    """ This structure defines a curated subset of the Enterprise Search settings. (This field together with
    'user_settings_override*' and  'user_settings*' defines the total set of Enterprise Search settings) """
    user_settings_json: Field[EnterpriseSearchConfigurationUserSettingsJson | Unset] = Field(
        "user_settings_json",
        model("EnterpriseSearchConfigurationUserSettingsJson", "enterprise_search_configuration_user_settings_json"),
    )
    """ An arbitrary JSON object allowing (non-admin) cluster owners to set their parameters (only one of this and
    'user_settings_yaml' is allowed), provided the parameters are on the allowlist and not on the denylist.
    (This field together with 'user_settings_override*' and 'system_settings' defines the total set of
    Enterprise Search settings) """
    user_settings_yaml: Field[str | Unset] = Field("user_settings_yaml", STR)
    """ An arbitrary YAML object allowing (non-admin) cluster owners to set their parameters (only one of this and
    'user_settings_json' is allowed), provided the parameters are on the allowlist and not on the denylist.
    (This field together with 'user_settings_override*' and 'system_settings' defines the total set of
    Enterprise Search settings) """
    user_settings_override_json: Field[EnterpriseSearchConfigurationUserSettingsOverrideJson | Unset] = Field(
        "user_settings_override_json",
        model(
            "EnterpriseSearchConfigurationUserSettingsOverrideJson",
            "enterprise_search_configuration_user_settings_override_json",
        ),
    )
    """ An arbitrary JSON object allowing ECE admins to set clusters' parameters (only one of this and
    'user_settings_override_yaml' is allowed), i.e. in addition to the documented 'system_settings'. (This field
    together with 'system_settings' and 'user_settings*' defines the total set of Enterprise Search settings) """
    user_settings_override_yaml: Field[str | Unset] = Field("user_settings_override_yaml", STR)
    """ An arbitrary YAML object allowing ECE admins to set clusters' parameters (only one of this and
    'user_settings_override_json' is allowed), i.e. in addition to the documented 'system_settings'. (This field
    together with 'system_settings' and 'user_settings*' defines the total set of Enterprise Search settings) """

    def __init__(
        self,
        *,
        version: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        system_settings: EnterpriseSearchSystemSettings | Unset = UNSET,
        user_settings_json: EnterpriseSearchConfigurationUserSettingsJson | Unset = UNSET,
        user_settings_yaml: str | Unset = UNSET,
        user_settings_override_json: EnterpriseSearchConfigurationUserSettingsOverrideJson | Unset = UNSET,
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
