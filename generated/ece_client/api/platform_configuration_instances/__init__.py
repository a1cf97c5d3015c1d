"""The `platform_configuration_instances` operations: as methods of `PlatformConfigurationInstancesAPI` (sync) and `AsyncPlatformConfigurationInstancesAPI`,
and as low-level functions in this package's modules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._resource import AsyncResource, RequestOptions, SyncResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.empty_response import EmptyResponse
    from ...models.instance_configuration import InstanceConfiguration
    from ...models.versioned_id_response import VersionedIdResponse
    from ...types import File


class PlatformConfigurationInstancesAPI(SyncResource):
    """The `platform_configuration_instances` operations of the ECE API (sync)."""

    __slots__ = ()

    def get_instance_configurations(
        self,
        *,
        show_deleted: bool | Unset = UNSET,
        show_max_zones: bool | Unset = UNSET,
        include_versions: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[InstanceConfiguration]:
        """Get instance configurations

        Get instance configurations.

        `GET /platform/configuration/instances`

        Args:
            show_deleted (bool | Unset):
            show_max_zones (bool | Unset):  Default: False.
            include_versions (bool | Unset):  Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            list[InstanceConfiguration]

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_instance_configurations as _operation

        return self._call(
            _operation,
            _operation._get_kwargs(
                show_deleted=show_deleted,
                show_max_zones=show_max_zones,
                include_versions=include_versions,
            ),
            request_options,
        )

    def create_instance_configuration(
        self,
        *,
        body: InstanceConfiguration,
        request_options: RequestOptions | None = None,
    ) -> VersionedIdResponse:
        """Create instance configuration

        Create instance configuration and return the auto-generated ID.

        `POST /platform/configuration/instances`

        Args:
            body (InstanceConfiguration): The configuration template for Elasticsearch instances,
                Kibana instances, and APM Servers.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            VersionedIdResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_instance_configuration as _operation

        return self._call(
            _operation,
            _operation._get_kwargs(
                body=body,
            ),
            request_options,
        )

    def get_instance_configuration(
        self,
        id: str,
        *,
        config_version: int | Unset = UNSET,
        show_deleted: bool | Unset = UNSET,
        show_max_zones: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InstanceConfiguration:
        """Get instance configuration

        Get instance configuration by id.

        `GET /platform/configuration/instances/{id}`

        Args:
            id (str):
            config_version (int | Unset):
            show_deleted (bool | Unset):
            show_max_zones (bool | Unset):  Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            InstanceConfiguration

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_instance_configuration as _operation

        return self._call(
            _operation,
            _operation._get_kwargs(
                id,
                config_version=config_version,
                show_deleted=show_deleted,
                show_max_zones=show_max_zones,
            ),
            request_options,
        )

    def set_instance_configuration(
        self,
        id: str,
        *,
        body: InstanceConfiguration,
        version: int | Unset = UNSET,
        config_control: bool | Unset = UNSET,
        test_config: bool | Unset = UNSET,
        strict_mode: bool | Unset = UNSET,
        create_only: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VersionedIdResponse:
        """Set instance configuration

        Creates or updates an instance configuration.

        `PUT /platform/configuration/instances/{id}`

        Args:
            id (str):
            version (int | Unset):
            config_control (bool | Unset):
            test_config (bool | Unset):
            strict_mode (bool | Unset):
            create_only (bool | Unset):
            body (InstanceConfiguration): The configuration template for Elasticsearch instances,
                Kibana instances, and APM Servers.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            VersionedIdResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_instance_configuration as _operation

        return self._call(
            _operation,
            _operation._get_kwargs(
                id,
                body=body,
                version=version,
                config_control=config_control,
                test_config=test_config,
                strict_mode=strict_mode,
                create_only=create_only,
            ),
            request_options,
        )

    def delete_instance_configuration(
        self,
        id: str,
        *,
        version: int | Unset = UNSET,
        only_test_version: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete a instance configuration

        Delete the instance configuration with the given id.

        `DELETE /platform/configuration/instances/{id}`

        Args:
            id (str):
            version (int | Unset):
            only_test_version (bool | Unset):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_instance_configuration as _operation

        return self._call(
            _operation,
            _operation._get_kwargs(
                id,
                version=version,
                only_test_version=only_test_version,
            ),
            request_options,
        )


class AsyncPlatformConfigurationInstancesAPI(AsyncResource):
    """The `platform_configuration_instances` operations of the ECE API (asyncio)."""

    __slots__ = ()

    async def get_instance_configurations(
        self,
        *,
        show_deleted: bool | Unset = UNSET,
        show_max_zones: bool | Unset = UNSET,
        include_versions: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[InstanceConfiguration]:
        """Get instance configurations

        Get instance configurations.

        `GET /platform/configuration/instances`

        Args:
            show_deleted (bool | Unset):
            show_max_zones (bool | Unset):  Default: False.
            include_versions (bool | Unset):  Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            list[InstanceConfiguration]

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_instance_configurations as _operation

        return await self._call(
            _operation,
            _operation._get_kwargs(
                show_deleted=show_deleted,
                show_max_zones=show_max_zones,
                include_versions=include_versions,
            ),
            request_options,
        )

    async def create_instance_configuration(
        self,
        *,
        body: InstanceConfiguration,
        request_options: RequestOptions | None = None,
    ) -> VersionedIdResponse:
        """Create instance configuration

        Create instance configuration and return the auto-generated ID.

        `POST /platform/configuration/instances`

        Args:
            body (InstanceConfiguration): The configuration template for Elasticsearch instances,
                Kibana instances, and APM Servers.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            VersionedIdResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_instance_configuration as _operation

        return await self._call(
            _operation,
            _operation._get_kwargs(
                body=body,
            ),
            request_options,
        )

    async def get_instance_configuration(
        self,
        id: str,
        *,
        config_version: int | Unset = UNSET,
        show_deleted: bool | Unset = UNSET,
        show_max_zones: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InstanceConfiguration:
        """Get instance configuration

        Get instance configuration by id.

        `GET /platform/configuration/instances/{id}`

        Args:
            id (str):
            config_version (int | Unset):
            show_deleted (bool | Unset):
            show_max_zones (bool | Unset):  Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            InstanceConfiguration

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_instance_configuration as _operation

        return await self._call(
            _operation,
            _operation._get_kwargs(
                id,
                config_version=config_version,
                show_deleted=show_deleted,
                show_max_zones=show_max_zones,
            ),
            request_options,
        )

    async def set_instance_configuration(
        self,
        id: str,
        *,
        body: InstanceConfiguration,
        version: int | Unset = UNSET,
        config_control: bool | Unset = UNSET,
        test_config: bool | Unset = UNSET,
        strict_mode: bool | Unset = UNSET,
        create_only: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VersionedIdResponse:
        """Set instance configuration

        Creates or updates an instance configuration.

        `PUT /platform/configuration/instances/{id}`

        Args:
            id (str):
            version (int | Unset):
            config_control (bool | Unset):
            test_config (bool | Unset):
            strict_mode (bool | Unset):
            create_only (bool | Unset):
            body (InstanceConfiguration): The configuration template for Elasticsearch instances,
                Kibana instances, and APM Servers.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            VersionedIdResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_instance_configuration as _operation

        return await self._call(
            _operation,
            _operation._get_kwargs(
                id,
                body=body,
                version=version,
                config_control=config_control,
                test_config=test_config,
                strict_mode=strict_mode,
                create_only=create_only,
            ),
            request_options,
        )

    async def delete_instance_configuration(
        self,
        id: str,
        *,
        version: int | Unset = UNSET,
        only_test_version: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete a instance configuration

        Delete the instance configuration with the given id.

        `DELETE /platform/configuration/instances/{id}`

        Args:
            id (str):
            version (int | Unset):
            only_test_version (bool | Unset):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_instance_configuration as _operation

        return await self._call(
            _operation,
            _operation._get_kwargs(
                id,
                version=version,
                only_test_version=only_test_version,
            ),
            request_options,
        )
