"""The `trusted_environments` operations of the asyncio client: `AsyncTrustedEnvironmentsAPI` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import AsyncResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._request_options import RequestOptions
    from ...models.elasticsearch_cluster_trust_settings import ElasticsearchClusterTrustSettings


if TYPE_CHECKING:
    from ._async_raw import AsyncTrustedEnvironmentsAPIWithRawResponse


class AsyncTrustedEnvironmentsAPI(AsyncResource):
    """The `trusted_environments` operations of the ECE API (asyncio)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncTrustedEnvironmentsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._async_raw import AsyncTrustedEnvironmentsAPIWithRawResponse

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
