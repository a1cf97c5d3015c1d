"""The `platform_configuration_instances` operations: as methods of `PlatformConfigurationInstancesAPI` (sync) and `AsyncPlatformConfigurationInstancesAPI`.

Each operation's module here (``platform_configuration_instances.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import SyncResource
from ..._extensions.platform_configuration_instances import PlatformConfigurationInstancesExtension
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.empty_response import EmptyResponse
    from ...models.instance_configuration import InstanceConfiguration
    from ...models.versioned_id_response import VersionedIdResponse
    from ...types import File


class PlatformConfigurationInstancesAPI(PlatformConfigurationInstancesExtension, SyncResource):
    """The `platform_configuration_instances` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PlatformConfigurationInstancesAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import PlatformConfigurationInstancesAPIWithRawResponse

        return PlatformConfigurationInstancesAPIWithRawResponse(self._client)

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
            show_deleted (bool | Unset): If true, instance configurations marked for deletions are
                also returned. Otherwise, only instance configurations not marked for deletion are
                returned
            show_max_zones (bool | Unset): If true, will populate the max_zones field of the instance
                configurations. Default: False.
            include_versions (bool | Unset): If true, will return all existing versions of each
                instance configuration. Default: False.
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
            _operation.build_request(
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
            _operation.build_request(
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
            id (str): ID of the instance configuration
            config_version (int | Unset): Optionally retrieve the specified config version of the IC
                (otherwise retrieves the latest/only version)
            show_deleted (bool | Unset): If true, if the instance configuration has been marked for
                deletion it is still returned. Otherwise, instance configurations marked for deletion
                generate a 404
            show_max_zones (bool | Unset): If true, will populate the max_zones field of the instance
                configuration. Default: False.
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
            _operation.build_request(
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
            id (str): ID of the instance configuration
            version (int | Unset): This is a database-level field, not related to the application-
                level 'config_version', except as described in the following docs. If specified, checks
                for conflicts against 'x-cloud-resource-version' from the GET request (where the
                'config_version' in the GET should match the the 'configuration_version' in the PUT body
                if the IC is configuration controlled).
            config_control (bool | Unset): If true, then an update that changes immutable fields will
                create a new version of the IC (leaving the previous ones accessible via
                'config_version'). Otherwise such updates will fail.
            test_config (bool | Unset): If true, The IC is added as a test version (set
                'instance_config_version': -1 in the deployment request to reference), leaving the
                existing IC alone. Will error if the IC doesn't already exist.
            strict_mode (bool | Unset): If true, then allocator_filter and storage_multiplier cannot
                be changed in an existing IC. Defaults to false unless config_control is true (in which
                case a new version is created)
            create_only (bool | Unset): If true, will fail if an instance configuration already exists
                at the given id
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
            _operation.build_request(
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
            id (str): ID of the instance configuration
            version (int | Unset): This is a database-level field, not related to the application-
                level 'config_version', except as described in the following docs. If specified, checks
                for conflicts against 'x-cloud-resource-version' from the GET request (the GET's
                'config_version' should be left blank if the IC is configuration controlled, ie to get the
                latest configuration)
            only_test_version (bool | Unset): If true, the testing version (version -1) will be
                permanently deleted but the latest IC version will remain untouched. Defaults to false
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
            _operation.build_request(
                id,
                version=version,
                only_test_version=only_test_version,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncPlatformConfigurationInstancesAPI as AsyncPlatformConfigurationInstancesAPI
    from ._async_raw import (
        AsyncPlatformConfigurationInstancesAPIWithRawResponse as AsyncPlatformConfigurationInstancesAPIWithRawResponse,
    )
    from ._raw import (
        PlatformConfigurationInstancesAPIWithRawResponse as PlatformConfigurationInstancesAPIWithRawResponse,
    )
else:
    _LAZY = {
        "AsyncPlatformConfigurationInstancesAPI": "._async",
        "PlatformConfigurationInstancesAPIWithRawResponse": "._raw",
        "AsyncPlatformConfigurationInstancesAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `PlatformConfigurationInstancesAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncPlatformConfigurationInstancesAPI",
    "AsyncPlatformConfigurationInstancesAPIWithRawResponse",
    "PlatformConfigurationInstancesAPI",
    "PlatformConfigurationInstancesAPIWithRawResponse",
]
