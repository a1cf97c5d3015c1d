"""The `deployment_templates` operations: as methods of `DeploymentTemplatesAPI` (sync) and `AsyncDeploymentTemplatesAPI`.

Each operation's module here (``deployment_templates.<operation>``) has its low-level interface:
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
    from ...models.deployment_template_info_v2 import DeploymentTemplateInfoV2
    from ...models.deployment_template_request_body import DeploymentTemplateRequestBody
    from ...models.empty_response import EmptyResponse
    from ...models.id_response import IdResponse
    from ...types import File


class DeploymentTemplatesAPI(SyncResource):
    """The `deployment_templates` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> DeploymentTemplatesAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import DeploymentTemplatesAPIWithRawResponse

        return DeploymentTemplatesAPIWithRawResponse(self._client)

    def get_deployment_templates_v2(
        self,
        *,
        metadata: str | Unset = UNSET,
        show_instance_configurations: bool | Unset = UNSET,
        show_max_zones: bool | Unset = UNSET,
        stack_version: str | Unset = UNSET,
        hide_deprecated: bool | Unset = UNSET,
        show_hidden: bool | Unset = UNSET,
        region: str,
        request_options: RequestOptions | None = None,
    ) -> list[DeploymentTemplateInfoV2]:
        """Get deployment templates

        Retrieves all deployment templates.

        `GET /deployments/templates`

        Args:
            metadata (str | Unset): An optional key/value pair in the form of (key:value) that will
                act as a filter and exclude any templates that do not have a matching metadata item
                associated.
            show_instance_configurations (bool | Unset): If true, will return details for each
                instance configuration referenced by the template. Default: True.
            show_max_zones (bool | Unset): If true, will populate the max_zones field in the instance
                configurations. Only relevant if show_instance_configurations=true. Default: False.
            stack_version (str | Unset): If present, it will cause the returned deployment templates
                to be adapted to return only the elements allowed in that version.
            hide_deprecated (bool | Unset): If true, templates flagged as deprecated will NOT be
                returned. Default: False.
            show_hidden (bool | Unset): If true, templates flagged as hidden will be returned.
                Default: False.
            region (str): Region of the deployment templates
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            list[DeploymentTemplateInfoV2]

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_templates_v2 as _operation

        return self._call(
            _operation,
            _operation.build_request(
                metadata=metadata,
                show_instance_configurations=show_instance_configurations,
                show_max_zones=show_max_zones,
                stack_version=stack_version,
                hide_deprecated=hide_deprecated,
                show_hidden=show_hidden,
                region=region,
            ),
            request_options,
        )

    def create_deployment_template_v2(
        self,
        *,
        body: DeploymentTemplateRequestBody,
        validate_only: bool | Unset = UNSET,
        region: str,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Create deployment template

        Creates a deployment template.

        `POST /deployments/templates`

        Args:
            validate_only (bool | Unset): If true, the deployment template definition will be
                validated but the template will not be created. Default: False.
            region (str): Region of the deployment template
            body (DeploymentTemplateRequestBody): Request body to create or update a Deployment
                Template
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            IdResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_deployment_template_v2 as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
                validate_only=validate_only,
                region=region,
            ),
            request_options,
        )

    def get_deployment_template_v2(
        self,
        template_id: str,
        *,
        show_instance_configurations: bool | Unset = UNSET,
        show_max_zones: bool | Unset = UNSET,
        stack_version: str | Unset = UNSET,
        region: str,
        request_options: RequestOptions | None = None,
    ) -> DeploymentTemplateInfoV2:
        """Get deployment template

        Retrieves a deployment template by id.

        `GET /deployments/templates/{template_id}`

        Args:
            template_id (str): The identifier for the deployment template.
            show_instance_configurations (bool | Unset): If true, will return details for each
                instance configuration referenced by the template. Default: True.
            show_max_zones (bool | Unset): If true, will populate the max_zones field in the instance
                configurations. Only relevant if show_instance_configurations=true. Default: False.
            stack_version (str | Unset): If present, it will cause the returned deployment template to
                be adapted to return only the elements allowed in that version.
            region (str): Region of the deployment template
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentTemplateInfoV2

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_template_v2 as _operation

        return self._call(
            _operation,
            _operation.build_request(
                template_id,
                show_instance_configurations=show_instance_configurations,
                show_max_zones=show_max_zones,
                stack_version=stack_version,
                region=region,
            ),
            request_options,
        )

    def set_deployment_template_v2(
        self,
        template_id: str,
        *,
        body: DeploymentTemplateRequestBody,
        version: str | Unset = UNSET,
        create_only: bool | Unset = UNSET,
        validate_only: bool | Unset = UNSET,
        region: str,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Set deployment template

        Creates or updates a deployment template.

        `PUT /deployments/templates/{template_id}`

        Args:
            template_id (str): The identifier for the deployment template.
            version (str | Unset): If specified, checks for conflicts against the version of the
                template (returned in 'x-cloud-resource-version' of the GET request)
            create_only (bool | Unset): If true, will fail if the deployment template already exists
                at the given id Default: False.
            validate_only (bool | Unset): If true, the deployment template definition will be
                validated but the template will not be updated. Default: False.
            region (str): Region of the deployment template
            body (DeploymentTemplateRequestBody): Request body to create or update a Deployment
                Template
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            IdResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_deployment_template_v2 as _operation

        return self._call(
            _operation,
            _operation.build_request(
                template_id,
                body=body,
                version=version,
                create_only=create_only,
                validate_only=validate_only,
                region=region,
            ),
            request_options,
        )

    def delete_deployment_template_v2(
        self,
        template_id: str,
        *,
        region: str,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete deployment template

        Deletes a deployment template by id.

        `DELETE /deployments/templates/{template_id}`

        Args:
            template_id (str): The identifier for the deployment template.
            region (str): Region of the deployment template
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_deployment_template_v2 as _operation

        return self._call(
            _operation,
            _operation.build_request(
                template_id,
                region=region,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncDeploymentTemplatesAPI as AsyncDeploymentTemplatesAPI
    from ._async_raw import AsyncDeploymentTemplatesAPIWithRawResponse as AsyncDeploymentTemplatesAPIWithRawResponse
    from ._raw import DeploymentTemplatesAPIWithRawResponse as DeploymentTemplatesAPIWithRawResponse
else:
    _LAZY = {
        "AsyncDeploymentTemplatesAPI": "._async",
        "DeploymentTemplatesAPIWithRawResponse": "._raw",
        "AsyncDeploymentTemplatesAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `DeploymentTemplatesAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncDeploymentTemplatesAPI",
    "AsyncDeploymentTemplatesAPIWithRawResponse",
    "DeploymentTemplatesAPI",
    "DeploymentTemplatesAPIWithRawResponse",
]
