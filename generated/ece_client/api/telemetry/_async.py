"""The `telemetry` operations of the asyncio client: `AsyncTelemetryAPI` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import AsyncResource

if TYPE_CHECKING:
    from ..._request_options import RequestOptions
    from ...models.telemetry_config import TelemetryConfig
    from ...models.telemetry_config_request import TelemetryConfigRequest


if TYPE_CHECKING:
    from ._async_raw import AsyncTelemetryAPIWithRawResponse


class AsyncTelemetryAPI(AsyncResource):
    """The `telemetry` operations of the ECE API (asyncio)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncTelemetryAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._async_raw import AsyncTelemetryAPIWithRawResponse

        return AsyncTelemetryAPIWithRawResponse(self._client)

    async def get_telemetry_config(
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

        return await self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    async def set_telemetry_config(
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

        return await self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )
