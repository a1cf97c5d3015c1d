"""The clients users hold: `ECE` (sync) and `AsyncECE` (asyncio).

A client owns one httpx connection pool, its credentials (as an httpx auth flow), TLS
settings, timeouts and retry policy. Each operation group (`ece.deployments`, ...) builds a
request with the generated operation module and hands it to `_execute`, which sends it with
retries, raises a typed error for every error status and decodes the body.
"""

from __future__ import annotations

import logging
import os
import ssl
import threading
import time
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import ECE_VERSION
from ._auth import ApiKeyAuth, LoginAuth
from ._config import ConfigError, settings_from_env, settings_from_profile
from ._endpoint import decode_body
from ._errors import (
    AuthenticationError,
    ConnectionError,
    ECEError,
    ResponseDecodeError,
    TimeoutError,
    api_error_from_response,
)
from ._logging import configure_from_env, log_request, log_response, logger
from ._model import ANY
from ._resource import APIResponse, RequestOptions
from ._retry import delay_for, retryable_error, retryable_status
from .api import AsyncGroups, SyncGroups

if TYPE_CHECKING:
    import asyncio

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
API_BASE_PATH = "/api/v1"
USER_AGENT = f"ece-client/{ECE_VERSION} (python)"

_VERSION_CHECK = RequestOptions(max_retries=0)  # a best-effort look: never delays the user's call with retries
_insecure_warned = False
_insecure_lock = threading.Lock()

C = TypeVar("C", bound="_ClientBase")


def _warn_insecure_once() -> None:
    global _insecure_warned
    with _insecure_lock:
        if not _insecure_warned:
            _insecure_warned = True
            logger.warning("TLS certificate verification is off (verify=False): use ca_certs= for a self-signed ECE")


def _base_url(host: str) -> str:
    """The API base from a coordinator URL: https:// by default, /api/v1 appended once."""
    url = host.strip().rstrip("/")
    if "://" not in url:
        url = f"https://{url}"
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigError(f"host must be an http(s) URL of the ECE coordinator, got {host!r}")
    return url if url.endswith(API_BASE_PATH) else url + API_BASE_PATH


def _check_tls_files(verify: bool | str | ssl.SSLContext, *paths: str | None) -> None:
    """Fail at construction on a CA bundle or certificate file that is not there (loading waits for use)."""
    for path in (verify if isinstance(verify, str) else None, *paths):
        if path is not None and not os.path.isfile(path):
            raise ConfigError(f"cannot load CA bundle or certificate {path}: no such file")


def _tls(
    verify: bool | str | ssl.SSLContext, ca_certs: str | None, client_cert: str | None, client_key: str | None
) -> bool | ssl.SSLContext:
    """httpx's `verify` from our TLS settings."""
    if verify is False:
        return False
    if isinstance(verify, ssl.SSLContext):
        context = verify
    else:
        cafile = ca_certs or (verify if isinstance(verify, str) else None)
        if cafile is None:
            import certifi

            cafile = certifi.where()
        try:
            context = ssl.create_default_context(cafile=cafile)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"cannot load CA bundle {cafile}: {exc}") from None
    if client_cert:
        try:
            context.load_cert_chain(client_cert, client_key)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"cannot load client certificate {client_cert}: {exc}") from None
    return context


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _transport_error(error: httpx.TransportError, method: str, url: str) -> ConnectionError:
    kind = TimeoutError if isinstance(error, httpx.TimeoutException) else ConnectionError
    return kind(f"{method} {url}: {type(error).__name__}: {error or 'no response'}")


def _wire_kwargs(base_url: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    """httpx's request arguments, sending the same bytes with less work for httpx.

    A path under the API base becomes the absolute URL (httpx would parse it, then parse
    again to merge it with its base_url), and empty query parameters are left out (httpx
    would rebuild the URL to merge nothing).
    """
    request = dict(kwargs)
    url = request["url"]
    if isinstance(url, str) and url.startswith("/"):
        request["url"] = base_url + url
    if "params" in request and not request["params"]:
        del request["params"]
    return request


async def _async_sleep(seconds: float) -> None:
    import asyncio  # only asyncio users pay for importing it

    await asyncio.sleep(seconds)


class _Attempts:
    """The retry state of one call: what to send, and what to do after each try."""

    def __init__(
        self, client: _ClientBase, kwargs: dict[str, Any], options: RequestOptions | None, retry_safe: bool = False
    ) -> None:
        self.method: str = kwargs["method"].upper()
        self.url: str = kwargs["url"]
        self.retries = client.max_retries if options is None or options.max_retries is None else options.max_retries
        self.opted_in = retry_safe or bool(options and options.retry_non_idempotent)
        self.attempt = 0
        self.request = _wire_kwargs(client.base_url, kwargs)
        self.request["timeout"] = _timeout(
            options.timeout if options and options.timeout is not None else client.timeout
        )
        if options and options.headers:
            self.request["headers"] = {**kwargs.get("headers", {}), **options.headers}

    def after_error(self, error: httpx.RequestError) -> float:
        """Seconds to wait before trying again; raises the SDK's error when there is no retry left."""
        if isinstance(error, httpx.DecodingError):  # a body httpx could not decompress or decode
            raise ResponseDecodeError(
                f"{self.method} {self.url}: the response body cannot be decoded ({error})"
            ) from error
        if not isinstance(error, httpx.TransportError):
            raise ConnectionError(f"{self.method} {self.url}: {type(error).__name__}: {error}") from error
        if self.attempt >= self.retries or not retryable_error(self.method, error, self.opted_in):
            raise _transport_error(error, self.method, self.url) from error
        self.attempt += 1
        delay = delay_for(self.attempt, None)
        logger.warning(
            "retry %d/%d of %s %s in %.2fs after %s",
            self.attempt,
            self.retries,
            self.method,
            self.url,
            delay,
            type(error).__name__,
        )
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        """None when the response is final and good; seconds to wait before a retry; raises APIError."""
        if response.status_code < 400:
            return None
        if self.attempt < self.retries and retryable_status(self.method, response.status_code, self.opted_in):
            self.attempt += 1
            delay = delay_for(self.attempt, response)
            logger.warning(
                "retry %d/%d of %s %s in %.2fs after HTTP %d",
                self.attempt,
                self.retries,
                self.method,
                self.url,
                delay,
                response.status_code,
            )
            return delay
        raise api_error_from_response(response, self.method, str(response.request.url.path))


def _decode(operation: ModuleType, response: httpx.Response, raw: bool) -> Any:
    spec = operation.RESPONSES.get(response.status_code)
    if spec is None:  # an undocumented success status: keep whatever JSON it has
        parsed = decode_body(response, ANY, operation.OPERATION_ID) if response.content.strip() else None
    else:
        parsed = decode_body(response, spec, operation.OPERATION_ID)
    if raw:
        return APIResponse(response.status_code, response.headers, parsed, response)
    return parsed


class _ClientBase:
    """What the sync and async clients share: settings, credentials, TLS, version check."""

    def __init__(
        self,
        host: str | None = None,
        *,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        verify: bool | str | ssl.SSLContext = True,
        ca_certs: str | None = None,
        client_cert: str | None = None,
        client_key: str | None = None,
        headers: dict[str, str] | None = None,
        check_version: bool = True,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    ) -> None:
        configure_from_env()
        if not host:
            raise ConfigError("host is required: the ECE coordinator URL, e.g. https://ece.example:12443")
        if api_key and (username or password):
            raise ConfigError("pass either api_key or username and password, not both")
        if bool(username) != bool(password):
            raise ConfigError("username and password go together")
        if max_retries < 0:
            raise ConfigError("max_retries must be 0 or more")
        self.base_url = _base_url(host)
        self.timeout = _timeout(timeout)
        self.max_retries = max_retries
        self.check_version = check_version
        self._version_checked = False
        self._auth: httpx.Auth | None
        if api_key:
            self._auth = ApiKeyAuth(api_key)
            self._auth_kind = "api_key"
        elif username and password:
            self._auth = LoginAuth(username, password, self.base_url)
            self._auth_kind = f"login as {username!r}"
        else:
            self._auth = None
            self._auth_kind = "none"
        self._http_settings: dict[str, Any] = {
            "base_url": self.base_url,
            "auth": self._auth,
            "timeout": self.timeout,
            "headers": {"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})},
            "follow_redirects": False,
        }
        if transport is not None:
            self._http_settings["transport"] = transport
        _check_tls_files(verify, ca_certs, client_cert, client_key)
        if verify is False:
            _warn_insecure_once()
        self._tls_settings = (verify, ca_certs, client_cert, client_key)
        self._closed = False

    def _httpx_settings(self) -> dict[str, Any]:
        """Settings of the httpx client, made on first use: loading CA certificates costs tens of ms."""
        return {**self._http_settings, "verify": _tls(*self._tls_settings)}

    def _check_open(self) -> None:
        if self._closed:
            raise ECEError(f"{type(self).__name__} is closed: make a new client")

    @classmethod
    def from_env(cls: type[C], **overrides: Any) -> C:
        """A client from ecctl's environment variables (EC_HOST, EC_API_KEY, EC_USER, EC_PASS, ...).

        Keyword arguments override the environment.
        """
        return cls(**{**settings_from_env(), **overrides})

    @classmethod
    def from_ecctl_profile(cls: type[C], name: str = "config", **overrides: Any) -> C:
        """A client from an ecctl profile (~/.ecctl/<name>.json, .yaml or .yml); keyword arguments override it."""
        return cls(**{**settings_from_profile(name), **overrides})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.base_url!r}, auth={self._auth_kind})"

    def _check_server_version(self, version: str) -> None:
        ours, theirs = ECE_VERSION.split(".")[:2], version.split(".")[:2]
        if ours != theirs:
            logger.warning(
                "this ece-client speaks ECE %s, the server runs ECE %s: install the matching SDK with "
                '`pip install "ece-client==%s.*"`',
                ECE_VERSION,
                version,
                ".".join(theirs),
            )

    @staticmethod
    def _platform_version(response: httpx.Response) -> str:
        data = decode_body(response, ANY, "get_platform")
        version = data.get("version") if isinstance(data, dict) else None
        if not isinstance(version, str):
            raise ECEError("the platform info endpoint reported no version")
        return version


class ECE(SyncGroups, _ClientBase):
    """Sync client of the ECE API. Use it as a context manager, or call `close()`.

    >>> with ECE("https://ece.example:12443", api_key="...") as ece:
    ...     deployment = ece.deployments.get_deployment("abc123")
    """

    def __init__(self, host: str | None = None, **settings: Any) -> None:
        super().__init__(host, **settings)
        self._http_client: httpx.Client | None = None
        self._http_lock = threading.Lock()
        self._version_lock = threading.Lock()

    @property
    def _http(self) -> httpx.Client:
        """The connection pool, made on first use (one per client, shared by its threads)."""
        self._check_open()
        client = self._http_client
        if client is None:
            with self._http_lock:
                if self._http_client is None:
                    self._http_client = httpx.Client(
                        **self._httpx_settings(),
                        event_hooks={"request": [log_request], "response": [self._log_response]},
                    )
                client = self._http_client
        return client

    @staticmethod
    def _log_response(response: httpx.Response) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            response.read()
            log_response(response, response.content)
        else:
            log_response(response)

    def request(
        self, method: str, path: str, *, options: RequestOptions | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Send a request to a path under /api/v1 with this client's auth, retries and error handling."""
        return self._send({"method": method, "url": path, **kwargs}, options)

    def _send(self, kwargs: dict[str, Any], options: RequestOptions | None, retry_safe: bool = False) -> httpx.Response:
        attempts = _Attempts(self, kwargs, options, retry_safe)
        while True:
            try:
                response = self._http.request(**attempts.request)
            except httpx.RequestError as error:
                time.sleep(attempts.after_error(error))
                continue
            delay = attempts.after_response(response)
            if delay is None:
                return response
            response.close()
            time.sleep(delay)

    def _execute(self, operation: ModuleType, kwargs: dict[str, Any], options: RequestOptions | None, raw: bool) -> Any:
        if self.check_version and not self._version_checked:
            self._check_version_once()
        return _decode(operation, self._send(kwargs, options, operation.RETRY_SAFE), raw)

    def _check_version_once(self) -> None:
        with self._version_lock:
            if self._version_checked:
                return
            self._version_checked = True
            try:
                self._check_server_version(self.server_version(_VERSION_CHECK))
            except AuthenticationError:
                raise  # the call itself would fail the same way: one login attempt, not two
            except ECEError as exc:
                logger.debug("could not read the server's ECE version: %s", exc)

    def server_version(self, options: RequestOptions | None = None) -> str:
        """The ECE release the server runs (from the platform info endpoint)."""
        return self._platform_version(self._send({"method": "GET", "url": "/platform"}, options))

    def close(self) -> None:
        """Close the connection pool."""
        self._closed = True
        if self._http_client is not None:
            self._http_client.close()

    def __enter__(self) -> ECE:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncECE(AsyncGroups, _ClientBase):
    """Asyncio client of the ECE API. Use it with `async with`, or call `await aclose()`.

    >>> async with AsyncECE("https://ece.example:12443", api_key="...") as ece:
    ...     deployment = await ece.deployments.get_deployment("abc123")
    """

    def __init__(self, host: str | None = None, **settings: Any) -> None:
        super().__init__(host, **settings)
        self._http_client: httpx.AsyncClient | None = None
        self._version_lock: asyncio.Lock | None = None

    @property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool, made on first use (no await in between: no two tasks make one)."""
        self._check_open()
        if self._http_client is None:
            self._http_client = httpx.AsyncClient(
                **self._httpx_settings(),
                event_hooks={"request": [self._log_request], "response": [self._log_response]},
            )
        return self._http_client

    @staticmethod
    async def _log_request(request: httpx.Request) -> None:
        log_request(request)

    @staticmethod
    async def _log_response(response: httpx.Response) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            await response.aread()
            log_response(response, response.content)
        else:
            log_response(response)

    async def request(
        self, method: str, path: str, *, options: RequestOptions | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Send a request to a path under /api/v1 with this client's auth, retries and error handling."""
        return await self._send({"method": method, "url": path, **kwargs}, options)

    async def _send(
        self, kwargs: dict[str, Any], options: RequestOptions | None, retry_safe: bool = False
    ) -> httpx.Response:
        attempts = _Attempts(self, kwargs, options, retry_safe)
        while True:
            try:
                response = await self._http.request(**attempts.request)
            except httpx.RequestError as error:
                await _async_sleep(attempts.after_error(error))
                continue
            delay = attempts.after_response(response)
            if delay is None:
                return response
            await response.aclose()
            await _async_sleep(delay)

    async def _execute(
        self, operation: ModuleType, kwargs: dict[str, Any], options: RequestOptions | None, raw: bool
    ) -> Any:
        if self.check_version and not self._version_checked:
            await self._check_version_once()
        return _decode(operation, await self._send(kwargs, options, operation.RETRY_SAFE), raw)

    async def _check_version_once(self) -> None:
        if self._version_lock is None:
            import asyncio

            self._version_lock = asyncio.Lock()
        async with self._version_lock:
            if self._version_checked:
                return
            self._version_checked = True
            try:
                self._check_server_version(await self.server_version(_VERSION_CHECK))
            except AuthenticationError:
                raise  # the call itself would fail the same way: one login attempt, not two
            except ECEError as exc:
                logger.debug("could not read the server's ECE version: %s", exc)

    async def server_version(self, options: RequestOptions | None = None) -> str:
        """The ECE release the server runs (from the platform info endpoint)."""
        return self._platform_version(await self._send({"method": "GET", "url": "/platform"}, options))

    async def aclose(self) -> None:
        """Close the connection pool."""
        self._closed = True
        if self._http_client is not None:
            await self._http_client.aclose()

    async def __aenter__(self) -> AsyncECE:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
