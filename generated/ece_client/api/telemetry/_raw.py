"""The `telemetry` operations returning `APIResponse`: `TelemetryAPIWithRawResponse` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import SyncRawResource

if TYPE_CHECKING:
    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.telemetry_config import TelemetryConfig
    from ...models.telemetry_config_request import TelemetryConfigRequest


class TelemetryAPIWithRawResponse(SyncRawResource):
    """The `telemetry` operations (sync), returning `APIResponse`: `ece.telemetry.with_raw_response`."""

    __slots__ = ()

    def get_telemetry_config(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[TelemetryConfig]:
        """Get ECE telemetry config

        Returns whether ECE telemetry is enabled.

        `GET /phone-home/config`

        Returns:
            APIResponse[TelemetryConfig]: the status, the headers and the parsed body.

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
    ) -> APIResponse[TelemetryConfig]:
        """Set ECE telemetry config

        Sets whether to enable ECE telemetry.

        `PUT /phone-home/config`

        Args:
            body (TelemetryConfigRequest): The desired ECE telemetry configuration
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[TelemetryConfig]: the status, the headers and the parsed body.

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
