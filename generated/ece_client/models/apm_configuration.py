from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model, model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apm_configuration_user_settings_json import ApmConfigurationUserSettingsJson
    from ..models.apm_configuration_user_settings_override_json import ApmConfigurationUserSettingsOverrideJson
    from ..models.apm_system_settings import ApmSystemSettings


class ApmConfiguration(Model):
    """The configuration options for the APM Server.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    version: Field[str | Unset] = Field("version", STR)
    """ The version of the Apm cluster (must be one of the ECE supported versions, and won't work unless it matches
    the APM version. Leave blank to auto-detect version.) """
    docker_image: Field[str | Unset] = Field("docker_image", STR)
    """ A docker URI that allows overriding of the default docker image specified for this version """
    system_settings: Field[ApmSystemSettings | Unset] = Field(
        "system_settings", model("ApmSystemSettings", "apm_system_settings")
    )
    """ A structure that defines a curated subset of the APM Server settings.
    TIP: To define the complete set of APM Server setting, use `ApmSystemSettings` with
    `user_settings_override_` and `user_settings_`. """
    user_settings_json: Field[ApmConfigurationUserSettingsJson | Unset] = Field(
        "user_settings_json", model("ApmConfigurationUserSettingsJson", "apm_configuration_user_settings_json")
    )
    """ An arbitrary JSON object allowing (non-admin) cluster owners to set their parameters (only one of this and
    'user_settings_yaml' is allowed), provided the parameters are on the allowlist and not on the denylist.
    (This field together with 'user_settings_override*' and 'system_settings' defines the total set of Apm
    settings) """
    user_settings_yaml: Field[str | Unset] = Field("user_settings_yaml", STR)
    """ An arbitrary YAML object allowing (non-admin) cluster owners to set their parameters (only one of this and
    'user_settings_json' is allowed), provided the parameters are on the allowlist and not on the denylist.
    (These field together with 'user_settings_override*' and 'system_settings' defines the total set of Apm
    settings) """
    user_settings_override_json: Field[ApmConfigurationUserSettingsOverrideJson | Unset] = Field(
        "user_settings_override_json",
        model("ApmConfigurationUserSettingsOverrideJson", "apm_configuration_user_settings_override_json"),
    )
    """ An arbitrary JSON object allowing ECE admins owners to set clusters' parameters (only one of this and
    'user_settings_override_yaml' is allowed), ie in addition to the documented 'system_settings'. (This field
    together with 'system_settings' and 'user_settings*' defines the total set of Apm settings) """
    user_settings_override_yaml: Field[str | Unset] = Field("user_settings_override_yaml", STR)
    """ An arbitrary YAML object allowing ECE admins owners to set clusters' parameters (only one of this and
    'user_settings_override_json' is allowed), ie in addition to the documented 'system_settings'. (This field
    together with 'system_settings' and 'user_settings*' defines the total set of Apm settings) """

    def __init__(
        self,
        *,
        version: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        system_settings: ApmSystemSettings | Unset = UNSET,
        user_settings_json: ApmConfigurationUserSettingsJson | Unset = UNSET,
        user_settings_yaml: str | Unset = UNSET,
        user_settings_override_json: ApmConfigurationUserSettingsOverrideJson | Unset = UNSET,
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
