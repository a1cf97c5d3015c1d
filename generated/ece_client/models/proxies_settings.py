from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.proxies_http_settings import ProxiesHttpSettings


class ProxiesSettings(Model):
    """> WARNING
    > This object is deprecated and scheduled to be removed in the next major version.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    expected_proxies_count: Field[int] = Field("expected_proxies_count", INT, required=True)
    """ Expected number of proxies """
    signature_secret: Field[str] = Field("signature_secret", STR, required=True)
    """ Secret string for signature generation """
    signature_valid_for_millis: Field[int] = Field("signature_valid_for_millis", INT, required=True)
    """ Signature validity in milliseconds """
    http_settings: Field[ProxiesHttpSettings] = Field(
        "http_settings", model("ProxiesHttpSettings", "proxies_http_settings"), required=True
    )
    """ HTTP settings """

    def __init__(
        self,
        *,
        expected_proxies_count: int,
        signature_secret: str,
        signature_valid_for_millis: int,
        http_settings: ProxiesHttpSettings,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            expected_proxies_count=expected_proxies_count,
            signature_secret=signature_secret,
            signature_valid_for_millis=signature_valid_for_millis,
            http_settings=http_settings,
        )
