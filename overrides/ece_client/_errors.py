"""Exceptions of ece-client. Every error the SDK raises derives from ECEError.

API errors are decoded from ECE's error replies: the codes come from the
``x-cloud-error-codes`` header and the body's ``errors[].code`` (see ``ece_client.error_codes``).
"""

from __future__ import annotations

import builtins
import json
from typing import TYPE_CHECKING, Any

from ._redact import redact_body, redact_text

if TYPE_CHECKING:
    import httpx

    from ._error_detail import ErrorDetail
    from ._plan_activity import PlanStep
    from ._plans import PlanSummary


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    """Unpickle an SDK error without calling its __init__ (whose signature differs from ``args``)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ECEError(Exception):
    """Base of every error ece-client raises. Every SDK error pickles and unpickles intact."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class ECEWarning(UserWarning):
    """A warning of ece-client (a server release other than the SDK's, TLS verification off): shown by
    Python's warnings machinery, and also logged under the ``ece_client`` logger."""


class ConfigError(ECEError):
    """A setting cannot be used: a client argument, a profile or an environment variable.
    Also importable from ``ece_client._config``, where the settings are read."""


class ResponseDecodeError(ECEError, ValueError):
    """A response body is not what the operation promises (not JSON, or the wrong shape).

    ``status_code`` and ``body`` (the start of the body, secrets redacted) are set when the
    error comes from an HTTP response.
    """

    def __init__(self, message: str, *, status_code: int | None = None, body: bytes | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body

    @property
    def body(self) -> bytes | None:
        return self._body

    @body.setter
    def body(self, content: bytes | None) -> None:
        self._body = redact_body(content, limit=200).encode() if content else content

    def __str__(self) -> str:
        text = super().__str__()
        if self.body:
            text += f"; body starts with {self.body[:80]!r}"
        return text


class ResponseTooLargeError(ResponseDecodeError):
    """A response body went past a bound while it was read: its size (``limit`` is ``max_body_size``) or
    how much it inflated (``limit`` is ``max_decompression_ratio``). Nothing more of it is read.

    ``setting`` names the bound; the message says how to raise it, or to stream the body instead.
    """

    def __init__(self, message: str, *, setting: str, limit: float, status_code: int | None = None) -> None:
        super().__init__(message, status_code=status_code)
        self.setting = setting
        self.limit = limit


class DeferredMessage(tuple[Any, ...]):
    """``(describe, *parts)``: an error message spelled out as ``describe(*parts)`` when first shown, so that
    reads of absent fields that callers catch (as ``hasattr`` does) build no path string."""

    __slots__ = ()


class MissingFieldError(ResponseDecodeError, AttributeError):
    """A field the spec marks required is missing (or null) in a response.

    It is an AttributeError too, so ``hasattr`` and ``getattr(obj, name, default)`` work.
    """

    status_code: int | None = None  # class defaults: a read's error is made without __init__ (see args)
    _body: bytes | None = None

    @property
    def args(self) -> tuple[Any, ...]:
        """As any error's; a failed read makes its error with a ``DeferredMessage`` here, spelled out now."""
        args: tuple[Any, ...] = BaseException.args.__get__(self)  # type: ignore[attr-defined]
        if args and type(args[0]) is DeferredMessage:
            describe, *parts = args[0]
            args = (describe(*parts),)
            BaseException.args.__set__(self, args)  # type: ignore[attr-defined]
        return args

    @args.setter
    def args(self, value: tuple[Any, ...]) -> None:
        BaseException.args.__set__(self, value)  # type: ignore[attr-defined]

    def __str__(self) -> str:
        self.args  # noqa: B018 - spells out a deferred message before the C-level str reads it
        return super().__str__()

    def __repr__(self) -> str:
        self.args  # noqa: B018
        return super().__repr__()


class ConnectionError(ECEError, builtins.ConnectionError):  # noqa: A001 - the SDK's own, wrapping httpx's
    """The request did not get a response: refused, reset, DNS or TLS failure, or the client was closed.

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


class APIError(ECEError):
    """The ECE API answered with an error status.

    Attributes: ``status_code``, ``codes`` (ECE error codes, header first, deduplicated),
    ``errors`` (code, message, fields), ``method`` and ``path`` of the request, ``response``.
    """

    def __init__(
        self,
        status_code: int,
        *,
        codes: tuple[str, ...] = (),
        errors: tuple[ErrorDetail, ...] = (),
        method: str = "",
        path: str = "",
        response: httpx.Response | None = None,
        body_preview: bytes = b"",
    ) -> None:
        self.status_code = status_code
        self.codes = codes
        self.errors = errors
        self.method = method
        self.path = path
        self.response = response
        self.body_preview = body_preview
        super().__init__(self._summary())

    @property
    def request_id(self) -> str | None:
        """The request id the server sent back, if any (quote it to ECE support)."""
        if self.response is None:
            return None
        request_id: str | None = self.response.headers.get("x-request-id") or self.response.headers.get(
            "x-cloud-request-id"
        )
        return request_id

    def _summary(self) -> str:
        parts = [f"HTTP {self.status_code}"]
        if self.method or self.path:
            parts.append(f"{self.method} {self.path}".strip())
        if self.codes:
            parts.append(f"[{', '.join(self.codes)}]")
        messages = [e.message for e in self.errors if e.message]
        if messages:  # the server may echo what it was sent, credentials included
            parts.append(redact_text("; ".join(" ".join(m.split()) for m in messages)))
        elif self.body_preview:
            parts.append(f"body starts with {self.body_preview[:80]!r}")
        if isinstance(self, RedirectError) and self.location:
            parts.append(f"(redirected to {self.location}; redirects are not followed: check the host URL)")
        return ": ".join([parts[0], " ".join(parts[1:])]) if len(parts) > 1 else parts[0]


class RedirectError(APIError):
    """3xx: the server redirected the request. Redirects are not followed (a redirect is not a success):
    ``location`` is where the server pointed, usually a sign of a wrong host URL or a proxy in the way."""

    @property
    def location(self) -> str | None:
        if self.response is None:
            return None
        location: str | None = self.response.headers.get("location")
        return location


class BadRequestError(APIError):
    """400: the request is invalid."""


class AuthenticationError(APIError):
    """401: missing, wrong or expired credentials."""


class PermissionDeniedError(APIError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIError):
    """404: the resource does not exist."""


class ConflictError(APIError):
    """409: the resource changed or is busy (for example, a plan is already running)."""


class PreconditionFailedError(APIError):
    """412: the `version` passed for optimistic concurrency is not the current one."""


class RateLimitError(APIError):
    """429: too many requests."""


class ElevatedPermissionsRequiredError(APIError):
    """449: ECE requires elevated permissions (sudo) for this request; retry after enabling them."""


class ServerError(APIError):
    """5xx: the server failed."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    429: RateLimitError,
    449: ElevatedPermissionsRequiredError,
}


def error_class(status_code: int) -> type[APIError]:
    """The APIError subclass for an HTTP status."""
    if status_code >= 500:
        return ServerError
    if 300 <= status_code < 400:
        return RedirectError
    return _BY_STATUS.get(status_code, APIError)


def api_error_from_response(response: httpx.Response, method: str = "", path: str = "") -> APIError:
    """Decode an ECE error reply (any body: JSON, HTML from a proxy, empty) into its typed error."""
    content = response.content
    codes: list[str] = []
    for value in response.headers.get_list("x-cloud-error-codes"):
        codes.extend(code.strip() for code in value.split(",") if code.strip())
    from ._error_detail import ErrorDetail

    errors: list[ErrorDetail] = []
    try:
        body: Any = json.loads(content) if content else None
    except (ValueError, UnicodeDecodeError, RecursionError):
        body = None
    if isinstance(body, dict) and isinstance(body.get("errors"), list):
        for item in body["errors"]:
            if not isinstance(item, dict):
                continue
            code = str(item.get("code") or "")
            fields = item.get("fields")
            errors.append(
                ErrorDetail(
                    code=code,
                    message=redact_text(str(item.get("message") or "")),
                    fields=tuple(str(f) for f in fields) if isinstance(fields, list) else (),
                )
            )
            if code:
                codes.append(code)
    if not (method and path):
        try:
            method, path = method or response.request.method, path or response.request.url.path
        except RuntimeError:  # a response built by hand has no request
            pass
    return error_class(response.status_code)(
        response.status_code,
        codes=tuple(dict.fromkeys(codes)),
        errors=tuple(errors),
        method=method,
        path=path,
        response=response,
        body_preview=redact_body(content, response.headers.get("content-type", ""), 200).encode(),
    )


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """`ErrorDetail`, imported on first use: only error replies need it (checkers see the import above)."""
        if name == "ErrorDetail":
            from ._error_detail import ErrorDetail

            return ErrorDetail
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ClientClosedError",
    "ConfigError",
    "ConnectionError",
    "DowngradeError",
    "DownloadInterruptedError",
    "ECEError",
    "ECEWarning",
    "ElevatedPermissionsRequiredError",
    "ErrorDetail",
    "MissingFieldError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlanError",
    "PlanFailedError",
    "PlanTimeoutError",
    "PreconditionFailedError",
    "RateLimitError",
    "RedirectError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ServerError",
    "TimeoutError",
    "UnsupportedOperationError",
    "VacateError",
    "api_error_from_response",
    "error_class",
]


class PlanError(ECEError):
    """A deployment change (a plan) did not end well while the SDK waited for it.

    ``deployment_id`` names the deployment; ``summary`` (an ``ece_client.plans.PlanSummary``) is
    what the wait saw of every resource up to this error.
    """

    def __init__(self, message: str, *, deployment_id: str, summary: PlanSummary | None = None) -> None:
        super().__init__(message)
        self.deployment_id = deployment_id
        self.summary = summary


class PlanFailedError(PlanError):
    """A resource's plan attempt ended in failure.

    Names the failing resource (``kind``, ``ref_id``, ``resource_id``), the attempt
    (``plan_attempt_id``) and the step that failed (``step_id``), with that step's ``messages``,
    its ``details`` (string keys and values, from the step log and the attempt's error) and
    ``failure_type``. ``steps`` is the attempt's whole log (``ece_client.plans.PlanStep``);
    ``still_running`` lists the other resources whose plans had not finished yet.
    """

    def __init__(
        self,
        message: str,
        *,
        deployment_id: str,
        kind: str,
        ref_id: str,
        resource_id: str | None = None,
        plan_attempt_id: str | None = None,
        step_id: str | None = None,
        messages: tuple[str, ...] = (),
        details: dict[str, str] | None = None,
        failure_type: str | None = None,
        steps: tuple[PlanStep, ...] = (),
        still_running: tuple[tuple[str, str], ...] = (),
        summary: PlanSummary | None = None,
    ) -> None:
        super().__init__(message, deployment_id=deployment_id, summary=summary)
        self.kind = kind
        self.ref_id = ref_id
        self.resource_id = resource_id
        self.plan_attempt_id = plan_attempt_id
        self.step_id = step_id
        self.messages = messages
        self.details: dict[str, str] = dict(details or {})
        self.failure_type = failure_type
        self.steps = steps
        self.still_running = still_running


class PlanTimeoutError(PlanError):
    """The wait's deadline passed while plans were still running.

    The plans keep running on ECE: only the waiting stopped, nothing was cancelled. ``pending``
    lists each unfinished resource as (kind, ref_id, step_id of its latest step or None);
    ``timeout`` and ``elapsed`` are in seconds.

    It is not a subclass of the SDK's ``TimeoutError``, which means "the server did not answer"
    (a ``ConnectionError``): code that retries on connection errors must not take a plan still
    at work for a network failure.
    """

    def __init__(
        self,
        message: str,
        *,
        deployment_id: str,
        timeout: float,
        elapsed: float,
        pending: tuple[tuple[str, str, str | None], ...] = (),
        summary: PlanSummary | None = None,
    ) -> None:
        super().__init__(message, deployment_id=deployment_id, summary=summary)
        self.timeout = timeout
        self.elapsed = elapsed
        self.pending = pending


class UnsupportedOperationError(ECEError, NotImplementedError):
    """This build's ECE release lacks an operation (or a parameter of one) that a helper needs.

    Raised before any request is sent. ``release`` is the ECE release of the installed build,
    ``operation`` the missing operation's name, ``parameter`` the missing parameter (or None).
    """

    def __init__(self, message: str, *, release: str, operation: str, parameter: str | None = None) -> None:
        super().__init__(message)
        self.release = release
        self.operation = operation
        self.parameter = parameter


class VacateError(ECEError):
    """Vacating an allocator left resources on it: ECE refused to move them, or their plans failed
    or were still running at the deadline. The other resources were moved all the same.

    ``summary`` (an ``ece_client.workflows.VacateSummary``) has one result per resource: what moved,
    and for each failure its ``error``.
    """

    def __init__(self, message: str, *, allocator_id: str, summary: Any) -> None:
        super().__init__(message)
        self.allocator_id = allocator_id
        self.summary = summary


class DowngradeError(ECEError, ValueError):
    """An upgrade was asked for a version older than what a resource of the deployment runs.

    Raised before any change is made; ECE cannot go back to an older version of the stack.
    ``current`` maps each resource (``kind ref_id``) to its version; ``version`` is the one asked for.
    """

    def __init__(self, message: str, *, deployment_id: str, version: str, current: dict[str, str]) -> None:
        super().__init__(message)
        self.deployment_id = deployment_id
        self.version = version
        self.current = current
