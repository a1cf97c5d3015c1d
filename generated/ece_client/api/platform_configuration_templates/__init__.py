"""The `platform_configuration_templates` operations: as methods of `PlatformConfigurationTemplatesAPI` (sync) and `AsyncPlatformConfigurationTemplatesAPI`.

Each operation's module here (``platform_configuration_templates.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import SyncResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.global_deployment_template_info import GlobalDeploymentTemplateInfo
    from ...types import File


class PlatformConfigurationTemplatesAPI(SyncResource):
    """The `platform_configuration_templates` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PlatformConfigurationTemplatesAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import PlatformConfigurationTemplatesAPIWithRawResponse

        return PlatformConfigurationTemplatesAPIWithRawResponse(self._client)

    def get_global_deployment_templates(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[GlobalDeploymentTemplateInfo]:
        """Get all templates cross region.

        Global deployment template endpoint which fetches the deployment templates across all region
        services.

        `GET /platform/configuration/templates/deployments/global`

        Returns:
            list[GlobalDeploymentTemplateInfo]

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_global_deployment_templates as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncPlatformConfigurationTemplatesAPI as AsyncPlatformConfigurationTemplatesAPI
    from ._async_raw import (
        AsyncPlatformConfigurationTemplatesAPIWithRawResponse as AsyncPlatformConfigurationTemplatesAPIWithRawResponse,
    )
    from ._raw import (
        PlatformConfigurationTemplatesAPIWithRawResponse as PlatformConfigurationTemplatesAPIWithRawResponse,
    )
else:
    _LAZY = {
        "AsyncPlatformConfigurationTemplatesAPI": "._async",
        "PlatformConfigurationTemplatesAPIWithRawResponse": "._raw",
        "AsyncPlatformConfigurationTemplatesAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `PlatformConfigurationTemplatesAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncPlatformConfigurationTemplatesAPI",
    "AsyncPlatformConfigurationTemplatesAPIWithRawResponse",
    "PlatformConfigurationTemplatesAPI",
    "PlatformConfigurationTemplatesAPIWithRawResponse",
]
