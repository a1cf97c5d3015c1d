"""The `stack` operations returning `APIResponse`, asyncio: `AsyncStackAPIWithRawResponse` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import AsyncRawResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.empty_response import EmptyResponse
    from ...models.instance_type_resource import InstanceTypeResource
    from ...models.stack_version_archive_processing_result import StackVersionArchiveProcessingResult
    from ...models.stack_version_config import StackVersionConfig
    from ...models.stack_version_config_post import StackVersionConfigPost
    from ...models.stack_version_configs import StackVersionConfigs
    from ...models.update_stack_packs_body import UpdateStackPacksBody


class AsyncStackAPIWithRawResponse(AsyncRawResource):
    """The `stack` operations (asyncio), returning `APIResponse`: `ece.stack.with_raw_response`."""

    __slots__ = ()

    async def get_instance_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[list[InstanceTypeResource]]:
        """Get instance types

        Retrieves a list of all instance types.

        `GET /stack/instance-types`

        Returns:
            APIResponse[list[InstanceTypeResource]]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_instance_types as _operation

        return await self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    async def get_version_stacks(
        self,
        *,
        show_deleted: bool | Unset = UNSET,
        show_unusable: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[StackVersionConfigs]:
        """Get stack versions

        By default, retrieves only the available Elastic Stack versions. To retrieve all of the Elastic
        Stack versions, use the `show_deleted parameter`.

        `GET /stack/versions`

        Args:
            show_deleted (bool | Unset): Whether to show deleted stack versions or not Default: False.
            show_unusable (bool | Unset): Whether to show versions that are unusable by the
                authenticated user Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[StackVersionConfigs]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_version_stacks as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                show_deleted=show_deleted,
                show_unusable=show_unusable,
            ),
            request_options,
        )

    async def update_stack_packs(
        self,
        *,
        body: UpdateStackPacksBody,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[StackVersionArchiveProcessingResult]:
        """Upload stack pack

        Creates or updates an Elastic Stack pack and template.
        The endpoint supports `multipart/form-data` requests, as well as `application/zip` and
        `application/octet-stream` requests with a binary body. The maximum size of the payload is 1Mb.
        When the archive contains an Elastic Stack configuration that is available through the API, the
        configuration and template are overwritten.

        `POST /stack/versions`

        Args:
            body (UpdateStackPacksBody):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[StackVersionArchiveProcessingResult]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_stack_packs as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    async def get_version_stack(
        self,
        version: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[StackVersionConfig]:
        """Get stack version

        Retrieves the Elastic Stack version and template.

        `GET /stack/versions/{version}`

        Args:
            version (str): The Elastic Stack version. For example, `5.3.1` or `5.0.0-RC4`.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[StackVersionConfig]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_version_stack as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                version,
            ),
            request_options,
        )

    async def update_version_stack(
        self,
        version: str,
        *,
        body: StackVersionConfigPost,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[StackVersionConfig]:
        """Update stack version

        Updates the Elastic Stack version configuration.

        `PUT /stack/versions/{version}`

        Args:
            version (str): The Elastic Stack version. For example, `5.3.1` or `5.0.0-RC4`.
            body (StackVersionConfigPost): The configuration for an Elastic Stack version.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[StackVersionConfig]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_version_stack as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                version,
                body=body,
            ),
            request_options,
        )

    async def delete_version_stack(
        self,
        version: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[EmptyResponse]:
        """Delete stack version

        Uses the `deleted` flag, which removes only that version of the Elastic Stack from the list of
        available versions. To restore the version, send an update request. For more information, see the
        PUT request.

        `DELETE /stack/versions/{version}`

        Args:
            version (str): The Elastic Stack version. For example, `5.3.1` or `5.0.0-RC4`.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[EmptyResponse]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_version_stack as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                version,
            ),
            request_options,
        )
