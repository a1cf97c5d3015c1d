"""Base of the generated operation groups (`ece.deployments`, ...): each method builds its request
with the operation's module and hands it to the client, which sends, retries and decodes it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import httpx

from ._redact import redact, redact_headers

if TYPE_CHECKING:
    from types import ModuleType

    from ._endpoint import RequestArgs

T = TypeVar("T")


@dataclass(frozen=True)
class RequestOptions:
    """Per-call settings; None means the client's own setting."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    retry_non_idempotent: bool = False
    """Retry a POST on 429/5xx or after it may have reached the server (only if it is safe to repeat)."""
    total_timeout: float | None = None
    """Seconds the whole call may take, retries included: each try's timeouts are cut to what is left."""

    def __repr__(self) -> str:
        return (
            f"RequestOptions(timeout={self.timeout!r}, max_retries={self.max_retries!r}, "
            f"headers={redact_headers(self.headers)!r}, retry_non_idempotent={self.retry_non_idempotent!r}, "
            f"total_timeout={self.total_timeout!r})"
        )


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """A response with its parsed body: what `with_raw_response` methods return."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    http_response: httpx.Response

    def __repr__(self) -> str:
        parsed = self.parsed
        shown = parsed if hasattr(parsed, "to_dict") else redact(parsed)  # a model's repr redacts itself
        return f"APIResponse(status_code={self.status_code}, parsed={shown!r})"

    @property
    def resource_version(self) -> str | None:
        """`x-cloud-resource-version`: pass it back as `version=` for optimistic concurrency."""
        version: str | None = self.headers.get("x-cloud-resource-version")
        return version


class _Resource:
    """One operation group, bound to a client."""

    __slots__ = ("_client",)
    _raw: ClassVar[bool] = False  # True in the generated `...WithRawResponse` groups

    def __init__(self, client: Any) -> None:
        self._client = client


class SyncResource(_Resource):
    """One operation group of a sync client."""

    __slots__ = ()

    def _call(self, operation: ModuleType, request: RequestArgs, options: RequestOptions | None) -> Any:
        return self._client._execute(operation, request, options, raw=self._raw)


class AsyncResource(_Resource):
    """One operation group of an asyncio client."""

    __slots__ = ()

    async def _call(self, operation: ModuleType, request: RequestArgs, options: RequestOptions | None) -> Any:
        return await self._client._execute(operation, request, options, raw=self._raw)


class SyncRawResource(SyncResource):
    """Base of a sync group's `with_raw_response`: the same operations, returning `APIResponse`."""

    __slots__ = ()
    _raw = True


class AsyncRawResource(AsyncResource):
    """Base of an asyncio group's `with_raw_response`: the same operations, returning `APIResponse`."""

    __slots__ = ()
    _raw = True


__all__ = ["APIResponse", "AsyncRawResource", "AsyncResource", "RequestOptions", "SyncRawResource", "SyncResource"]
