from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import Model

if TYPE_CHECKING:
    pass


class KibanaConfigurationUserSettingsJson(Model):
    """An arbitrary JSON object allowing (non-admin) cluster owners to set their parameters (only one of this and
    'user_settings_yaml' is allowed), provided the parameters are on the allowlist and not on the denylist. (This
    field together with 'user_settings_override*' and 'system_settings' defines the total set of Kibana settings)

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    def __init__(
        self,
        **additional_properties: Any,
    ) -> None:
        super().__init__(
            additional_properties,
        )
