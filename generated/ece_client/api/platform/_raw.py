"""The `platform` operations returning `APIResponse`: `PlatformAPIWithRawResponse` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import SyncRawResource

if TYPE_CHECKING:
    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.empty_response import EmptyResponse
    from ...models.platform_info import PlatformInfo
    from ...models.public_cert_chain import PublicCertChain
    from ...models.public_cert_chain_collection import PublicCertChainCollection


class PlatformAPIWithRawResponse(SyncRawResource):
    """The `platform` operations (sync), returning `APIResponse`: `ece.platform.with_raw_response`."""

    __slots__ = ()

    def get_platform(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[PlatformInfo]:
        """Get platform info

        Retrieves information about the active platform.

        `GET /platform`

        Returns:
            APIResponse[PlatformInfo]: the status, the headers and the parsed body.

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
    ) -> APIResponse[PublicCertChainCollection]:
        """List extra certificates

        List all of the extra certificates.

        `GET /platform/configuration/security/extra_certs`

        Returns:
            APIResponse[PublicCertChainCollection]: the status, the headers and the parsed body.

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
    ) -> APIResponse[PublicCertChain]:
        """Read extra certificate

        Read an extra certificate.

        `GET /platform/configuration/security/extra_certs/{cert_id}`

        Args:
            cert_id (str): The extra certificate Id. For example, `star_my_domain_com`.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[PublicCertChain]: the status, the headers and the parsed body.

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
    ) -> APIResponse[EmptyResponse]:
        """Update extra certificate

        Add or update an extra certificate.

        `PUT /platform/configuration/security/extra_certs/{cert_id}`

        Args:
            cert_id (str): The extra certificate Id. For example, `star_my_domain_com`.
            body (str):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[EmptyResponse]: the status, the headers and the parsed body.

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
    ) -> APIResponse[EmptyResponse]:
        """Delete extra certificate

        Delete an extra certificate.

        `DELETE /platform/configuration/security/extra_certs/{cert_id}`

        Args:
            cert_id (str): The extra certificate Id. For example, `star_my_domain_com`.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[EmptyResponse]: the status, the headers and the parsed body.

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
