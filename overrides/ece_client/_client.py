"""The clients users hold: `ECE` (sync) here and `AsyncECE` (asyncio, in `_async_client`), both on `_ClientBase`.

A client owns one httpx connection pool, its credentials (as an httpx auth flow), TLS
settings, timeouts and retry policy. Each operation group (`ece.deployments`, ...) builds a
request with the generated operation module and hands it to `_execute`, which sends it with
retries, raises a typed error for every error status and decodes the body.
"""

from __future__ import annotations

import copy
import math
import os
import ssl
import sys
import threading
import time
import warnings
import weakref
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import httpx

from . import ECE_VERSION
from ._auth import ApiKeyAuth, check_credential
from ._endpoint import decode_body
from ._errors import (
    ConfigError,
    ECEError,
    ECEWarning,
    ResponseDecodeError,
)
from ._limits import BodyLimits, body_limits, read_body
from ._logging import configure_from_env, log_request, log_response, logger
from ._model import ANY
from ._redact import redact_url
from ._transport import transport_options
from .api import SyncGroups

if TYPE_CHECKING:
    from ._login import LoginAuth
    from ._request_options import RequestOptions
    from ._streaming import StreamedResponse
    from ._transport_errors import ClientClosedError
    from ._transport_errors import TimeoutError as SDKTimeoutError  # a bare TimeoutError here is the built-in

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
API_BASE_PATH = "/api/v1"
USER_AGENT = f"ece-client/{ECE_VERSION} (python)"

_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_insecure_warned = False
_insecure_lock = threading.Lock()


def _given(arguments: dict[str, Any], *not_settings: str) -> dict[str, Any]:
    """The client settings a factory was given: its arguments less `cls`, the others named, and None."""
    skip = {"cls", *not_settings}
    return {name: value for name, value in arguments.items() if name not in skip and value is not None}


def _overridden(found: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """Settings read from the environment or a profile, overridden by those given. A credential kind
    given (``api_key``, or ``username``/``password``) replaces the other kind read, not just its own keys."""
    settings = dict(found)
    if given.get("api_key"):
        settings.pop("username", None)
        settings.pop("password", None)
    elif given.get("username") or given.get("password"):
        settings.pop("api_key", None)
    return {**settings, **given}


_live_clients: weakref.WeakSet[Any] = weakref.WeakSet()
_abandoned: list[Any] = []  # pools a forked child or a new event loop must not close (the sockets are not theirs)


def _track_for_fork(client: Any) -> None:
    _live_clients.add(client)


def _abandon(pool: Any) -> None:
    if pool is not None:
        _abandoned.append(pool)


def _after_fork_in_child() -> None:
    """A forked child never shares the parent's connections: every client opens its own on next use."""
    _abandoned.clear()  # the parent's pools are not ours; dropping them closes no parent socket state
    for client in list(_live_clients):
        client._after_fork_in_child()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _warn_insecure_once() -> None:
    global _insecure_warned
    with _insecure_lock:
        if not _insecure_warned:
            _insecure_warned = True
            _warn("TLS certificate verification is off (verify=False): use ca_certs= for a self-signed ECE")


_warned_versions: set[str] = set()


def _warn(message: str) -> None:
    """A warning users see (`warnings.warn`, category `ECEWarning`; the ``ece_client`` logger has no
    handler unless they add one), pointing at the first caller outside ece-client, and the same log line."""
    logger.warning("%s", message)
    frame, level = sys._getframe(1), 2
    while frame.f_back is not None and str(frame.f_globals.get("__name__", "")).startswith("ece_client"):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, ECEWarning, stacklevel=level)


def _base_url(host: str) -> str:
    """The API base from a coordinator URL: https:// by default, /api/v1 appended once.

    A URL with credentials (``https://user:pw@host``) is refused without echoing them: httpx would
    send them as Basic auth, and the URL shows up in reprs and logs.
    """
    if not isinstance(host, str):
        raise ConfigError(f"host must be a URL string, got {type(host).__name__}")
    url = host.strip().rstrip("/")
    if "://" not in url:
        url = f"https://{url}"
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise ConfigError(f"host is not a valid URL: {redact_url(url)!r}") from None
    if parsed.userinfo:
        raise ConfigError(
            "host must not contain credentials (user:password@): pass api_key=, or username= and password="
        )
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigError(f"host must be an http(s) URL of the ECE coordinator, got {redact_url(host)!r}")
    return url if url.endswith(API_BASE_PATH) else url + API_BASE_PATH


def _check_tls_files(verify: bool | str | ssl.SSLContext, *paths: str | None) -> None:
    """Fail at construction on a CA bundle or certificate file that is not there (loading waits for use)."""
    for path in (verify if isinstance(verify, str) else None, *paths):
        if path is not None and not os.path.isfile(path):
            raise ConfigError(f"cannot load CA bundle or certificate {path}: no such file")


def _env_ca() -> tuple[str | None, str | None]:
    """SSL_CERT_FILE and SSL_CERT_DIR, as httpx and OpenSSL honour them (when they name what exists)."""
    cafile = os.environ.get("SSL_CERT_FILE") or None
    capath = os.environ.get("SSL_CERT_DIR") or None
    return (cafile if cafile and os.path.isfile(cafile) else None, capath if capath and os.path.isdir(capath) else None)


def _tls(
    verify: bool | str | ssl.SSLContext,
    ca_certs: str | None,
    client_cert: str | None,
    client_key: str | None,
    trust_env: bool = True,
) -> bool | ssl.SSLContext:
    """httpx's `verify` from our TLS settings (SSL_CERT_FILE / SSL_CERT_DIR count only if `trust_env`)."""
    if verify is False:
        return False
    if isinstance(verify, ssl.SSLContext):
        context = verify
    else:
        cafile = ca_certs or (verify if isinstance(verify, str) else None)
        capath = None
        if cafile is None and trust_env:
            cafile, capath = _env_ca()
        if cafile is None and capath is None:
            import certifi

            cafile = certifi.where()
        try:
            context = ssl.create_default_context(cafile=cafile, capath=capath)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"cannot load CA bundle {cafile or capath}: {exc}") from None
    if client_cert:
        try:
            context.load_cert_chain(client_cert, client_key)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"cannot load client certificate {client_cert}: {exc}") from None
    return context


def _timeout(value: float | str | httpx.Timeout | None) -> httpx.Timeout:
    """httpx's Timeout from seconds, a duration such as "30s", or a Timeout; None is the default."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ConfigError(f"timeout must be seconds, a duration such as '30s', or httpx.Timeout; got {value!r}")
    if isinstance(value, str):
        from ._config import parse_duration

        seconds = parse_duration(value, "timeout")
    else:
        seconds = float(value)
    if not 0 < seconds < math.inf:  # NaN fails this too
        raise ConfigError(f"timeout must be a finite number of seconds above 0, got {value!r}")
    return httpx.Timeout(seconds)


def _cut_timeout(timeout: httpx.Timeout, remaining: float) -> httpx.Timeout:
    """Each phase's timeout cut to the seconds left before a call's deadline."""

    def cut(value: float | None) -> float:
        return remaining if value is None else min(value, remaining)

    return httpx.Timeout(
        connect=cut(timeout.connect), read=cut(timeout.read), write=cut(timeout.write), pool=cut(timeout.pool)
    )


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
        self,
        client: _ClientBase[Any, Any],
        kwargs: dict[str, Any],
        options: RequestOptions | None,
        retry_safe: bool = False,
        redirect_answers: frozenset[int] = frozenset(),
        retries: int | None = None,
    ) -> None:
        self.method: str = kwargs["method"].upper()
        self.redirect_answers = redirect_answers
        self.url: str = kwargs["url"]
        if retries is None:
            retries = client.max_retries if options is None or options.max_retries is None else options.max_retries
        self.retries = retries
        self.opted_in = retry_safe or bool(options and options.retry_non_idempotent)
        self.attempt = 0
        self.request = _wire_kwargs(client.base_url, kwargs)
        self.timeout = _timeout(options.timeout if options and options.timeout is not None else client.timeout)
        self.request["timeout"] = self.timeout
        self.total = options.total_timeout if options else None
        self.deadline = None if self.total is None else time.monotonic() + self.total
        self.limits: BodyLimits = client._limits.with_max_body_size(options.max_body_size if options else None)
        if client._request_headers or (options and options.headers):
            self.request["headers"] = {
                **client._request_headers,
                **kwargs.get("headers", {}),
                **(options.headers if options else {}),
            }
        url = self.request["url"]
        if client._transport.http_client is not None and not str(url).startswith(("http://", "https://")):
            self.request["url"] = f"{client.base_url}/{url}"  # the caller's httpx client has no base_url of ours

    def before_try(self) -> dict[str, Any]:
        """The keyword arguments of the next try, its timeouts cut to the call's deadline."""
        if self.deadline is None:
            return self.request
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise self.deadline_error()
        return {**self.request, "timeout": _cut_timeout(self.timeout, remaining)}

    def deadline_error(self) -> SDKTimeoutError:
        """The call's deadline passed: named with the full URL, like a timeout of one try, and how to move it."""
        from ._transport_errors import TimeoutError

        url = redact_url(httpx.URL(self.request["url"], params=self.request.get("params")))
        return TimeoutError(
            f"{self.method} {url}: no response within the call's deadline of {self.total:g}s (retries included); "
            "pass request_options=RequestOptions(total_timeout=...) with more seconds, or a longer timeout= "
            "to a plan wait",
            method=self.method,
            url=url,
            timeout=self.total,
            phase="deadline",
        )

    def _wait(self, delay: float) -> float:
        """The delay before a retry, or the deadline error when the retry could not start in time."""
        if self.deadline is not None and time.monotonic() + delay >= self.deadline:
            raise self.deadline_error()
        return delay

    def after_error(self, error: httpx.RequestError) -> float:
        """Seconds to wait before trying again; raises the SDK's error when there is no retry left."""
        if isinstance(error, httpx.DecodingError):  # a body httpx could not decompress or decode
            raise ResponseDecodeError(
                f"{self.method} {self.url}: the response body cannot be decoded ({type(error).__name__})"
            ) from error
        from ._retry import delay_for, retryable_error  # failures only: a successful call needs neither
        from ._transport_errors import transport_error

        sdk_error, retryable = transport_error(error, self.method, self._full_url(error), self.timeout)
        if self.deadline is not None and isinstance(error, httpx.TimeoutException):
            if self.deadline - time.monotonic() <= 0.05:
                raise self.deadline_error() from error
        if (
            not retryable
            or self.attempt >= self.retries
            or not isinstance(error, httpx.TransportError)
            or not retryable_error(self.method, error, self.opted_in)
        ):
            raise sdk_error from error
        self.attempt += 1
        delay = self._wait(delay_for(self.attempt, None))
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

    def _full_url(self, error: httpx.RequestError) -> str:
        try:
            return redact_url(error.request.url)
        except RuntimeError:  # an error raised before the request was made
            return self.url

    def is_answer(self, response: httpx.Response) -> bool:
        """The response is the call's answer (not an error to raise or retry)."""
        return response.status_code < 300 or response.status_code in self.redirect_answers

    def after_response(self, response: httpx.Response) -> float | None:
        """None when the response is a success (2xx); seconds to wait before a retry; raises APIError.

        A 3xx is an error (RedirectError naming the Location): redirects are not followed, and a
        redirect page is not the answer the caller asked for, unless the operation documents that
        redirect as its answer (the SAML and SSO login operations send the browser elsewhere).
        """
        if self.is_answer(response):
            return None
        from ._retry import delay_for, retryable_status

        if self.attempt < self.retries and retryable_status(self.method, response.status_code, self.opted_in):
            self.attempt += 1
            delay = self._wait(delay_for(self.attempt, response))
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
        from ._api_errors import api_error_from_response

        raise api_error_from_response(response, self.method, str(response.request.url.path))


def _redirect_answers(operation: ModuleType) -> frozenset[int]:
    """The 3xx statuses an operation documents as its answer (none but the SAML/SSO logins)."""
    return frozenset(status for status in operation.RESPONSES if 300 <= status < 400)


def _decode(operation: ModuleType, response: httpx.Response, raw: bool) -> Any:
    parsed = operation.parse_response(response)
    if raw:
        from ._api_response import APIResponse

        return APIResponse(response.status_code, response.headers, parsed, response)
    return parsed


PLATFORM_INFO = {"method": "GET", "url": "/platform"}
"""The request that reads the server's release (`server_version()` and the version check)."""


_TransportT = TypeVar("_TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)
_HTTPClientT = TypeVar("_HTTPClientT", httpx.Client, httpx.AsyncClient)


class _ClientBase(Generic[_TransportT, _HTTPClientT]):
    """What the sync and async clients share: settings, credentials, TLS, version check."""

    base_url: str
    """The API's base URL: the coordinator's URL with /api/v1."""
    timeout: httpx.Timeout
    """Each request's timeouts (a call's `RequestOptions(timeout=...)` overrides them)."""
    max_retries: int
    """How many times a failed call is retried (transport errors, 429 and 5xx where safe)."""
    check_version: bool
    """Whether the first call also compares the server's ECE release with this SDK's."""

    def _configure(
        self,
        host: str | None,
        api_key: str | None,
        username: str | None,
        password: str | None,
        timeout: float | str | httpx.Timeout | None,
        max_retries: int,
        verify: bool | str | ssl.SSLContext,
        ca_certs: str | None,
        client_cert: str | None,
        client_key: str | None,
        headers: Mapping[str, str] | None,
        check_version: bool,
        transport: _TransportT | None,
        proxy: str | httpx.URL | httpx.Proxy | None,
        limits: httpx.Limits | None,
        trust_env: bool,
        http_client: _HTTPClientT | None,
        max_body_size: int | None,
        max_decompression_ratio: float | None,
    ) -> None:
        """Check and keep the settings both clients take (their __init__ documents each one)."""
        configure_from_env()
        if not host:
            raise ConfigError("host is required: the ECE coordinator URL, e.g. https://ece.example:12443")
        api_key = check_credential(api_key, "api_key")
        username = check_credential(username, "username")
        password = check_credential(password, "password")
        if api_key and (username or password):
            raise ConfigError("pass either api_key or username and password, not both")
        if bool(username) != bool(password):
            raise ConfigError("username and password go together")
        if not api_key and not username:
            raise ConfigError(
                "credentials are required: pass api_key=, or username= and password= "
                "(from_env() reads EC_API_KEY, or EC_USER and EC_PASS)"
            )
        _check_max_retries(max_retries)
        # How requests travel and how much of a body is read (checked in _transport and _limits).
        given = [name for name, value in (("verify", verify is not True), ("ca_certs", ca_certs),
                 ("client_cert", client_cert), ("transport", transport)) if value]  # fmt: skip
        self._transport = transport_options(
            proxy=proxy,
            limits=limits,
            trust_env=trust_env,
            http_client=http_client,
            client_type=self._HTTPX_CLIENT,
            pool_options_given=given,
        )
        self._limits = body_limits(max_body_size, max_decompression_ratio)
        self.base_url = _base_url(host)
        self.timeout = _timeout(timeout)
        self.max_retries = max_retries
        self.check_version = check_version
        self._version_checked = False
        self._auth: httpx.Auth | None
        self._login: LoginAuth | None = None  # the same object as _auth when logging in
        if api_key:
            self._auth = ApiKeyAuth(api_key)
            self._auth_kind = "api_key"
        elif username and password:
            from ._login import LoginAuth

            self._auth = self._login = LoginAuth(username, password, self.base_url, max_retries=max_retries)
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
        # Headers sent with each request besides the pool's own: all of them on the caller's http_client.
        self._request_headers: dict[str, str] = dict(self._http_settings["headers"]) if http_client else {}
        self._parent: Self | None = None  # the client whose connection pool this one uses (see with_options)

    _HTTPX_CLIENT: ClassVar[type[httpx.Client] | type[httpx.AsyncClient] | None] = None

    @property
    def _owns_pool(self) -> bool:
        """This client made its connection pool (and closes it): not a with_options() copy, no http_client=."""
        return self._parent is None and self._transport.http_client is None

    def with_options(
        self,
        *,
        timeout: float | str | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        max_body_size: int | None = None,
        max_decompression_ratio: float | None = None,
    ) -> Self:
        """A client with other settings that shares this one's connection pool and credentials.

        What is not given stays as it is here; `headers` add to this client's. Closing the new client
        leaves the pool open; closing the client that owns the pool ends both (calls in flight finish).

        Args:
            timeout: Seconds, a duration such as ``"30s"``, or an ``httpx.Timeout``.
            max_retries: Retries of a failed call.
            headers: Headers sent with every request, besides this client's.
            max_body_size: Bytes of a response body read into memory.
            max_decompression_ratio: How many times a compressed body may inflate.

        Raises:
            ece_client.errors.ConfigError: A setting cannot be used.
            ece_client.errors.ClientClosedError: This client is closed.
        """
        self._check_open()
        clone = copy.copy(self)
        clone._parent = self._parent or self
        if timeout is not None:
            clone.timeout = _timeout(timeout)
        if max_retries is not None:
            clone.max_retries = _check_max_retries(max_retries)
        if headers:
            if not isinstance(headers, Mapping):
                raise ConfigError(f"headers must be a mapping of names to values; got {type(headers).__name__}")
            clone._request_headers = {**self._request_headers, **headers}
        clone._limits = body_limits(
            max_body_size if max_body_size is not None else self._limits.max_body_size,
            max_decompression_ratio if max_decompression_ratio is not None else self._limits.max_decompression_ratio,
        )
        return clone

    def _httpx_settings(self) -> dict[str, Any]:
        """Settings of the httpx client, made on first use: loading CA certificates costs tens of ms."""
        trust_env = self._transport.trust_env
        return {
            **self._http_settings,
            **self._transport.pool_settings(),
            "verify": _tls(*self._tls_settings, trust_env=trust_env),
        }

    def _send_arguments(self, kwargs: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """A try's keyword arguments split into `build_request`'s and `send`'s (auth, no redirects)."""
        if self._transport.http_client is None and "auth" not in kwargs and "follow_redirects" not in kwargs:
            return kwargs, {}
        build = dict(kwargs)
        send: dict[str, Any] = {name: build.pop(name) for name in ("auth", "follow_redirects") if name in build}
        if self._transport.http_client is not None:
            send.setdefault("auth", self._auth)
            send.setdefault("follow_redirects", False)
        return build, send

    def _check_open(self) -> None:
        if self._closed:
            from ._transport_errors import ClientClosedError

            raise ClientClosedError(f"{type(self).__name__} is closed: make a new client")

    def _closed_error(self, error: BaseException) -> ClientClosedError:
        from ._transport_errors import ClientClosedError

        return ClientClosedError(f"{type(self).__name__} was closed while this call ran: make a new client")

    def _check_url(self, url: object) -> None:
        """`request()` takes a path under the API base, or a URL on this client's own host: never another host,
        which would receive the credentials."""
        if isinstance(url, str) and "://" not in url and not url.startswith("//"):
            return
        target, base = httpx.URL(str(url)), httpx.URL(self.base_url)
        if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
            raise ValueError(
                "request() sends this client's credentials, so it takes a path under /api/v1 (such as "
                f"'/deployments') or a URL on {base.scheme}://{base.netloc.decode()}, not {redact_url(target)!r}"
            )

    @classmethod
    def from_env(
        cls,
        *,
        host: str | None = None,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        timeout: float | str | httpx.Timeout | None = None,
        max_retries: int | None = None,
        verify: bool | str | ssl.SSLContext | None = None,
        ca_certs: str | None = None,
        client_cert: str | None = None,
        client_key: str | None = None,
        headers: Mapping[str, str] | None = None,
        check_version: bool | None = None,
        transport: _TransportT | None = None,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        trust_env: bool | None = None,
        http_client: _HTTPClientT | None = None,
        max_body_size: int | None = None,
        max_decompression_ratio: float | None = None,
    ) -> Self:
        """A client from ecctl's environment variables (EC_HOST, EC_API_KEY, EC_USER, EC_PASS,
        EC_INSECURE, EC_TIMEOUT, EC_CA_CERTS).

        Args: those of the client's constructor; each one given (not None) overrides the environment,
            and a credential given (``api_key=``, or ``username=``/``password=``) replaces the other kind
            set there.
        """
        given = _given(locals())
        from ._config import settings_from_env

        settings = _overridden(settings_from_env(), given)
        if not settings.get("host"):
            raise ConfigError("host is required: set EC_HOST (or pass host=) to the ECE coordinator URL")
        if not (settings.get("api_key") or settings.get("username")):
            raise ConfigError("credentials are required: set EC_API_KEY, or EC_USER and EC_PASS")
        return cls(**settings)

    @classmethod
    def from_ecctl_profile(
        cls,
        name: str = "config",
        *,
        host: str | None = None,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        timeout: float | str | httpx.Timeout | None = None,
        max_retries: int | None = None,
        verify: bool | str | ssl.SSLContext | None = None,
        ca_certs: str | None = None,
        client_cert: str | None = None,
        client_key: str | None = None,
        headers: Mapping[str, str] | None = None,
        check_version: bool | None = None,
        transport: _TransportT | None = None,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        trust_env: bool | None = None,
        http_client: _HTTPClientT | None = None,
        max_body_size: int | None = None,
        max_decompression_ratio: float | None = None,
    ) -> Self:
        """A client from an ecctl profile: ~/.ecctl/<name>.json, .yaml or .yml (keys host, api_key,
        user, pass, insecure, timeout, ca_certs).

        Args: `name`, then those of the client's constructor; each one given (not None) overrides the
            profile, and a credential given (``api_key=``, or ``username=``/``password=``) replaces the
            other kind the profile has.
        """
        given = _given(locals(), "name")
        from ._config import profile_path, settings_from_profile

        settings = _overridden(settings_from_profile(name), given)
        source = f"ecctl profile {profile_path(name)}"
        if not settings.get("host"):
            raise ConfigError(f"host is required: {source} has no `host` (and no host= was passed)")
        if not (settings.get("api_key") or settings.get("username")):
            raise ConfigError(f"credentials are required: {source} has no `api_key`, or `user` and `pass`")
        return cls(**settings)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.base_url!r}, auth={self._auth_kind})"

    def _check_server_version(self, version: str) -> None:
        ours, theirs = ECE_VERSION.split(".")[:2], version.split(".")[:2]
        if ours != theirs:
            message = (
                f"this ece-client speaks ECE {ECE_VERSION}, the server runs ECE {version}: install the matching "
                f'SDK with `pip install "ece-client=={".".join(theirs)}.*"`'
            )
            with _insecure_lock:
                first = version not in _warned_versions
                _warned_versions.add(version)
            if first:
                _warn(message)
            else:
                logger.warning("%s", message)

    @staticmethod
    def _platform_version(response: httpx.Response) -> str:
        data = decode_body(response, ANY, "get_platform")
        version = data.get("version") if isinstance(data, dict) else None
        if not isinstance(version, str):
            raise ECEError("the platform info endpoint reported no version")
        return version


def _check_max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"max_retries must be a whole number, 0 or more; got {value!r}")
    return value


class ECE(SyncGroups, _ClientBase[httpx.BaseTransport, httpx.Client]):
    """Sync client of the ECE API. Use it as a context manager, or call `close()`.

    >>> with ECE("https://ece.example:12443", api_key="...") as ece:
    ...     deployment = ece.deployments.get_deployment("abc123")
    """

    _HTTPX_CLIENT = httpx.Client

    def __init__(
        self,
        host: str | None = None,
        *,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        timeout: float | str | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        verify: bool | str | ssl.SSLContext = True,
        ca_certs: str | None = None,
        client_cert: str | None = None,
        client_key: str | None = None,
        headers: Mapping[str, str] | None = None,
        check_version: bool = True,
        transport: httpx.BaseTransport | None = None,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        trust_env: bool = True,
        http_client: httpx.Client | None = None,
        max_body_size: int | None = None,
        max_decompression_ratio: float | None = None,
    ) -> None:
        """A client of the ECE coordinator at `host`; nothing is sent before the first call.

        Args:
            host: The coordinator's URL, e.g. ``https://ece.example:12443`` (https:// if no scheme;
                /api/v1 is appended).
            api_key: An ECE API key (sent as ``Authorization: ApiKey ...``).
            username: A user to log in as (with `password`): the session token is refreshed as needed.
            password: The password of `username`.
            timeout: Seconds, a duration such as ``"30s"``, or an ``httpx.Timeout``; default 60 s
                (10 s to connect).
            max_retries: Retries of a failed call (transport errors, 429 and 5xx where safe); default 2.
            verify: Verify the server's TLS certificate (default); False to not verify (warned once),
                a CA bundle's path, or an ``ssl.SSLContext``.
            ca_certs: A CA bundle (PEM file) for an ECE with a self-signed certificate.
            client_cert: A client certificate (PEM file) for mutual TLS.
            client_key: The private key of `client_cert`, if not in the same file.
            headers: Headers sent with every request.
            check_version: Compare the server's ECE release with this SDK's after the first call (a
                warning on mismatch); default True.
            transport: An httpx transport to send requests through (tests, custom networking).
            proxy: A proxy for every request (``http://``, ``https://`` or ``socks5://`` URL, or an
                ``httpx.Proxy`` with its own credentials); by default the ``HTTPS_PROXY``/``NO_PROXY``
                environment variables apply (see `trust_env`).
            limits: The connection pool's limits, an ``httpx.Limits`` (max connections, keep-alive).
            trust_env: Read proxy settings and ``SSL_CERT_FILE``/``SSL_CERT_DIR`` from the environment
                (default True); False ignores them.
            http_client: Your own ``httpx.Client``: requests go through it with this client's base URL,
                credentials, headers, timeouts, retries and logging; its pool, proxy, TLS and limits are
                yours, and the SDK never closes it (so ``verify``, ``ca_certs``, ``client_cert``,
                ``transport``, ``proxy``, ``limits`` and ``trust_env`` cannot be given with it).
            max_body_size: Bytes of a response body read into memory (default 256 MB), checked while
                reading: past it `ResponseTooLargeError`. Downloads can stream instead.
            max_decompression_ratio: How many times a compressed body may inflate (default 200), checked
                while decompressing: past it `ResponseTooLargeError`.

        Raises:
            ece_client.errors.ConfigError: A setting cannot be used (missing credentials, bad URL, ...).
        """
        self._configure(
            host,
            api_key,
            username,
            password,
            timeout,
            max_retries,
            verify,
            ca_certs,
            client_cert,
            client_key,
            headers,
            check_version,
            transport,
            proxy,
            limits,
            trust_env,
            http_client,
            max_body_size,
            max_decompression_ratio,
        )
        self._http_client: httpx.Client | None = http_client
        self._http_lock = threading.Lock()
        self._calls_in_flight = 0  # guarded by _http_lock: close() leaves the pool to the last of them
        self._version_lock = threading.Lock()
        _track_for_fork(self)

    def _after_fork_in_child(self) -> None:
        """In a forked child: new locks, and a new pool on next use (the parent's sockets are not ours)."""
        if self._owns_pool:  # a caller's http_client stays theirs to manage
            _abandon(self._http_client)
            self._http_client = None
        self._http_lock = threading.Lock()
        self._calls_in_flight = 0
        self._version_lock = threading.Lock()
        if self._login is not None:
            self._login.after_fork()

    @property
    def _http(self) -> httpx.Client:
        """The connection pool, made on first use (one per client, shared by its threads and its
        `with_options` copies); the caller's own with ``http_client=``."""
        self._check_open()
        if self._parent is not None:
            return self._parent._http
        client = self._http_client
        if client is None:
            with self._http_lock:
                if self._http_client is None:
                    self._http_client = httpx.Client(
                        **self._httpx_settings(),
                        event_hooks={"request": [log_request], "response": [log_response]},
                    )
                client = self._http_client
        return client

    def _open(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send one try and return the response with its body not read yet."""
        http = self._http
        build, send = self._send_arguments(kwargs)
        request = http.build_request(**build)
        if self._transport.http_client is None:
            return http.send(request, stream=True, **send)
        log_request(request)  # the caller's client has its own hooks, not ours
        response = http.send(request, stream=True, **send)
        log_response(response)
        return response

    def request(
        self, method: str, path: str, *, options: RequestOptions | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Send a request to a path under /api/v1 with this client's auth, retries and error handling.

        Absolute URLs must point at this client's host: the request carries its credentials.
        """
        self._check_url(path)
        return self._send({"method": method, "url": path, **kwargs}, options)

    def stream(
        self, method: str, path: str, *, options: RequestOptions | None = None, **kwargs: Any
    ) -> StreamedResponse:
        """`request()` whose body is not read: use it in a ``with`` block and iterate ``iter_bytes()``,
        or ``write_to(path)``. Only an idempotent method resumes after a dropped connection."""
        from ._streaming import StreamedResponse

        self._check_url(path)
        retry_safe = method.upper() in _IDEMPOTENT
        return StreamedResponse(self, {"method": method, "url": path, **kwargs}, options, retry_safe)

    def _stream(self, operation: ModuleType, kwargs: dict[str, Any], options: RequestOptions | None) -> Any:
        from ._streaming import StreamedResponse

        return StreamedResponse(self, dict(kwargs), options, operation.RETRY_SAFE, _redirect_answers(operation))

    def _send(
        self,
        kwargs: dict[str, Any],
        options: RequestOptions | None,
        retry_safe: bool = False,
        redirect_answers: frozenset[int] = frozenset(),
        stream: bool = False,
        retries: int | None = None,
    ) -> httpx.Response:
        """Send with retries (the options' or the client's, unless `retries` says); the answer's body is read
        within the bounds, or left unread with `stream`: the call then stays in flight (close() leaves the
        pool open) until the caller calls `_leave_call()`."""
        attempts = _Attempts(self, kwargs, options, retry_safe, redirect_answers, retries)
        self._enter_call()
        try:
            response = self._send_attempts(attempts, stream)
        except BaseException:
            self._leave_call()
            raise
        if not stream:
            self._leave_call()
        return response

    def _enter_call(self) -> None:
        """One call more in flight on the pool's owner (a `with_options` copy counts on its parent's)."""
        owner = self._parent or self
        with owner._http_lock:
            self._check_open()
            owner._check_open()
            owner._calls_in_flight += 1

    def _leave_call(self) -> None:
        """One call less in flight; the last one out after close() closes the pool."""
        owner = self._parent or self
        with owner._http_lock:
            owner._calls_in_flight -= 1
            last = owner._closed and owner._calls_in_flight == 0 and owner._owns_pool
            pool = owner._http_client if last else None
            if pool is not None:
                owner._http_client = None
        if pool is not None:
            pool.close()

    def _send_attempts(self, attempts: _Attempts, stream: bool) -> httpx.Response:
        while True:
            try:
                response = self._open(attempts.before_try())
                if not (stream and attempts.is_answer(response)):
                    read_body(response, attempts.limits)  # bounded, while reading
            except httpx.RequestError as error:
                if self._closed:
                    raise self._closed_error(error) from error
                time.sleep(attempts.after_error(error))
                continue
            except ECEError:
                raise
            except Exception as error:  # httpx's own errors when close() ran in another thread
                if self._closed:
                    raise self._closed_error(error) from error
                raise
            delay = attempts.after_response(response)
            if delay is None:
                return response
            response.close()
            time.sleep(delay)

    def _execute(self, operation: ModuleType, kwargs: dict[str, Any], options: RequestOptions | None, raw: bool) -> Any:
        if not self.check_version or self._version_checked:
            return _decode(
                operation, self._send(kwargs, options, operation.RETRY_SAFE, _redirect_answers(operation)), raw
            )
        # The version check follows the first call, so that a bad credential is reported on that call.
        try:
            response = self._send(kwargs, options, operation.RETRY_SAFE, _redirect_answers(operation))
        except ECEError as error:
            from ._api_errors import APIError, AuthenticationError

            if isinstance(error, APIError) and not isinstance(error, AuthenticationError):
                self._check_version_once()  # a 404 from a mismatched release gets its explanation first
            raise
        self._check_version_once()
        return _decode(operation, response, raw)

    def _check_version_once(self) -> None:
        with self._version_lock:
            if self._version_checked:
                return
            self._version_checked = True
            try:
                # A best-effort look: never delaying the user's call with retries.
                self._check_server_version(self._platform_version(self._send(dict(PLATFORM_INFO), None, retries=0)))
            except ECEError as exc:
                logger.debug("could not read the server's ECE version: %s", exc)

    def server_version(self, options: RequestOptions | None = None) -> str:
        """The ECE release the server runs (from the platform info endpoint)."""
        return self._platform_version(self._send(dict(PLATFORM_INFO), options))

    def close(self) -> None:
        """Close the client: new calls raise `ClientClosedError` at once; calls in flight (a streamed download
        until it is closed) end their exchange (closing their sockets under them would leave a thread blocked
        on a read until its timeout), and the last of them closes the connection pool. A pool this client
        does not own (a caller's ``http_client``, a `with_options` parent's) stays open."""
        with self._http_lock:
            self._closed = True
            pool = self._http_client if self._calls_in_flight == 0 and self._owns_pool else None
            if pool is not None:
                self._http_client = None
        if pool is not None:
            pool.close()

    def __enter__(self) -> ECE:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
