"""The `platform_configuration_templates` operations returning `APIResponse`: `PlatformConfigurationTemplatesAPIWithRawResponse` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import SyncRawResource

if TYPE_CHECKING:
    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.global_deployment_template_info import GlobalDeploymentTemplateInfo


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
