"""The `telemetry` operations: as methods of `TelemetryAPI` (sync) and `AsyncTelemetryAPI`.

Each operation's module here (``telemetry.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import SyncResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.telemetry_config import TelemetryConfig
    from ...models.telemetry_config_request import TelemetryConfigRequest
    from ...types import File


class TelemetryAPI(SyncResource):
    """The `telemetry` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> TelemetryAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import TelemetryAPIWithRawResponse

        return TelemetryAPIWithRawResponse(self._client)

    def get_telemetry_config(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> TelemetryConfig:
        """Get ECE telemetry config

        Returns whether ECE telemetry is enabled.

        `GET /phone-home/config`

        Returns:
            TelemetryConfig

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_telemetry_config as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def set_telemetry_config(
        self,
        *,
        body: TelemetryConfigRequest,
        request_options: RequestOptions | None = None,
    ) -> TelemetryConfig:
        """Set ECE telemetry config

        Sets whether to enable ECE telemetry.

        `PUT /phone-home/config`

        Args:
            body (TelemetryConfigRequest): The desired ECE telemetry configuration
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TelemetryConfig

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_telemetry_config as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncTelemetryAPI as AsyncTelemetryAPI
    from ._async_raw import AsyncTelemetryAPIWithRawResponse as AsyncTelemetryAPIWithRawResponse
    from ._raw import TelemetryAPIWithRawResponse as TelemetryAPIWithRawResponse
else:
    _LAZY = {
        "AsyncTelemetryAPI": "._async",
        "TelemetryAPIWithRawResponse": "._raw",
        "AsyncTelemetryAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `TelemetryAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncTelemetryAPI",
    "AsyncTelemetryAPIWithRawResponse",
    "TelemetryAPI",
    "TelemetryAPIWithRawResponse",
]
