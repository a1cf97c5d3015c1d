"""The SDK's errors for a request that got no response (``ConnectionError`` and its subclasses, and
``ClientClosedError``), the one an httpx failure becomes, with what to do about it, and whether to retry.

Imported on the first failure (a successful call needs none of it); ``ece_client.errors`` has the names.

A failure that another try cannot fix (TLS verification, a refused client certificate, an
unknown host name, a header value that cannot be sent) is not retried and says what to change;
the others (refused, reset, timed out) are retried by the caller's policy. Messages name the
method, the full URL and, for timeouts, which timeout passed; they never quote header values.
An ``http://`` connection dropped without an answer hints at ``https://``: what a TLS port does.
"""

from __future__ import annotations

import builtins
import socket
import ssl

import httpx

from ._errors import ECEError
from ._redact import redact_text


class ConnectionError(ECEError, builtins.ConnectionError):  # noqa: A001 - the SDK's own, wrapping httpx's
    """The request did not get a response: refused, reset, DNS or TLS failure (a closed client raises
    ``ClientClosedError`` instead).

    Also a built-in ``ConnectionError``. ``method`` and ``url`` name the request (None when the
    error is not about one request).
    """

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.method = method
        self.url = url

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class TimeoutError(ConnectionError, builtins.TimeoutError):  # noqa: A001
    """The server did not answer in time. Also a built-in ``TimeoutError``.

    ``timeout`` is the limit that passed, in seconds, and ``phase`` which one it was
    (``connect``, ``read``, ``write``, ``pool``, or ``deadline`` for a wait's overall deadline).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        timeout: float | None = None,
        phase: str | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.timeout = timeout
        self.phase = phase


class DownloadInterruptedError(ConnectionError):
    """A streamed body was cut off and could not be continued (retries spent, or the server cannot resume
    where ``iter_bytes()`` stopped: ``write_to()`` starts over instead)."""


class ClientClosedError(ECEError, RuntimeError):
    """The client was closed (perhaps by another thread while this call ran): make a new client."""


_TIMEOUT_PHASES = (
    (httpx.ConnectTimeout, "connect"),
    (httpx.ReadTimeout, "read"),
    (httpx.WriteTimeout, "write"),
    (httpx.PoolTimeout, "pool"),
)
_TLS_HINT = (
    "if the ECE coordinator uses a self-signed certificate (ECE's default), pass ca_certs='/path/to/ca.pem' "
    "(or set SSL_CERT_FILE, or EC_CA_CERTS / the profile's ca_certs for from_env() and profiles); "
    "verify=False turns verification off, for tests only"
)


def _causes(error: BaseException) -> list[BaseException]:
    """The error and what caused it (httpx wraps httpcore, which wraps ssl and socket errors)."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(chain) < 10 and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _first(chain: list[BaseException], kind: type[BaseException]) -> BaseException | None:
    return next((item for item in chain if isinstance(item, kind)), None)


def transport_error(
    error: httpx.RequestError, method: str, url: str, timeout: httpx.Timeout
) -> tuple[ConnectionError, bool]:
    """The SDK's error for an httpx failure, and whether trying again may help."""
    where = f"{method} {url}"
    for kind, phase in _TIMEOUT_PHASES:
        if isinstance(error, kind):
            seconds = getattr(timeout, phase)
            limit = "no limit" if seconds is None else f"{seconds:g}s"
            message = (
                f"{where}: no response within the {phase} timeout ({limit}); pass a larger timeout= to the "
                "client, or request_options=RequestOptions(timeout=...) for this call"
            )
            return TimeoutError(message, method=method, url=url, timeout=seconds, phase=phase), True
    chain = _causes(error)
    verify = _first(chain, ssl.SSLCertVerificationError)
    if verify is not None:
        reason = getattr(verify, "verify_message", None) or "certificate verify failed"
        return ConnectionError(
            f"{where}: TLS certificate verification failed ({reason}): {_TLS_HINT}", method=method, url=url
        ), False
    tls = _first(chain, ssl.SSLError)
    if tls is not None:
        reason = getattr(tls, "reason", None) or type(tls).__name__
        return (
            ConnectionError(
                f"{where}: the TLS handshake failed ({reason}): check that the URL's port serves HTTPS, and if the "
                "server wants a client certificate, pass client_cert= and client_key= (one it accepts)",
                method=method,
                url=url,
            ),
            False,
        )
    if _first(chain, socket.gaierror) is not None:
        host = httpx.URL(url).host if "://" in url else url
        return ConnectionError(
            f"{where}: cannot resolve the host name {host!r}: check the host URL", method=method, url=url
        ), False
    if isinstance(error, httpx.LocalProtocolError) or isinstance(error, httpx.UnsupportedProtocol):
        # The message would quote the offending header value, which may be a credential.
        return (
            ConnectionError(
                f"{where}: the request cannot be sent as given ({type(error).__name__}): check header values "
                "(no control characters) and the URL",
                method=method,
                url=url,
            ),
            False,
        )
    what = "cannot connect" if isinstance(error, httpx.ConnectError) else "the connection failed"
    detail = redact_text(str(error)) or "no response"
    hint = _https_hint(error, chain, url)
    return ConnectionError(f"{where}: {what} ({type(error).__name__}: {detail}){hint}", method=method, url=url), True


def _https_hint(error: httpx.RequestError, chain: list[BaseException], url: str) -> str:
    """A hint for plain HTTP sent to a port that serves HTTPS: such a server resets or closes the
    connection without an answer, which alone says nothing about the cause."""
    if not url.startswith("http://"):
        return ""
    dropped = _first(chain, ConnectionResetError) is not None or _first(chain, BrokenPipeError) is not None
    closed = isinstance(error, httpx.RemoteProtocolError) and "without sending" in str(error)
    if not (dropped or closed or isinstance(error, httpx.ReadError)):
        return ""
    https = "https://" + url.removeprefix("http://").split("/", 1)[0]
    return f"; is the server https? use {https} (a TLS port drops plain HTTP without an answer)"
