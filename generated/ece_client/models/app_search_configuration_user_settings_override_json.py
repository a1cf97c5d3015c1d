from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import Model

if TYPE_CHECKING:
    pass


class AppSearchConfigurationUserSettingsOverrideJson(Model):
    """An arbitrary JSON object allowing ECE admins owners to set clusters' parameters (only one of this and
    'user_settings_override_yaml' is allowed), ie in addition to the documented 'system_settings'. (This field
    together with 'system_settings' and 'user_settings*' defines the total set of AppSearch settings)

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    def __init__(
        self,
        **additional_properties: Any,
    ) -> None:
        super().__init__(
            additional_properties,
        )
