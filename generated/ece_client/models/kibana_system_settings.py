from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import STR, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


class KibanaSystemSettings(Model):
    """A subset of Kibana settings. TIP: To define the complete set of Elasticsearch settings, use
    `KibanaSystemSettings` with `user_settings_override_` and `user_settings_`.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    elasticsearch_url: Field[str | Unset] = Field("elasticsearch_url", STR)
    """ DEPRECATED: Scheduled for removal in a future version of the API.

    Optionally override the URL to which to send data (for advanced users only, if unspecified the system
    selects an internal URL) """
    elasticsearch_username: Field[str | Unset] = Field("elasticsearch_username", STR)
    """ Optionally override the account within Elasticsearch - defaults to a system account that always exists (if
    specified, the password must also be specified). Note that this field is never returned from the API, it is
    write only. """
    elasticsearch_password: Field[str | Unset] = Field("elasticsearch_password", STR)
    """ Optionally override the account within Elasticsearch - defaults to a system account that always exists (if
    specified, the username must also be specified). Note that this field is never returned from the API, it is
    write only. """

    def __init__(
        self,
        *,
        elasticsearch_url: str | Unset = UNSET,
        elasticsearch_username: str | Unset = UNSET,
        elasticsearch_password: str | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            elasticsearch_url=elasticsearch_url,
            elasticsearch_username=elasticsearch_username,
            elasticsearch_password=elasticsearch_password,
        )
