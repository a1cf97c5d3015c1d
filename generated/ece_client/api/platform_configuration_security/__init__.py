"""The `platform_configuration_security` operations: as methods of `PlatformConfigurationSecurityAPI` (sync) and `AsyncPlatformConfigurationSecurityAPI`.

Each operation's module here (``platform_configuration_security.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import SyncResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.active_directory_settings import ActiveDirectorySettings
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.empty_response import EmptyResponse
    from ...models.enrollment_token_request import EnrollmentTokenRequest
    from ...models.get_tls_certificate_service_name import GetTlsCertificateServiceName
    from ...models.id_response import IdResponse
    from ...models.ldap_settings import LdapSettings
    from ...models.list_enrollment_token_reply import ListEnrollmentTokenReply
    from ...models.request_enrollment_token_reply import RequestEnrollmentTokenReply
    from ...models.saml_settings import SamlSettings
    from ...models.security_deployment import SecurityDeployment
    from ...models.security_deployment_create_request import SecurityDeploymentCreateRequest
    from ...models.security_deployment_update_request import SecurityDeploymentUpdateRequest
    from ...models.security_realm_info_list import SecurityRealmInfoList
    from ...models.security_realms_reorder_request import SecurityRealmsReorderRequest
    from ...models.set_tls_certificate_service_name import SetTlsCertificateServiceName
    from ...models.tls_public_cert_chain import TlsPublicCertChain
    from ...models.updated_tls_chain import UpdatedTlsChain
    from ...types import File


class PlatformConfigurationSecurityAPI(SyncResource):
    """The `platform_configuration_security` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PlatformConfigurationSecurityAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import PlatformConfigurationSecurityAPIWithRawResponse

        return PlatformConfigurationSecurityAPIWithRawResponse(self._client)

    def get_security_deployment(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> SecurityDeployment:
        """Get current security deployment

        Retrieves the current security deployment.

        `GET /platform/configuration/security/deployment`

        Returns:
            SecurityDeployment

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_security_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def update_security_deployment(
        self,
        *,
        body: SecurityDeploymentUpdateRequest,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Update security deployment

        Updates an existing security deployment configuration.

        `PUT /platform/configuration/security/deployment`

        Args:
            body (SecurityDeploymentUpdateRequest): The update request for the Elasticsearch security
                deployment.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            IdResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_security_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def create_security_deployment(
        self,
        *,
        body: SecurityDeploymentCreateRequest,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Create security deployment

        Creates a new security deployment configuration.

        `POST /platform/configuration/security/deployment`

        Args:
            body (SecurityDeploymentCreateRequest): The creation request for the Elasticsearch
                security deployment.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            IdResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_security_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_enrollment_tokens(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListEnrollmentTokenReply:
        """Get enrollment tokens

        Retrieves a list of active enrollment tokens.

        `GET /platform/configuration/security/enrollment-tokens`

        Returns:
            ListEnrollmentTokenReply

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_enrollment_tokens as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def create_enrollment_token(
        self,
        *,
        body: EnrollmentTokenRequest,
        request_options: RequestOptions | None = None,
    ) -> RequestEnrollmentTokenReply:
        """Create enrollment token

        Creates an enrollment token.

        `POST /platform/configuration/security/enrollment-tokens`

        Args:
            body (EnrollmentTokenRequest): An enrollment token request for one or more services.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RequestEnrollmentTokenReply

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_enrollment_token as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def delete_enrollment_token(
        self,
        token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete enrollment token

        Revokes and deletes the enrollment token.

        `DELETE /platform/configuration/security/enrollment-tokens/{token}`

        Args:
            token (str): The token or token identifier to revoke.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_enrollment_token as _operation

        return self._call(
            _operation,
            _operation.build_request(
                token,
            ),
            request_options,
        )

    def get_security_realm_configurations(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> SecurityRealmInfoList:
        """List security realm configurations

        Retrieves a list of security realm configurations.

        `GET /platform/configuration/security/realms`

        Returns:
            SecurityRealmInfoList

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_security_realm_configurations as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def reorder_security_realms(
        self,
        *,
        body: SecurityRealmsReorderRequest,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Reorder security realms

        Reorder security realms.

        `POST /platform/configuration/security/realms/_reorder`

        Args:
            body (SecurityRealmsReorderRequest): A reorder request for Elasticsearch security realms.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import reorder_security_realms as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def create_active_directory_configuration(
        self,
        *,
        body: ActiveDirectorySettings,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Create Active Directory configuration

        Creates a new Active Directory configuration.

        `POST /platform/configuration/security/realms/active-directory`

        Args:
            body (ActiveDirectorySettings): Elasticsearch Security Active Directory realm
                configuration
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_active_directory_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_active_directory_configuration(
        self,
        realm_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ActiveDirectorySettings:
        """Get Active Directory configuration

        Retrieves a single Active Directory security realm configuration.

        `GET /platform/configuration/security/realms/active-directory/{realm_id}`

        Args:
            realm_id (str): The Elasticsearch Security realm identifier.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ActiveDirectorySettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_active_directory_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                realm_id,
            ),
            request_options,
        )

    def update_active_directory_configuration(
        self,
        realm_id: str,
        *,
        body: ActiveDirectorySettings,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Update Active Directory configuration

        Updates an existing Active Directory configuration.

        `PUT /platform/configuration/security/realms/active-directory/{realm_id}`

        Args:
            realm_id (str): The Elasticsearch Security realm identifier.
            version (str | Unset): When specified, checks for conflicts against the version stored in
                the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            body (ActiveDirectorySettings): Elasticsearch Security Active Directory realm
                configuration
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_active_directory_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                realm_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def delete_active_directory_configuration(
        self,
        realm_id: str,
        *,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete Active Directory configuration

        Deletes a single Active Directory configuration.

        `DELETE /platform/configuration/security/realms/active-directory/{realm_id}`

        Args:
            realm_id (str): The Elasticsearch Security realm identifier.
            version (str | Unset): When specified, checks for conflicts against the version stored in
                the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_active_directory_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                realm_id,
                version=version,
            ),
            request_options,
        )

    def create_ldap_configuration(
        self,
        *,
        body: LdapSettings,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Create LDAP configuration

        Creates a new LDAP configuration.

        `POST /platform/configuration/security/realms/ldap`

        Args:
            body (LdapSettings): The configuration for the Elasticsearch security LDAP realm.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_ldap_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_ldap_configuration(
        self,
        realm_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> LdapSettings:
        """Get LDAP configuration

        Retrieves a single LDAP security realm configuration.

        `GET /platform/configuration/security/realms/ldap/{realm_id}`

        Args:
            realm_id (str): The Elasticsearch Security realm identifier.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LdapSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_ldap_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                realm_id,
            ),
            request_options,
        )

    def update_ldap_configuration(
        self,
        realm_id: str,
        *,
        body: LdapSettings,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Update LDAP configuration

        Updates an existing LDAP configuration.

        `PUT /platform/configuration/security/realms/ldap/{realm_id}`

        Args:
            realm_id (str): The Elasticsearch Security realm identifier.
            version (str | Unset): When specified, checks for conflicts against the version stored in
                the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            body (LdapSettings): The configuration for the Elasticsearch security LDAP realm.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_ldap_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                realm_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def delete_ldap_configuration(
        self,
        realm_id: str,
        *,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete LDAP configuration

        Deletes a single LDAP configuration.

        `DELETE /platform/configuration/security/realms/ldap/{realm_id}`

        Args:
            realm_id (str): The Elasticsearch Security realm identifier.
            version (str | Unset): When specified, checks for conflicts against the version stored in
                the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_ldap_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                realm_id,
                version=version,
            ),
            request_options,
        )

    def create_saml_configuration(
        self,
        *,
        body: SamlSettings,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Create SAML configuration

        Creates a new SAML configuration.

        `POST /platform/configuration/security/realms/saml`

        Args:
            body (SamlSettings): The configuration for the Elasticsearch security SAML realm.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_saml_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_saml_configuration(
        self,
        realm_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SamlSettings:
        """Get SAML configuration

        Retrieves a single SAML security realm configuration.

        `GET /platform/configuration/security/realms/saml/{realm_id}`

        Args:
            realm_id (str): The Elasticsearch Security realm identifier.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            SamlSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_saml_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                realm_id,
            ),
            request_options,
        )

    def update_saml_configuration(
        self,
        realm_id: str,
        *,
        body: SamlSettings,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Update SAML configuration

        Updates an existing SAML configuration.

        `PUT /platform/configuration/security/realms/saml/{realm_id}`

        Args:
            realm_id (str): The Elasticsearch Security realm identifier.
            version (str | Unset): When specified, checks for conflicts against the version stored in
                the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            body (SamlSettings): The configuration for the Elasticsearch security SAML realm.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_saml_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                realm_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def delete_saml_configuration(
        self,
        realm_id: str,
        *,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete SAML configuration

        Deletes a single SAML configuration.

        `DELETE /platform/configuration/security/realms/saml/{realm_id}`

        Args:
            realm_id (str): The Elasticsearch Security realm identifier.
            version (str | Unset): When specified, checks for conflicts against the version stored in
                the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_saml_configuration as _operation

        return self._call(
            _operation,
            _operation.build_request(
                realm_id,
                version=version,
            ),
            request_options,
        )

    def get_tls_certificate(
        self,
        service_name: GetTlsCertificateServiceName,
        *,
        request_options: RequestOptions | None = None,
    ) -> TlsPublicCertChain:
        """Get TLS certificate

        Retrieves a certificate in the TLS certificate chain.

        `GET /platform/configuration/security/tls/{service_name}`

        Args:
            service_name (GetTlsCertificateServiceName): The service certificate chain to read.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TlsPublicCertChain

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_tls_certificate as _operation

        return self._call(
            _operation,
            _operation.build_request(
                service_name,
            ),
            request_options,
        )

    def set_tls_certificate(
        self,
        service_name: SetTlsCertificateServiceName,
        *,
        body: str,
        request_options: RequestOptions | None = None,
    ) -> UpdatedTlsChain:
        """Set TLS certificate

        Creates or updates the TLS certificate chain.

        `POST /platform/configuration/security/tls/{service_name}`

        Args:
            service_name (SetTlsCertificateServiceName): The service certificate chain to read.
            body (str):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            UpdatedTlsChain

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_tls_certificate as _operation

        return self._call(
            _operation,
            _operation.build_request(
                service_name,
                body=body,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncPlatformConfigurationSecurityAPI as AsyncPlatformConfigurationSecurityAPI
    from ._async_raw import (
        AsyncPlatformConfigurationSecurityAPIWithRawResponse as AsyncPlatformConfigurationSecurityAPIWithRawResponse,
    )
    from ._raw import PlatformConfigurationSecurityAPIWithRawResponse as PlatformConfigurationSecurityAPIWithRawResponse
else:
    _LAZY = {
        "AsyncPlatformConfigurationSecurityAPI": "._async",
        "PlatformConfigurationSecurityAPIWithRawResponse": "._raw",
        "AsyncPlatformConfigurationSecurityAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `PlatformConfigurationSecurityAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncPlatformConfigurationSecurityAPI",
    "AsyncPlatformConfigurationSecurityAPIWithRawResponse",
    "PlatformConfigurationSecurityAPI",
    "PlatformConfigurationSecurityAPIWithRawResponse",
]
