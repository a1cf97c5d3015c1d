"""The user's say over the HTTP transport: a proxy, connection-pool limits, trust_env, or their own httpx client.

`transport_options` is the one place these client options are read and checked. With
``http_client=`` the SDK sends its requests through the caller's client and never closes it:
each request gets the SDK's base URL (absolute), headers, auth, timeout and no redirects; the
caller's client keeps its own pool, proxy, TLS, limits and event hooks.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._errors import ConfigError


class TransportOptions:
    """How a client reaches ECE: its own pool (`proxy`, `limits`, `trust_env`), or the caller's `http_client`."""

    __slots__ = ("proxy", "limits", "trust_env", "http_client")

    def __init__(
        self,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        trust_env: bool = True,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
    ) -> None:
        self.proxy = proxy
        self.limits = limits
        self.trust_env = trust_env
        self.http_client = http_client

    def pool_settings(self) -> dict[str, Any]:
        """Keyword arguments of the httpx client the SDK makes (none when the caller brought one)."""
        settings: dict[str, Any] = {"trust_env": self.trust_env}
        if self.proxy is not None:
            settings["proxy"] = self.proxy
        if self.limits is not None:
            settings["limits"] = self.limits
        return settings


def transport_options(
    *,
    proxy: object,
    limits: object,
    trust_env: object,
    http_client: object,
    client_type: type[httpx.Client] | type[httpx.AsyncClient] | None,
    pool_options_given: list[str],
) -> TransportOptions:
    """Check the transport options; `client_type` is the httpx client class `http_client` must be (None when
    the options are checked before the client kind is known) and `pool_options_given` names the other options
    passed that only the SDK's own pool can honour (verify=, transport=, ...)."""
    if proxy is not None:
        if not isinstance(proxy, (str, httpx.URL, httpx.Proxy)):
            raise ConfigError(f"proxy must be a URL (str or httpx.URL) or httpx.Proxy; got {type(proxy).__name__}")
        url = proxy.url if isinstance(proxy, httpx.Proxy) else proxy
        try:
            scheme = httpx.URL(str(url)).scheme
        except (httpx.InvalidURL, ValueError, TypeError):
            raise ConfigError("proxy is not a valid URL") from None
        if scheme not in ("http", "https", "socks5", "socks5h"):
            raise ConfigError(f"proxy must be an http://, https:// or socks5:// URL; got scheme {scheme!r}")
    if limits is not None and not isinstance(limits, httpx.Limits):
        raise ConfigError(f"limits must be httpx.Limits(...); got {type(limits).__name__}")
    if not isinstance(trust_env, bool):
        raise ConfigError(f"trust_env must be True or False; got {trust_env!r}")
    if http_client is not None:
        if client_type is not None and not isinstance(http_client, client_type):
            raise ConfigError(
                f"http_client must be an {client_type.__module__}.{client_type.__name__} for this client; "
                f"got {type(http_client).__name__}"
            )
        given = [*pool_options_given, *(["proxy"] if proxy is not None else []), *(["limits"] if limits else [])]
        if not trust_env:
            given.append("trust_env")
        if given:
            raise ConfigError(
                f"http_client= brings its own connection settings: set {', '.join(given)} on that httpx client, "
                "not on the ECE client"
            )
        if isinstance(http_client, (httpx.Client, httpx.AsyncClient)) and http_client.is_closed:
            raise ConfigError("http_client is closed")
    return TransportOptions(proxy, limits, trust_env, http_client)  # type: ignore[arg-type]
