"""The `platform_configuration_templates` operations: as methods of `PlatformConfigurationTemplatesAPI` (sync) and `AsyncPlatformConfigurationTemplatesAPI`.

Each operation's module here (``platform_configuration_templates.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._resource import (
    AsyncRawResource,
    AsyncResource,
    SyncRawResource,
    SyncResource,
)
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


class AsyncPlatformConfigurationTemplatesAPI(AsyncResource):
    """The `platform_configuration_templates` operations of the ECE API (asyncio)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncPlatformConfigurationTemplatesAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        return AsyncPlatformConfigurationTemplatesAPIWithRawResponse(self._client)

    async def get_global_deployment_templates(
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

        return await self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )


class PlatformConfigurationTemplatesAPIWithRawResponse(SyncRawResource):
    """The `platform_configuration_templates` operations (sync), returning `APIResponse`: `ece.platform_configuration_templates.with_raw_response`."""

    __slots__ = ()

    def get_global_deployment_templates(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[list[GlobalDeploymentTemplateInfo]]:
        """Get all templates cross region.

        Global deployment template endpoint which fetches the deployment templates across all region
        services.

        `GET /platform/configuration/templates/deployments/global`

        Returns:
            APIResponse[list[GlobalDeploymentTemplateInfo]]: the status, the headers and the parsed body.

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


class AsyncPlatformConfigurationTemplatesAPIWithRawResponse(AsyncRawResource):
    """The `platform_configuration_templates` operations (asyncio), returning `APIResponse`: `ece.platform_configuration_templates.with_raw_response`."""

    __slots__ = ()

    async def get_global_deployment_templates(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[list[GlobalDeploymentTemplateInfo]]:
        """Get all templates cross region.

        Global deployment template endpoint which fetches the deployment templates across all region
        services.

        `GET /platform/configuration/templates/deployments/global`

        Returns:
            APIResponse[list[GlobalDeploymentTemplateInfo]]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_global_deployment_templates as _operation

        return await self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )


__all__ = [
    "AsyncPlatformConfigurationTemplatesAPI",
    "AsyncPlatformConfigurationTemplatesAPIWithRawResponse",
    "PlatformConfigurationTemplatesAPI",
    "PlatformConfigurationTemplatesAPIWithRawResponse",
]
