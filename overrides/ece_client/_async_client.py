"""`AsyncECE`, the asyncio client: what it shares with `ECE` is `_ClientBase` in `_client`; a sync
program does not load this module."""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from ._client import (
    _IDEMPOTENT,
    DEFAULT_MAX_RETRIES,
    PLATFORM_INFO,
    _abandon,
    _async_sleep,
    _Attempts,
    _ClientBase,
    _decode,
    _redirect_answers,
    _track_for_fork,
)
from ._errors import ECEError
from ._limits import aread_body
from ._logging import log_request, log_response, logger
from .api._async_groups import AsyncGroups

if TYPE_CHECKING:
    import asyncio
    import ssl

    from ._request_options import RequestOptions
    from ._streaming import AsyncStreamedResponse


class AsyncECE(AsyncGroups, _ClientBase[httpx.AsyncBaseTransport, httpx.AsyncClient]):
    """Asyncio client of the ECE API. Use it with `async with`, or call `await aclose()`.

    >>> async with AsyncECE("https://ece.example:12443", api_key="...") as ece:
    ...     deployment = await ece.deployments.get_deployment("abc123")
    """

    _HTTPX_CLIENT = httpx.AsyncClient

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
        transport: httpx.AsyncBaseTransport | None = None,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        limits: httpx.Limits | None = None,
        trust_env: bool = True,
        http_client: httpx.AsyncClient | None = None,
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
            http_client: Your own ``httpx.AsyncClient``: requests go through it with this client's base URL,
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
        self._http_client: httpx.AsyncClient | None = http_client
        self._http_loop: asyncio.AbstractEventLoop | None = None
        self._calls_in_flight = 0  # close() leaves the pool to the last of them
        self._version_lock: asyncio.Lock | None = None
        _track_for_fork(self)

    def _after_fork_in_child(self) -> None:
        """In a forked child: a new pool on next use (the parent's sockets are not ours)."""
        if self._owns_pool:  # a caller's http_client stays theirs to manage
            _abandon(self._http_client)
            self._http_client = None
        self._calls_in_flight = 0
        self._version_lock = None
        if self._login is not None:
            self._login.after_fork()

    @property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool of the running event loop, made on first use (no await in between).

        Connections belong to the loop that opened them: used from another loop (a second
        ``asyncio.run()``), the client opens a new pool there and leaves the old one alone.
        """
        import asyncio

        self._check_open()
        if self._parent is not None:
            return self._parent._http
        if self._transport.http_client is not None:
            return self._transport.http_client  # type: ignore[return-value]  # the caller's, on the caller's loop
        loop = asyncio.get_running_loop()
        if self._http_client is not None and self._http_loop is not loop:
            logger.debug("AsyncECE used from a new event loop: opening new connections")
            _abandon(self._http_client)
            self._http_client = None
            self._version_lock = None
            if self._login is not None:
                self._login.after_fork()  # its asyncio lock belonged to the old loop too
        if self._http_client is None:
            self._http_client = httpx.AsyncClient(
                **self._httpx_settings(),
                event_hooks={"request": [self._log_request], "response": [self._log_response]},
            )
            self._http_loop = loop
        return self._http_client

    @staticmethod
    async def _log_request(request: httpx.Request) -> None:
        log_request(request)

    @staticmethod
    async def _log_response(response: httpx.Response) -> None:
        log_response(response)

    async def _open(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send one try and return the response with its body not read yet."""
        http = self._http
        build, send = self._send_arguments(kwargs)
        request = http.build_request(**build)
        if self._transport.http_client is None:
            return await http.send(request, stream=True, **send)
        log_request(request)  # the caller's client has its own hooks, not ours
        response = await http.send(request, stream=True, **send)
        log_response(response)
        return response

    async def request(
        self, method: str, path: str, *, options: RequestOptions | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Send a request to a path under /api/v1 with this client's auth, retries and error handling.

        Absolute URLs must point at this client's host: the request carries its credentials.
        """
        self._check_url(path)
        return await self._send({"method": method, "url": path, **kwargs}, options)

    def stream(
        self, method: str, path: str, *, options: RequestOptions | None = None, **kwargs: Any
    ) -> AsyncStreamedResponse:
        """`request()` whose body is not read: use it in an ``async with`` block and iterate ``aiter_bytes()``,
        or ``await write_to(path)``. Only an idempotent method resumes after a dropped connection."""
        from ._streaming import AsyncStreamedResponse

        self._check_url(path)
        retry_safe = method.upper() in _IDEMPOTENT
        return AsyncStreamedResponse(self, {"method": method, "url": path, **kwargs}, options, retry_safe)

    def _stream(self, operation: ModuleType, kwargs: dict[str, Any], options: RequestOptions | None) -> Any:
        from ._streaming import AsyncStreamedResponse

        return AsyncStreamedResponse(self, dict(kwargs), options, operation.RETRY_SAFE, _redirect_answers(operation))

    async def _send(
        self,
        kwargs: dict[str, Any],
        options: RequestOptions | None,
        retry_safe: bool = False,
        redirect_answers: frozenset[int] = frozenset(),
        stream: bool = False,
        retries: int | None = None,
    ) -> httpx.Response:
        """Send with retries (the options' or the client's, unless `retries` says); the answer's body is read
        within the bounds, or left unread with `stream`: the call then stays in flight (aclose() leaves the
        pool open) until the caller awaits `_leave_call()`."""
        attempts = _Attempts(self, kwargs, options, retry_safe, redirect_answers, retries)
        self._enter_call()
        try:
            response = await self._send_attempts(attempts, stream)
        except BaseException:
            await self._leave_call()
            raise
        if not stream:
            await self._leave_call()
        return response

    def _enter_call(self) -> None:
        """One call more in flight on the pool's owner (a `with_options` copy counts on its parent's)."""
        owner = self._parent or self
        self._check_open()
        owner._check_open()
        owner._calls_in_flight += 1

    async def _leave_call(self) -> None:
        """One call less in flight; the last one out after aclose() closes the pool."""
        owner = self._parent or self
        owner._calls_in_flight -= 1
        if owner._closed and owner._calls_in_flight == 0:
            await owner._close_pool()

    async def _send_attempts(self, attempts: _Attempts, stream: bool) -> httpx.Response:
        while True:
            try:
                response = await self._open(attempts.before_try())
                if not (stream and attempts.is_answer(response)):
                    await aread_body(response, attempts.limits)  # bounded, while reading
            except httpx.RequestError as error:
                if self._closed:
                    raise self._closed_error(error) from error
                await _async_sleep(attempts.after_error(error))
                continue
            except ECEError:
                raise
            except Exception as error:  # httpx's own errors when aclose() ran meanwhile
                if self._closed:
                    raise self._closed_error(error) from error
                raise
            delay = attempts.after_response(response)
            if delay is None:
                return response
            await response.aclose()
            await _async_sleep(delay)

    async def _execute(
        self, operation: ModuleType, kwargs: dict[str, Any], options: RequestOptions | None, raw: bool
    ) -> Any:
        if not self.check_version or self._version_checked:
            return _decode(
                operation, await self._send(kwargs, options, operation.RETRY_SAFE, _redirect_answers(operation)), raw
            )
        # The version check follows the first call, so that a bad credential is reported on that call.
        try:
            response = await self._send(kwargs, options, operation.RETRY_SAFE, _redirect_answers(operation))
        except ECEError as error:
            from ._api_errors import APIError, AuthenticationError

            if isinstance(error, APIError) and not isinstance(error, AuthenticationError):
                await self._check_version_once()
            raise
        await self._check_version_once()
        return _decode(operation, response, raw)

    async def _check_version_once(self) -> None:
        if self._version_lock is None:
            import asyncio

            self._version_lock = asyncio.Lock()
        async with self._version_lock:
            if self._version_checked:
                return
            self._version_checked = True
            try:
                # A best-effort look: never delaying the user's call with retries.
                response = await self._send(dict(PLATFORM_INFO), None, retries=0)
                self._check_server_version(self._platform_version(response))
            except ECEError as exc:
                logger.debug("could not read the server's ECE version: %s", exc)

    async def server_version(self, options: RequestOptions | None = None) -> str:
        """The ECE release the server runs (from the platform info endpoint)."""
        return self._platform_version(await self._send(dict(PLATFORM_INFO), options))

    async def aclose(self) -> None:
        """Close the client: new calls raise `ClientClosedError` at once; calls in flight (a streamed download
        until it is closed) end their exchange and the last of them closes the connection pool (one opened
        under another event loop is left to that loop). A pool this client does not own (a caller's
        ``http_client``, a `with_options` parent's) stays open."""
        self._closed = True
        if self._calls_in_flight == 0:
            await self._close_pool()

    async def _close_pool(self) -> None:
        import asyncio

        if not self._owns_pool:  # a caller's http_client, or a with_options() parent's pool: not ours to close
            return
        pool, self._http_client = self._http_client, None
        if pool is None:
            return
        if self._http_loop is asyncio.get_running_loop():
            await pool.aclose()
        else:
            _abandon(pool)

    async def __aenter__(self) -> AsyncECE:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
