"""The `extensions` operations: as methods of `ExtensionsAPI` (sync) and `AsyncExtensionsAPI`.

Each operation's module here (``extensions.<operation>``) has its low-level interface:
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
    from ...models.create_extension_request import CreateExtensionRequest
    from ...models.empty_response import EmptyResponse
    from ...models.extension import Extension
    from ...models.extensions import Extensions
    from ...models.update_extension_request import UpdateExtensionRequest
    from ...models.upload_extension_body import UploadExtensionBody
    from ...types import File


class ExtensionsAPI(SyncResource):
    """The `extensions` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ExtensionsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import ExtensionsAPIWithRawResponse

        return ExtensionsAPIWithRawResponse(self._client)

    def list_extensions(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Extensions:
        """List Extensions

        Retrieves all of the available extensions.

        `GET /deployments/extensions`

        Returns:
            Extensions

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import list_extensions as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def create_extension(
        self,
        *,
        body: CreateExtensionRequest,
        request_options: RequestOptions | None = None,
    ) -> Extension:
        """Create an extension

        Creates the extension.
         The extensions API supports two types of usage patterns.
         A). Specify a `download_url`, http or https URL,  where the extension is currently hosted. This
        will result in extension being copied to elastic repository.
         B). Create only the extension metadata using the `POST` endpoint and then use `PUT` to upload the
        extension file. Leave the `download_url` unspecified in this case.

        `POST /deployments/extensions`

        Args:
            body (CreateExtensionRequest): The body of a request to create a new extension
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            Extension

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_extension as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_extension(
        self,
        extension_id: str,
        *,
        include_deployments: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Extension:
        """Get Extension

        Retrieves an extension.

        `GET /deployments/extensions/{extension_id}`

        Args:
            extension_id (str): Id of an extension
            include_deployments (bool | Unset): Include deployments referencing this extension. Up to
                only 10000 deployments will be included. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            Extension

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_extension as _operation

        return self._call(
            _operation,
            _operation.build_request(
                extension_id,
                include_deployments=include_deployments,
            ),
            request_options,
        )

    def upload_extension(
        self,
        extension_id: str,
        *,
        body: UploadExtensionBody,
        request_options: RequestOptions | None = None,
    ) -> Extension:
        """Uploads the Extension

        Uploads archive for an extension.

        `PUT /deployments/extensions/{extension_id}`

        Args:
            extension_id (str): Id of an extension
            body (UploadExtensionBody):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            Extension

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import upload_extension as _operation

        return self._call(
            _operation,
            _operation.build_request(
                extension_id,
                body=body,
            ),
            request_options,
        )

    def update_extension(
        self,
        extension_id: str,
        *,
        body: UpdateExtensionRequest,
        request_options: RequestOptions | None = None,
    ) -> Extension:
        """Update Extension

        Updates an extension.

        `POST /deployments/extensions/{extension_id}`

        Args:
            extension_id (str): Id of an extension
            body (UpdateExtensionRequest): The body of a request to update an extension
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            Extension

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_extension as _operation

        return self._call(
            _operation,
            _operation.build_request(
                extension_id,
                body=body,
            ),
            request_options,
        )

    def delete_extension(
        self,
        extension_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete Extension

        Deletes a Extension.

        `DELETE /deployments/extensions/{extension_id}`

        Args:
            extension_id (str): Id of an extension
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_extension as _operation

        return self._call(
            _operation,
            _operation.build_request(
                extension_id,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncExtensionsAPI as AsyncExtensionsAPI
    from ._async_raw import AsyncExtensionsAPIWithRawResponse as AsyncExtensionsAPIWithRawResponse
    from ._raw import ExtensionsAPIWithRawResponse as ExtensionsAPIWithRawResponse
else:
    _LAZY = {
        "AsyncExtensionsAPI": "._async",
        "ExtensionsAPIWithRawResponse": "._raw",
        "AsyncExtensionsAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `ExtensionsAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncExtensionsAPI",
    "AsyncExtensionsAPIWithRawResponse",
    "ExtensionsAPI",
    "ExtensionsAPIWithRawResponse",
]
