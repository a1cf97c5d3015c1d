"""The errors of an ECE error reply (``APIError`` and one class per status), and the decoding of a reply
into one of them.

Imported on first use (through ``ece_client.errors``, or with the first error reply or failed call): a
call that succeeds does not create these classes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ._errors import ECEError
from ._redact import redact_body, redact_text

if TYPE_CHECKING:
    import httpx

    from ._error_detail import ErrorDetail


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
        parts.extend(self._notes())
        return ": ".join([parts[0], " ".join(parts[1:])]) if len(parts) > 1 else parts[0]

    def _notes(self) -> list[str]:
        """What a subclass adds at the end of the message."""
        return []


class RedirectError(APIError):
    """3xx: the server redirected the request. Redirects are not followed (a redirect is not a success):
    ``location`` is where the server pointed, usually a sign of a wrong host URL or a proxy in the way."""

    @property
    def location(self) -> str | None:
        if self.response is None:
            return None
        location: str | None = self.response.headers.get("location")
        return location

    def _notes(self) -> list[str]:
        if not self.location:
            return []
        return [f"(redirected to {self.location}; redirects are not followed: check the host URL)"]


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


__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ElevatedPermissionsRequiredError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "RedirectError",
    "ServerError",
    "api_error_from_response",
    "error_class",
]
