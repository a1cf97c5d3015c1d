"""The `platform_configuration_trust_relationships` operations: as methods of `PlatformConfigurationTrustRelationshipsAPI` (sync) and `AsyncPlatformConfigurationTrustRelationshipsAPI`.

Each operation's module here (``platform_configuration_trust_relationships.<operation>``) has its low-level interface:
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
    from ...models.empty_response import EmptyResponse
    from ...models.get_trust_relationships_filter import GetTrustRelationshipsFilter
    from ...models.trust_relationship_create_request import TrustRelationshipCreateRequest
    from ...models.trust_relationship_create_response import TrustRelationshipCreateResponse
    from ...models.trust_relationship_get_response import TrustRelationshipGetResponse
    from ...models.trust_relationship_update_request import TrustRelationshipUpdateRequest
    from ...models.trust_relationship_update_response import TrustRelationshipUpdateResponse
    from ...models.trust_relationships_list_response import TrustRelationshipsListResponse
    from ...types import File


class PlatformConfigurationTrustRelationshipsAPI(SyncResource):
    """The `platform_configuration_trust_relationships` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PlatformConfigurationTrustRelationshipsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import PlatformConfigurationTrustRelationshipsAPIWithRawResponse

        return PlatformConfigurationTrustRelationshipsAPIWithRawResponse(self._client)

    def get_trust_relationships(
        self,
        *,
        include_certificate: bool | Unset = UNSET,
        filter_: GetTrustRelationshipsFilter | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TrustRelationshipsListResponse:
        """List trust relationships

        List trust relationships.

        `GET /platform/configuration/trust-relationships`

        Args:
            include_certificate (bool | Unset): Whether to include the public CA certificates in the
                response. Default: False.
            filter_ (GetTrustRelationshipsFilter | Unset): Which trust relationships to return in the
                response. Defaults to `all` Default: GetTrustRelationshipsFilter.ALL.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TrustRelationshipsListResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_trust_relationships as _operation

        return self._call(
            _operation,
            _operation.build_request(
                include_certificate=include_certificate,
                filter_=filter_,
            ),
            request_options,
        )

    def create_trust_relationship(
        self,
        *,
        body: TrustRelationshipCreateRequest,
        request_options: RequestOptions | None = None,
    ) -> TrustRelationshipCreateResponse:
        """Create trust relationship

        Creates a trust relationship.

        `POST /platform/configuration/trust-relationships`

        Args:
            body (TrustRelationshipCreateRequest): A request for creating a trust relationship with
                another environment
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TrustRelationshipCreateResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_trust_relationship as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_trust_relationship(
        self,
        trust_relationship_id: str,
        *,
        include_certificate: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TrustRelationshipGetResponse:
        """Get trust relationship

        Retrieves information about a trust relationship.

        `GET /platform/configuration/trust-relationships/{trust_relationship_id}`

        Args:
            trust_relationship_id (str): Identifier for the trust relationship
            include_certificate (bool | Unset): Whether to include the public CA certificates in the
                response. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TrustRelationshipGetResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_trust_relationship as _operation

        return self._call(
            _operation,
            _operation.build_request(
                trust_relationship_id,
                include_certificate=include_certificate,
            ),
            request_options,
        )

    def update_trust_relationship(
        self,
        trust_relationship_id: str,
        *,
        body: TrustRelationshipUpdateRequest,
        request_options: RequestOptions | None = None,
    ) -> TrustRelationshipUpdateResponse:
        """Update trust relationship

        Updates a trust relationship.

        `PUT /platform/configuration/trust-relationships/{trust_relationship_id}`

        Args:
            trust_relationship_id (str): Identifier for the trust relationship
            body (TrustRelationshipUpdateRequest): A request for updating a trust relationship with
                another environment
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TrustRelationshipUpdateResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_trust_relationship as _operation

        return self._call(
            _operation,
            _operation.build_request(
                trust_relationship_id,
                body=body,
            ),
            request_options,
        )

    def delete_trust_relationship(
        self,
        trust_relationship_id: str,
        *,
        version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete trust relationship

        Deletes a trust relationship.

        `DELETE /platform/configuration/trust-relationships/{trust_relationship_id}`

        Args:
            trust_relationship_id (str): Identifier for the trust relationship
            version (int | Unset): If specified then checks for conflicts against the version stored
                in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_trust_relationship as _operation

        return self._call(
            _operation,
            _operation.build_request(
                trust_relationship_id,
                version=version,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import (
        AsyncPlatformConfigurationTrustRelationshipsAPI as AsyncPlatformConfigurationTrustRelationshipsAPI,
    )
    from ._async_raw import (
        AsyncPlatformConfigurationTrustRelationshipsAPIWithRawResponse as AsyncPlatformConfigurationTrustRelationshipsAPIWithRawResponse,
    )
    from ._raw import (
        PlatformConfigurationTrustRelationshipsAPIWithRawResponse as PlatformConfigurationTrustRelationshipsAPIWithRawResponse,
    )
else:
    _LAZY = {
        "AsyncPlatformConfigurationTrustRelationshipsAPI": "._async",
        "PlatformConfigurationTrustRelationshipsAPIWithRawResponse": "._raw",
        "AsyncPlatformConfigurationTrustRelationshipsAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `PlatformConfigurationTrustRelationshipsAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncPlatformConfigurationTrustRelationshipsAPI",
    "AsyncPlatformConfigurationTrustRelationshipsAPIWithRawResponse",
    "PlatformConfigurationTrustRelationshipsAPI",
    "PlatformConfigurationTrustRelationshipsAPIWithRawResponse",
]
