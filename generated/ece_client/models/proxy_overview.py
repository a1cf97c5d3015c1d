from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._model import INT, Field, Model, list_of, model

if TYPE_CHECKING:
    from ..models.proxies_settings import ProxiesSettings
    from ..models.proxy_info import ProxyInfo


class ProxyOverview(Model):
    """Information about all of the proxies.

    Fields decode on first read; `to_dict()` gives back the JSON as received, with any changes."""

    __slots__ = ()

    proxies_count: Field[int] = Field("proxies_count", INT, required=True)
    """ Number of proxies """
    settings: Field[ProxiesSettings] = Field("settings", model("ProxiesSettings", "proxies_settings"), required=True)
    """ Settings """
    proxies: Field[list[ProxyInfo]] = Field("proxies", list_of(model("ProxyInfo", "proxy_info")), required=True)
    """ Proxies """

    def __init__(
        self,
        *,
        proxies_count: int,
        settings: ProxiesSettings,
        proxies: list[ProxyInfo],
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            additional_properties,
            proxies_count=proxies_count,
            settings=settings,
            proxies=proxies,
        )
