from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, enum, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integrations_server_configuration_mode import IntegrationsServerConfigurationMode
    from ..models.integrations_server_configuration_user_settings_json import (
        IntegrationsServerConfigurationUserSettingsJson,
    )
    from ..models.integrations_server_configuration_user_settings_override_json import (
        IntegrationsServerConfigurationUserSettingsOverrideJson,
    )
    from ..models.integrations_server_system_settings import IntegrationsServerSystemSettings


class IntegrationsServerConfiguration(Model):
    """The configuration options for the Integrations Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    version: Field[str | Unset] = Field("version", STR)
    """ The version of the Integrations Server cluster (must be one of the ECE supported versions, and won't work
    unless it matches the Integrations Server version. Leave blank to auto-detect version.) """
    docker_image: Field[str | Unset] = Field("docker_image", STR)
    """ A docker URI that allows overriding of the default docker image specified for this version """
    system_settings: Field[IntegrationsServerSystemSettings | Unset] = Field(
        "system_settings", model("IntegrationsServerSystemSettings", "integrations_server_system_settings")
    )
    """ A structure that defines a curated subset of the Integrations Server settings.
    TIP: To define the complete set of Integrations Server setting, use `IntegrationsSystemSettings` with
    `user_settings_override_` and `user_settings_`. """
    user_settings_json: Field[IntegrationsServerConfigurationUserSettingsJson | Unset] = Field(
        "user_settings_json",
        model(
            "IntegrationsServerConfigurationUserSettingsJson", "integrations_server_configuration_user_settings_json"
        ),
    )
    """ An arbitrary JSON object allowing (non-admin) cluster owners to set their parameters (only one of this and
    'user_settings_yaml' is allowed), provided the parameters are on the allowlist and not on the denylist.
    (This field together with 'user_settings_override*' and 'system_settings' defines the total set of
    Integrations Server settings) """
    user_settings_yaml: Field[str | Unset] = Field("user_settings_yaml", STR)
    """ An arbitrary YAML object allowing (non-admin) cluster owners to set their parameters (only one of this and
    'user_settings_json' is allowed), provided the parameters are on the allowlist and not on the denylist.
    (These field together with 'user_settings_override*' and 'system_settings' defines the total set of
    Integrations Server settings) """
    user_settings_override_json: Field[IntegrationsServerConfigurationUserSettingsOverrideJson | Unset] = Field(
        "user_settings_override_json",
        model(
            "IntegrationsServerConfigurationUserSettingsOverrideJson",
            "integrations_server_configuration_user_settings_override_json",
        ),
    )
    """ An arbitrary JSON object allowing ECE admins owners to set clusters' parameters (only one of this and
    'user_settings_override_yaml' is allowed), ie in addition to the documented 'system_settings'. (This field
    together with 'system_settings' and 'user_settings*' defines the total set of Integrations Server settings) """
    user_settings_override_yaml: Field[str | Unset] = Field("user_settings_override_yaml", STR)
    """ An arbitrary YAML object allowing ECE admins owners to set clusters' parameters (only one of this and
    'user_settings_override_json' is allowed), ie in addition to the documented 'system_settings'. (This field
    together with 'system_settings' and 'user_settings*' defines the total set of Integrations Server settings) """
    mode: Field[IntegrationsServerConfigurationMode | Unset] = Field(
        "mode", enum("IntegrationsServerConfigurationMode", "integrations_server_configuration_mode")
    )
    """ The mode the Integrations Server is operating in. """

    def __init__(
        self,
        *,
        version: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        system_settings: IntegrationsServerSystemSettings | Unset = UNSET,
        user_settings_json: IntegrationsServerConfigurationUserSettingsJson | Unset = UNSET,
        user_settings_yaml: str | Unset = UNSET,
        user_settings_override_json: IntegrationsServerConfigurationUserSettingsOverrideJson | Unset = UNSET,
        user_settings_override_yaml: str | Unset = UNSET,
        mode: IntegrationsServerConfigurationMode | Unset = UNSET,
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
            mode=mode,
        )
