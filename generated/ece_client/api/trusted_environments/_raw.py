"""The `trusted_environments` operations returning `APIResponse`: `TrustedEnvironmentsAPIWithRawResponse` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import SyncRawResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.elasticsearch_cluster_trust_settings import ElasticsearchClusterTrustSettings


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
