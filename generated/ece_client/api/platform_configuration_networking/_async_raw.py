"""The `platform_configuration_networking` operations returning `APIResponse`, asyncio: `AsyncPlatformConfigurationNetworkingAPIWithRawResponse` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import AsyncRawResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.deployment_domain_name import DeploymentDomainName
    from ...models.get_resource_kind_deployment_domain_name_resource_kind import (
        GetResourceKindDeploymentDomainNameResourceKind,
    )
    from ...models.set_resource_kind_deployment_domain_name_resource_kind import (
        SetResourceKindDeploymentDomainNameResourceKind,
    )


class AsyncPlatformConfigurationNetworkingAPIWithRawResponse(AsyncRawResource):
    """The `platform_configuration_networking` operations (asyncio), returning `APIResponse`: `ece.platform_configuration_networking.with_raw_response`."""

    __slots__ = ()

    async def get_default_deployment_domain_name(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[DeploymentDomainName]:
        """Get default Deployment Domain Name

        Gets the default Deployment Domain Name configuration value.

        `GET /platform/configuration/networking/deployment_domain_name`

        Returns:
            APIResponse[DeploymentDomainName]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_default_deployment_domain_name as _operation

        return await self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    async def set_default_deployment_domain_name(
        self,
        *,
        body: DeploymentDomainName,
        version: str | Unset = UNSET,
        skip_cascading_operations: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[DeploymentDomainName]:
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
            APIResponse[DeploymentDomainName]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_default_deployment_domain_name as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                body=body,
                version=version,
                skip_cascading_operations=skip_cascading_operations,
            ),
            request_options,
        )

    async def get_resource_kind_deployment_domain_name(
        self,
        resource_kind: GetResourceKindDeploymentDomainNameResourceKind,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[DeploymentDomainName]:
        """Get Deployment Domain Name for a resource kind

        Gets Deployment Domain Name configuration value for a resource kind.

        `GET /platform/configuration/networking/deployment_domain_name/{resource_kind}`

        Args:
            resource_kind (GetResourceKindDeploymentDomainNameResourceKind): The kind of resource you
                want to manage a Deployment Domain Name for.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[DeploymentDomainName]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_resource_kind_deployment_domain_name as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                resource_kind,
            ),
            request_options,
        )

    async def set_resource_kind_deployment_domain_name(
        self,
        resource_kind: SetResourceKindDeploymentDomainNameResourceKind,
        *,
        body: DeploymentDomainName,
        version: str | Unset = UNSET,
        skip_cascading_operations: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[DeploymentDomainName]:
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
            APIResponse[DeploymentDomainName]: the status, the headers and the parsed body.

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_resource_kind_deployment_domain_name as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                resource_kind,
                body=body,
                version=version,
                skip_cascading_operations=skip_cascading_operations,
            ),
            request_options,
        )
