"""The `platform_configuration_networking` operations: as methods of `PlatformConfigurationNetworkingAPI` (sync) and `AsyncPlatformConfigurationNetworkingAPI`.

Each operation's module here (``platform_configuration_networking.<operation>``) has its low-level interface:
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
    from ...models.deployment_domain_name import DeploymentDomainName
    from ...models.get_resource_kind_deployment_domain_name_resource_kind import (
        GetResourceKindDeploymentDomainNameResourceKind,
    )
    from ...models.set_resource_kind_deployment_domain_name_resource_kind import (
        SetResourceKindDeploymentDomainNameResourceKind,
    )
    from ...types import File


class PlatformConfigurationNetworkingAPI(SyncResource):
    """The `platform_configuration_networking` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PlatformConfigurationNetworkingAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import PlatformConfigurationNetworkingAPIWithRawResponse

        return PlatformConfigurationNetworkingAPIWithRawResponse(self._client)

    def get_default_deployment_domain_name(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeploymentDomainName:
        """Get default Deployment Domain Name

        Gets the default Deployment Domain Name configuration value.

        `GET /platform/configuration/networking/deployment_domain_name`

        Returns:
            DeploymentDomainName

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_default_deployment_domain_name as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def set_default_deployment_domain_name(
        self,
        *,
        body: DeploymentDomainName,
        version: str | Unset = UNSET,
        skip_cascading_operations: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentDomainName:
        """Set default Deployment Domain Name

        Saves the default Deployment Domain Name configuration value.

        `PUT /platform/configuration/networking/deployment_domain_name`

        Args:
            version (str | Unset): If specified, then checks for conflicts against the version stored
                in the persistent store (returned in 'x-cloud-resource-version' of the GET request). If
                not specified, will unconditionally upsert.
            skip_cascading_operations (bool | Unset): Whether or not to skip cascading operations,
                such as re-provisioning the Security Deployment. Default: False.
            body (DeploymentDomainName): Deployment domain name configuration
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentDomainName

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_default_deployment_domain_name as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
                version=version,
                skip_cascading_operations=skip_cascading_operations,
            ),
            request_options,
        )

    def get_resource_kind_deployment_domain_name(
        self,
        resource_kind: GetResourceKindDeploymentDomainNameResourceKind,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeploymentDomainName:
        """Get Deployment Domain Name for a resource kind

        Gets Deployment Domain Name configuration value for a resource kind.

        `GET /platform/configuration/networking/deployment_domain_name/{resource_kind}`

        Args:
            resource_kind (GetResourceKindDeploymentDomainNameResourceKind): The kind of resource you
                want to manage a Deployment Domain Name for.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentDomainName

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_resource_kind_deployment_domain_name as _operation

        return self._call(
            _operation,
            _operation.build_request(
                resource_kind,
            ),
            request_options,
        )

    def set_resource_kind_deployment_domain_name(
        self,
        resource_kind: SetResourceKindDeploymentDomainNameResourceKind,
        *,
        body: DeploymentDomainName,
        version: str | Unset = UNSET,
        skip_cascading_operations: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentDomainName:
        """Set Deployment Domain Name for a resource kind.

        Saves the Deployment Domain Name configuration value for a resource kind.

        `PUT /platform/configuration/networking/deployment_domain_name/{resource_kind}`

        Args:
            resource_kind (SetResourceKindDeploymentDomainNameResourceKind): The kind of resource you
                want to manage a Deployment Domain Name for.
            version (str | Unset): If specified, then checks for conflicts against the version stored
                in the persistent store (returned in 'x-cloud-resource-version' of the GET request). If
                not specified, will unconditionally upsert.
            skip_cascading_operations (bool | Unset): Whether or not to skip cascading operations,
                such as re-provisioning the Security Deployment. Default: False.
            body (DeploymentDomainName): Deployment domain name configuration
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentDomainName

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_resource_kind_deployment_domain_name as _operation

        return self._call(
            _operation,
            _operation.build_request(
                resource_kind,
                body=body,
                version=version,
                skip_cascading_operations=skip_cascading_operations,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncPlatformConfigurationNetworkingAPI as AsyncPlatformConfigurationNetworkingAPI
    from ._async_raw import (
        AsyncPlatformConfigurationNetworkingAPIWithRawResponse as AsyncPlatformConfigurationNetworkingAPIWithRawResponse,
    )
    from ._raw import (
        PlatformConfigurationNetworkingAPIWithRawResponse as PlatformConfigurationNetworkingAPIWithRawResponse,
    )
else:
    _LAZY = {
        "AsyncPlatformConfigurationNetworkingAPI": "._async",
        "PlatformConfigurationNetworkingAPIWithRawResponse": "._raw",
        "AsyncPlatformConfigurationNetworkingAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `PlatformConfigurationNetworkingAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncPlatformConfigurationNetworkingAPI",
    "AsyncPlatformConfigurationNetworkingAPIWithRawResponse",
    "PlatformConfigurationNetworkingAPI",
    "PlatformConfigurationNetworkingAPIWithRawResponse",
]
