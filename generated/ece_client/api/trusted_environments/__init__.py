"""The `trusted_environments` operations: as methods of `TrustedEnvironmentsAPI` (sync) and `AsyncTrustedEnvironmentsAPI`.

Each operation's module here (``trusted_environments.<operation>``) has its low-level interface:
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
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.elasticsearch_cluster_trust_settings import ElasticsearchClusterTrustSettings
    from ...types import File


class TrustedEnvironmentsAPI(SyncResource):
    """The `trusted_environments` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> TrustedEnvironmentsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        return TrustedEnvironmentsAPIWithRawResponse(self._client)

    def get_trusted_envs(
        self,
        *,
        organization_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ElasticsearchClusterTrustSettings:
        """Get trusted environments

        Returns the list of trusted environments for the organization. If no organization is passed in, the
        organization attached to the user is assumed.

        `GET /trusted-environments`

        Args:
            organization_id (str | Unset): (Optional) Organization Id for which to retrieve the
                trusted environments
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ElasticsearchClusterTrustSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_trusted_envs as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id=organization_id,
            ),
            request_options,
        )


class AsyncTrustedEnvironmentsAPI(AsyncResource):
    """The `trusted_environments` operations of the ECE API (asyncio)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncTrustedEnvironmentsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        return AsyncTrustedEnvironmentsAPIWithRawResponse(self._client)

    async def get_trusted_envs(
        self,
        *,
        organization_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ElasticsearchClusterTrustSettings:
        """Get trusted environments

        Returns the list of trusted environments for the organization. If no organization is passed in, the
        organization attached to the user is assumed.

        `GET /trusted-environments`

        Args:
            organization_id (str | Unset): (Optional) Organization Id for which to retrieve the
                trusted environments
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ElasticsearchClusterTrustSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_trusted_envs as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                organization_id=organization_id,
            ),
            request_options,
        )


class TrustedEnvironmentsAPIWithRawResponse(SyncRawResource):
    """The `trusted_environments` operations (sync), returning `APIResponse`: `ece.trusted_environments.with_raw_response`."""

    __slots__ = ()

    def get_trusted_envs(
        self,
        *,
        organization_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[ElasticsearchClusterTrustSettings]:
        """Get trusted environments

        Returns the list of trusted environments for the organization. If no organization is passed in, the
        organization attached to the user is assumed.

        `GET /trusted-environments`

        Args:
            organization_id (str | Unset): (Optional) Organization Id for which to retrieve the
                trusted environments
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[ElasticsearchClusterTrustSettings]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_trusted_envs as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id=organization_id,
            ),
            request_options,
        )


class AsyncTrustedEnvironmentsAPIWithRawResponse(AsyncRawResource):
    """The `trusted_environments` operations (asyncio), returning `APIResponse`: `ece.trusted_environments.with_raw_response`."""

    __slots__ = ()

    async def get_trusted_envs(
        self,
        *,
        organization_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[ElasticsearchClusterTrustSettings]:
        """Get trusted environments

        Returns the list of trusted environments for the organization. If no organization is passed in, the
        organization attached to the user is assumed.

        `GET /trusted-environments`

        Args:
            organization_id (str | Unset): (Optional) Organization Id for which to retrieve the
                trusted environments
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[ElasticsearchClusterTrustSettings]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_trusted_envs as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                organization_id=organization_id,
            ),
            request_options,
        )


__all__ = [
    "AsyncTrustedEnvironmentsAPI",
    "AsyncTrustedEnvironmentsAPIWithRawResponse",
    "TrustedEnvironmentsAPI",
    "TrustedEnvironmentsAPIWithRawResponse",
]
