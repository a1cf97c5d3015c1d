"""The `stack` operations: as methods of `StackAPI` (sync) and `AsyncStackAPI`.

Each operation's module here (``stack.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import SyncResource
from ..._extensions.stack import StackExtension
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.empty_response import EmptyResponse
    from ...models.instance_type_resource import InstanceTypeResource
    from ...models.stack_version_archive_processing_result import StackVersionArchiveProcessingResult
    from ...models.stack_version_config import StackVersionConfig
    from ...models.stack_version_config_post import StackVersionConfigPost
    from ...models.stack_version_configs import StackVersionConfigs
    from ...models.update_stack_packs_body import UpdateStackPacksBody
    from ...types import File


class StackAPI(StackExtension, SyncResource):
    """The `stack` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> StackAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import StackAPIWithRawResponse

        return StackAPIWithRawResponse(self._client)

    def get_instance_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[InstanceTypeResource]:
        """Get instance types

        Retrieves a list of all instance types.

        `GET /stack/instance-types`

        Returns:
            list[InstanceTypeResource]

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_instance_types as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def get_version_stacks(
        self,
        *,
        show_deleted: bool | Unset = UNSET,
        show_unusable: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> StackVersionConfigs:
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
            StackVersionConfigs

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_version_stacks as _operation

        return self._call(
            _operation,
            _operation.build_request(
                show_deleted=show_deleted,
                show_unusable=show_unusable,
            ),
            request_options,
        )

    def update_stack_packs(
        self,
        *,
        body: UpdateStackPacksBody,
        request_options: RequestOptions | None = None,
    ) -> StackVersionArchiveProcessingResult:
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
            StackVersionArchiveProcessingResult

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_stack_packs as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_version_stack(
        self,
        version: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StackVersionConfig:
        """Get stack version

        Retrieves the Elastic Stack version and template.

        `GET /stack/versions/{version}`

        Args:
            version (str): The Elastic Stack version. For example, `5.3.1` or `5.0.0-RC4`.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            StackVersionConfig

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_version_stack as _operation

        return self._call(
            _operation,
            _operation.build_request(
                version,
            ),
            request_options,
        )

    def update_version_stack(
        self,
        version: str,
        *,
        body: StackVersionConfigPost,
        request_options: RequestOptions | None = None,
    ) -> StackVersionConfig:
        """Update stack version

        Updates the Elastic Stack version configuration.

        `PUT /stack/versions/{version}`

        Args:
            version (str): The Elastic Stack version. For example, `5.3.1` or `5.0.0-RC4`.
            body (StackVersionConfigPost): The configuration for an Elastic Stack version.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            StackVersionConfig

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_version_stack as _operation

        return self._call(
            _operation,
            _operation.build_request(
                version,
                body=body,
            ),
            request_options,
        )

    def delete_version_stack(
        self,
        version: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete stack version

        Uses the `deleted` flag, which removes only that version of the Elastic Stack from the list of
        available versions. To restore the version, send an update request. For more information, see the
        PUT request.

        `DELETE /stack/versions/{version}`

        Args:
            version (str): The Elastic Stack version. For example, `5.3.1` or `5.0.0-RC4`.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_version_stack as _operation

        return self._call(
            _operation,
            _operation.build_request(
                version,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncStackAPI as AsyncStackAPI
    from ._async_raw import AsyncStackAPIWithRawResponse as AsyncStackAPIWithRawResponse
    from ._raw import StackAPIWithRawResponse as StackAPIWithRawResponse
else:
    _LAZY = {
        "AsyncStackAPI": "._async",
        "StackAPIWithRawResponse": "._raw",
        "AsyncStackAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `StackAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncStackAPI",
    "AsyncStackAPIWithRawResponse",
    "StackAPI",
    "StackAPIWithRawResponse",
]
