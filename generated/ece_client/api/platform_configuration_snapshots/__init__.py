"""The `platform_configuration_snapshots` operations: as methods of `PlatformConfigurationSnapshotsAPI` (sync) and `AsyncPlatformConfigurationSnapshotsAPI`.

Each operation's module here (``platform_configuration_snapshots.<operation>``) has its low-level interface:
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
    from ...models.repository_config import RepositoryConfig
    from ...models.repository_configs import RepositoryConfigs
    from ...models.snapshot_repository_configuration import SnapshotRepositoryConfiguration
    from ...types import File


class PlatformConfigurationSnapshotsAPI(SyncResource):
    """The `platform_configuration_snapshots` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PlatformConfigurationSnapshotsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import PlatformConfigurationSnapshotsAPIWithRawResponse

        return PlatformConfigurationSnapshotsAPIWithRawResponse(self._client)

    def get_snapshot_repositories(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RepositoryConfigs:
        """Get snapshot repositories

        Retrieves a list of available snapshot repository configurations. To access the configuration
        contents, you must have privileged permissions.

        `GET /platform/configuration/snapshots/repositories`

        Returns:
            RepositoryConfigs

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_snapshot_repositories as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def get_snapshot_repository(
        self,
        repository_name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RepositoryConfig:
        """Get snapshot repository

        Retrieves the snapshot repository configuration. To access the configuration contents, you must have
        privileged permissions.

        `GET /platform/configuration/snapshots/repositories/{repository_name}`

        Args:
            repository_name (str): The name of the snapshot repository configuration.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RepositoryConfig

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_snapshot_repository as _operation

        return self._call(
            _operation,
            _operation.build_request(
                repository_name,
            ),
            request_options,
        )

    def set_snapshot_repository(
        self,
        repository_name: str,
        *,
        body: SnapshotRepositoryConfiguration,
        version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RepositoryConfig:
        """Set snapshot repository

        Creates or updates the snapshot repository configuration.

        `PUT /platform/configuration/snapshots/repositories/{repository_name}`

        Args:
            repository_name (str): The name of the snapshot repository configuration.
            version (int | Unset): Checks for conflicts against the metadata version, then returns the
                value in the `x-cloud-resource-version` header.
            body (SnapshotRepositoryConfiguration): The configuration for an Elasticsearch snapshot
                repository.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RepositoryConfig

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_snapshot_repository as _operation

        return self._call(
            _operation,
            _operation.build_request(
                repository_name,
                body=body,
                version=version,
            ),
            request_options,
        )

    def delete_snapshot_repository(
        self,
        repository_name: str,
        *,
        cleanup_deployments: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete snapshot repository

        Deletes the snapshot repository configuration.

        `DELETE /platform/configuration/snapshots/repositories/{repository_name}`

        Args:
            repository_name (str): The name of the snapshot repository configuration.
            cleanup_deployments (bool | Unset): Removes references to this snapshot repository
                configuration and disables snapshots on the clusters that were referencing this
                configuration. If a request is made to delete a repository configuration that has already
                been deleted and this parameter is set to true and clusters still reference the
                configuration, then the request will have the side effects of removing references and
                disabling snapshots for clusters that reference the previously deleted configuration.
                Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_snapshot_repository as _operation

        return self._call(
            _operation,
            _operation.build_request(
                repository_name,
                cleanup_deployments=cleanup_deployments,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncPlatformConfigurationSnapshotsAPI as AsyncPlatformConfigurationSnapshotsAPI
    from ._async_raw import (
        AsyncPlatformConfigurationSnapshotsAPIWithRawResponse as AsyncPlatformConfigurationSnapshotsAPIWithRawResponse,
    )
    from ._raw import (
        PlatformConfigurationSnapshotsAPIWithRawResponse as PlatformConfigurationSnapshotsAPIWithRawResponse,
    )
else:
    _LAZY = {
        "AsyncPlatformConfigurationSnapshotsAPI": "._async",
        "PlatformConfigurationSnapshotsAPIWithRawResponse": "._raw",
        "AsyncPlatformConfigurationSnapshotsAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `PlatformConfigurationSnapshotsAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncPlatformConfigurationSnapshotsAPI",
    "AsyncPlatformConfigurationSnapshotsAPIWithRawResponse",
    "PlatformConfigurationSnapshotsAPI",
    "PlatformConfigurationSnapshotsAPIWithRawResponse",
]
