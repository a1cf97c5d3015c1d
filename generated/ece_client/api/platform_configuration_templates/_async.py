"""The `platform_configuration_templates` operations of the asyncio client: `AsyncPlatformConfigurationTemplatesAPI` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import AsyncResource

if TYPE_CHECKING:
    from ..._request_options import RequestOptions
    from ...models.global_deployment_template_info import GlobalDeploymentTemplateInfo


if TYPE_CHECKING:
    from ._async_raw import AsyncPlatformConfigurationTemplatesAPIWithRawResponse


class AsyncPlatformConfigurationTemplatesAPI(AsyncResource):
    """The `platform_configuration_templates` operations of the ECE API (asyncio)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncPlatformConfigurationTemplatesAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._async_raw import AsyncPlatformConfigurationTemplatesAPIWithRawResponse

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
