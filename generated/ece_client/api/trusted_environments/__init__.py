"""The `trusted_environments` operations: as methods of `TrustedEnvironmentsAPI` (sync) and `AsyncTrustedEnvironmentsAPI`.

Each operation's module here (``trusted_environments.<operation>``) has its low-level interface:
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
    from ...models.elasticsearch_cluster_trust_settings import ElasticsearchClusterTrustSettings
    from ...types import File


class TrustedEnvironmentsAPI(SyncResource):
    """The `trusted_environments` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> TrustedEnvironmentsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import TrustedEnvironmentsAPIWithRawResponse

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


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncTrustedEnvironmentsAPI as AsyncTrustedEnvironmentsAPI
    from ._async_raw import AsyncTrustedEnvironmentsAPIWithRawResponse as AsyncTrustedEnvironmentsAPIWithRawResponse
    from ._raw import TrustedEnvironmentsAPIWithRawResponse as TrustedEnvironmentsAPIWithRawResponse
else:
    _LAZY = {
        "AsyncTrustedEnvironmentsAPI": "._async",
        "TrustedEnvironmentsAPIWithRawResponse": "._raw",
        "AsyncTrustedEnvironmentsAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `TrustedEnvironmentsAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncTrustedEnvironmentsAPI",
    "AsyncTrustedEnvironmentsAPIWithRawResponse",
    "TrustedEnvironmentsAPI",
    "TrustedEnvironmentsAPIWithRawResponse",
]
