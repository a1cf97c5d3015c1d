"""The `platform` operations: as methods of `PlatformAPI` (sync) and `AsyncPlatformAPI`.

Each operation's module here (``platform.<operation>``) has its low-level interface:
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
    from ...models.platform_info import PlatformInfo
    from ...models.public_cert_chain import PublicCertChain
    from ...models.public_cert_chain_collection import PublicCertChainCollection
    from ...types import File


class PlatformAPI(SyncResource):
    """The `platform` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PlatformAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import PlatformAPIWithRawResponse

        return PlatformAPIWithRawResponse(self._client)

    def get_platform(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> PlatformInfo:
        """Get platform info

        Retrieves information about the active platform.

        `GET /platform`

        Returns:
            PlatformInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_platform as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def get_extra_certificates(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> PublicCertChainCollection:
        """List extra certificates

        List all of the extra certificates.

        `GET /platform/configuration/security/extra_certs`

        Returns:
            PublicCertChainCollection

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_extra_certificates as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def get_extra_certificate(
        self,
        cert_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PublicCertChain:
        """Read extra certificate

        Read an extra certificate.

        `GET /platform/configuration/security/extra_certs/{cert_id}`

        Args:
            cert_id (str): The extra certificate Id. For example, `star_my_domain_com`.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            PublicCertChain

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_extra_certificate as _operation

        return self._call(
            _operation,
            _operation.build_request(
                cert_id,
            ),
            request_options,
        )

    def set_extra_certificate(
        self,
        cert_id: str,
        *,
        body: str,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Update extra certificate

        Add or update an extra certificate.

        `PUT /platform/configuration/security/extra_certs/{cert_id}`

        Args:
            cert_id (str): The extra certificate Id. For example, `star_my_domain_com`.
            body (str):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_extra_certificate as _operation

        return self._call(
            _operation,
            _operation.build_request(
                cert_id,
                body=body,
            ),
            request_options,
        )

    def delete_extra_certificate(
        self,
        cert_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete extra certificate

        Delete an extra certificate.

        `DELETE /platform/configuration/security/extra_certs/{cert_id}`

        Args:
            cert_id (str): The extra certificate Id. For example, `star_my_domain_com`.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_extra_certificate as _operation

        return self._call(
            _operation,
            _operation.build_request(
                cert_id,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncPlatformAPI as AsyncPlatformAPI
    from ._async_raw import AsyncPlatformAPIWithRawResponse as AsyncPlatformAPIWithRawResponse
    from ._raw import PlatformAPIWithRawResponse as PlatformAPIWithRawResponse
else:
    _LAZY = {
        "AsyncPlatformAPI": "._async",
        "PlatformAPIWithRawResponse": "._raw",
        "AsyncPlatformAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `PlatformAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncPlatformAPI",
    "AsyncPlatformAPIWithRawResponse",
    "PlatformAPI",
    "PlatformAPIWithRawResponse",
]
