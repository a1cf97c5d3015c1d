"""Base of the generated operation groups (`ece.deployments`, ...): each method builds its request
with the operation's module and hands it to the client, which sends, retries and decodes it.

The bases of the async, raw and streamed groups are in ``_resource_variants`` (a sync client's
first call does not load them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from types import ModuleType

    from ._request_args import RequestArgs
    from ._request_options import RequestOptions


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


__all__ = ["SyncResource"]
