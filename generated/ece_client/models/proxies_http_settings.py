from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, STR, Field, Model, model

if TYPE_CHECKING:
    from ..models.proxies_sso_settings import ProxiesSSOSettings


class ProxiesHttpSettings(Model):
    """> WARNING
    > This object is deprecated and scheduled to be removed in the next major version.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    disconnected_cutoff: Field[int] = Field("disconnected_cutoff", INT, required=True)
    """ Cutoff interval after disconnection in milliseconds """
    minimum_proxy_services: Field[int] = Field("minimum_proxy_services", INT, required=True)
    """ Minimum number of proxy instances """
    sso_settings: Field[ProxiesSSOSettings] = Field(
        "sso_settings", model("ProxiesSSOSettings", "proxies_sso_settings"), required=True
    )
    """ Settings related to single-sign-on """
    dashboards_base_url: Field[str] = Field("dashboards_base_url", STR, required=True)
    """ Base URL for the dashboard """
    cookie_secret: Field[str] = Field("cookie_secret", STR, required=True)
    """ Secret string for the HTTP cookie """
    user_cookie_key: Field[str] = Field("user_cookie_key", STR, required=True)
    """ User key for the HTTP cookie """

    def __init__(
        self,
        *,
        disconnected_cutoff: int,
        minimum_proxy_services: int,
        sso_settings: ProxiesSSOSettings,
        dashboards_base_url: str,
        cookie_secret: str,
        user_cookie_key: str,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            disconnected_cutoff=disconnected_cutoff,
            minimum_proxy_services=minimum_proxy_services,
            sso_settings=sso_settings,
            dashboards_base_url=dashboards_base_url,
            cookie_secret=cookie_secret,
            user_cookie_key=user_cookie_key,
        )
