"""The `platform_configuration_templates` operations returning `APIResponse`, asyncio: `AsyncPlatformConfigurationTemplatesAPIWithRawResponse` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import AsyncRawResource

if TYPE_CHECKING:
    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.global_deployment_template_info import GlobalDeploymentTemplateInfo


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
