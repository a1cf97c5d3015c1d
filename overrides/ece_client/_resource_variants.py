"""Bases of the generated async, raw (`with_raw_response`) and streamed (`with_streaming_response`)
operation groups, imported with the first such group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._endpoint import SyncResource, _Resource

if TYPE_CHECKING:
    from types import ModuleType

    from ._request_args import RequestArgs
    from ._request_options import RequestOptions


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


class StreamingResource:
    """The download operations of one group, streamed: each returns a response to use in a ``with`` block
    (``async with`` on an asyncio client) whose body is read as you iterate it, or written to a file."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def _stream(self, operation: ModuleType, request: RequestArgs, options: RequestOptions | None) -> Any:
        return self._client._stream(operation, request, options)


__all__ = ["AsyncRawResource", "AsyncResource", "StreamingResource", "SyncRawResource"]
