"""The `platform_infrastructure` operations: as methods of `PlatformInfrastructureAPI` (sync) and `AsyncPlatformInfrastructureAPI`.

Each operation's module here (``platform_infrastructure.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import SyncResource
from ..._extensions.platform_infrastructure import PlatformInfrastructureExtension
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.adminconsoles_overview import AdminconsolesOverview
    from ...models.allocator_info import AllocatorInfo
    from ...models.allocator_overview import AllocatorOverview
    from ...models.allocator_settings import AllocatorSettings
    from ...models.api_base_url_data import ApiBaseUrlData
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.blessing import Blessing
    from ...models.blessings import Blessings
    from ...models.config_store_option import ConfigStoreOption
    from ...models.config_store_option_data import ConfigStoreOptionData
    from ...models.config_store_option_list import ConfigStoreOptionList
    from ...models.constructor_info import ConstructorInfo
    from ...models.constructor_overview import ConstructorOverview
    from ...models.coordinator_candidate_info import CoordinatorCandidateInfo
    from ...models.coordinator_candidates_summary import CoordinatorCandidatesSummary
    from ...models.coordinator_summary import CoordinatorSummary
    from ...models.coordinators_summary import CoordinatorsSummary
    from ...models.empty_response import EmptyResponse
    from ...models.license_object import LicenseObject
    from ...models.logging_settings import LoggingSettings
    from ...models.metadata_item import MetadataItem
    from ...models.metadata_item_value import MetadataItemValue
    from ...models.metadata_items import MetadataItems
    from ...models.model_version_index_synchronization_results import ModelVersionIndexSynchronizationResults
    from ...models.move_clusters_by_type_cluster_type import MoveClustersByTypeClusterType
    from ...models.move_clusters_command_response import MoveClustersCommandResponse
    from ...models.move_clusters_request import MoveClustersRequest
    from ...models.proxies_filtered_group import ProxiesFilteredGroup
    from ...models.proxies_filtered_group_health import ProxiesFilteredGroupHealth
    from ...models.proxies_health import ProxiesHealth
    from ...models.proxies_settings import ProxiesSettings
    from ...models.proxy_info import ProxyInfo
    from ...models.proxy_overview import ProxyOverview
    from ...models.role import Role
    from ...models.role_aggregate import RoleAggregate
    from ...models.role_aggregate_create_data import RoleAggregateCreateData
    from ...models.role_aggregates import RoleAggregates
    from ...models.runner_info import RunnerInfo
    from ...models.runner_overview import RunnerOverview
    from ...models.runner_roles_info import RunnerRolesInfo
    from ...models.search_request import SearchRequest
    from ...types import File


class PlatformInfrastructureAPI(PlatformInfrastructureExtension, SyncResource):
    """The `platform_infrastructure` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PlatformInfrastructureAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import PlatformInfrastructureAPIWithRawResponse

        return PlatformInfrastructureAPIWithRawResponse(self._client)

    def get_api_base_url(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiBaseUrlData:
        """Get API base Url

        Gets the API base Url configuration value.

        `GET /platform/configuration/api_base_url`

        Returns:
            ApiBaseUrlData

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_api_base_url as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def set_api_base_url(
        self,
        *,
        body: ApiBaseUrlData,
        version: str | Unset = UNSET,
        skip_cascading_operations: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApiBaseUrlData:
        """Set API base Url

        Saves the API base Url configuration value.

        `PUT /platform/configuration/api_base_url`

        Args:
            version (str | Unset): If specified, then checks for conflicts against the version stored
                in the persistent store (returned in 'x-cloud-resource-version' of the GET request). If
                not specified, will unconditionally upsert.
            skip_cascading_operations (bool | Unset): Whether or not to skip cascading operations,
                such as re-provisioning the Security Deployment. Default: False.
            body (ApiBaseUrlData): Information about the API base Url
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ApiBaseUrlData

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_api_base_url as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
                version=version,
                skip_cascading_operations=skip_cascading_operations,
            ),
            request_options,
        )

    def list_config_store_option(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConfigStoreOptionList:
        """List Config Store Option

        List all existing Config Store Option.

        `GET /platform/configuration/store`

        Returns:
            ConfigStoreOptionList

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import list_config_store_option as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def get_config_store_option(
        self,
        config_option_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConfigStoreOption:
        """Find Config Store Option by name

        Find Config Store Option by name.

        `GET /platform/configuration/store/{config_option_id}`

        Args:
            config_option_id (str): Name of the Config Store Option that you would like to find
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ConfigStoreOption

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_config_store_option as _operation

        return self._call(
            _operation,
            _operation.build_request(
                config_option_id,
            ),
            request_options,
        )

    def put_config_store_option(
        self,
        config_option_id: str,
        *,
        body: ConfigStoreOptionData,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ConfigStoreOption:
        """Update Config Store Option

        Update existing Config Store Option.

        `PUT /platform/configuration/store/{config_option_id}`

        Args:
            config_option_id (str): Name of the Config Store Option that you would like to modify
            version (str | Unset): If specified then checks for conflicts against the version stored
                in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            body (ConfigStoreOptionData): The data for the Config Store options.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ConfigStoreOption

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import put_config_store_option as _operation

        return self._call(
            _operation,
            _operation.build_request(
                config_option_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def create_config_store_option(
        self,
        config_option_id: str,
        *,
        body: ConfigStoreOptionData,
        request_options: RequestOptions | None = None,
    ) -> ConfigStoreOption:
        """Create Config Store Option

        Inserts new Config Store Option.

        `POST /platform/configuration/store/{config_option_id}`

        Args:
            config_option_id (str): Name of the Config Store Option that you would like to create
            body (ConfigStoreOptionData): The data for the Config Store options.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ConfigStoreOption

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_config_store_option as _operation

        return self._call(
            _operation,
            _operation.build_request(
                config_option_id,
                body=body,
            ),
            request_options,
        )

    def delete_config_store_option(
        self,
        config_option_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete Config Store Option by name

        Delete Config Store Option by name.

        `DELETE /platform/configuration/store/{config_option_id}`

        Args:
            config_option_id (str): Name of the Config Store Option that you would like to delete
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_config_store_option as _operation

        return self._call(
            _operation,
            _operation.build_request(
                config_option_id,
            ),
            request_options,
        )

    def get_adminconsoles(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AdminconsolesOverview:
        """Get adminconsoles

        Retrieves an overview of all adminconsoles.

        `GET /platform/infrastructure/adminconsoles`

        Returns:
            AdminconsolesOverview

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_adminconsoles as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def reindex_adminconsoles(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Reindex region indices

        Start reindex of all regional indices.

        `POST /platform/infrastructure/adminconsoles/_reindex`

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import reindex_adminconsoles as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def get_adminconsole_logging_settings(
        self,
        adminconsole_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Get adminconsole logging settings

        Get the logging settings for this adminconsole instance.

        `GET /platform/infrastructure/adminconsoles/{adminconsole_id}/logging_settings`

        Args:
            adminconsole_id (str): The identifier for the adminconsole instance
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_adminconsole_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                adminconsole_id,
            ),
            request_options,
        )

    def set_adminconsole_logging_settings(
        self,
        adminconsole_id: str,
        *,
        body: LoggingSettings,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Set adminconsole logging settings

        Set the logging settings for this adminconsole instance.

        `PUT /platform/infrastructure/adminconsoles/{adminconsole_id}/logging_settings`

        Args:
            adminconsole_id (str): The identifier for the adminconsole instance
            body (LoggingSettings): Information about logging settings.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_adminconsole_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                adminconsole_id,
                body=body,
            ),
            request_options,
        )

    def delete_adminconsole_logging_settings(
        self,
        adminconsole_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Delete adminconsole logging settings

        Reset the default logging settings for this adminconsole instance.

        `DELETE /platform/infrastructure/adminconsoles/{adminconsole_id}/logging_settings`

        Args:
            adminconsole_id (str): The identifier for the adminconsole instance
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_adminconsole_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                adminconsole_id,
            ),
            request_options,
        )

    def update_adminconsole_logging_settings(
        self,
        adminconsole_id: str,
        *,
        body: Any,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Update adminconsole logging settings

        All changes in the specified object are applied to the logging settings for this adminconsole
        instance according to the JSON Merge Patch processing rules. Omitting existing fields causes the
        same values to be reapplied. Specifying a `null` value reverts the field to the default value, or
        removes the field when no default value exists.

        `PATCH /platform/infrastructure/adminconsoles/{adminconsole_id}/logging_settings`

        Args:
            adminconsole_id (str): The identifier for the adminconsole instance
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_adminconsole_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                adminconsole_id,
                body=body,
            ),
            request_options,
        )

    def get_allocators(
        self,
        *,
        q: str | Unset = UNSET,
        size: int | Unset = UNSET,
        from_: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AllocatorOverview:
        """Get allocators

        Retrieves the information for all of the allocators in the platform.

        `GET /platform/infrastructure/allocators`

        Args:
            q (str | Unset): (Optional) The query that filters the allocators. Maps to an
                Elasticsearch `query_string` query.
            size (int | Unset): (Optional) The maximum number of search results to return. Defaults to
                100. Default: 100.
            from_ (int | Unset): (Optional) The offset from the first result you want to fetch.
                Defaults to 0. Default: 0.
            sort (str | Unset): (Optional) A comma-separated array of fields to sort the search
                results by. Defaults to `allocator_id`.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            AllocatorOverview

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_allocators as _operation

        return self._call(
            _operation,
            _operation.build_request(
                q=q,
                size=size,
                from_=from_,
                sort=sort,
            ),
            request_options,
        )

    def resync_allocators(
        self,
        *,
        skip_matching_version: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ModelVersionIndexSynchronizationResults:
        """Resynchronize allocators

        Asynchronously synchronizes all allocator information in the back-end search index.

        `POST /platform/infrastructure/allocators/_resync`

        Args:
            skip_matching_version (bool | Unset): When true, skips the document indexing when the
                version matches the in-memory copy. Default: True.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ModelVersionIndexSynchronizationResults

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import resync_allocators as _operation

        return self._call(
            _operation,
            _operation.build_request(
                skip_matching_version=skip_matching_version,
            ),
            request_options,
        )

    def search_allocators(
        self,
        *,
        body: SearchRequest | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AllocatorOverview:
        """Search allocators

        Retrieves the information for all the allocators in the platform that match a specified query.

        `POST /platform/infrastructure/allocators/_search`

        Args:
            body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            AllocatorOverview

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import search_allocators as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_allocator(
        self,
        allocator_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AllocatorInfo:
        """Get allocator

        Retrieves the allocator by the ID.

        `GET /platform/infrastructure/allocators/{allocator_id}`

        Args:
            allocator_id (str): The allocator identifier.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            AllocatorInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_allocator as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
            ),
            request_options,
        )

    def delete_allocator(
        self,
        allocator_id: str,
        *,
        remove_instances: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete allocator

        Deletes the allocator.

        `DELETE /platform/infrastructure/allocators/{allocator_id}`

        Args:
            allocator_id (str): The allocator identifier.
            remove_instances (bool | Unset): Removes the instances from the deleted allocator.
                Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_allocator as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                remove_instances=remove_instances,
            ),
            request_options,
        )

    def resync_allocator(
        self,
        allocator_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Resynchronize allocator

        Immediately synchronizes the allocator information in the back-end search index and caches.

        `POST /platform/infrastructure/allocators/{allocator_id}/_resync`

        Args:
            allocator_id (str): The allocator identifier.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import resync_allocator as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
            ),
            request_options,
        )

    def move_clusters(
        self,
        allocator_id: str,
        *,
        body: MoveClustersRequest | Unset = UNSET,
        force_update: bool | Unset = UNSET,
        move_only: bool | Unset = UNSET,
        force_move: bool | Unset = UNSET,
        allocator_down: bool | Unset = UNSET,
        validate_only: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MoveClustersCommandResponse:
        """Move clusters

        Moves the clusters to a different allocator.

        `POST /platform/infrastructure/allocators/{allocator_id}/clusters/_move`

        Args:
            allocator_id (str): The allocator identifier.
            force_update (bool | Unset): When `true`, cancels and overwrites the pending plans, or
                treats the instance as an error. Default: False.
            move_only (bool | Unset): When `true`, moves the specified instances and ignores the
                changes for the cluster state. Default: True.
            force_move (bool | Unset): When `true`, execute a primitive vacate by moving data at file-
                system level, and recreating instances on the target allocator(s). Default: False.
            allocator_down (bool | Unset): When `true`, considers all instances on the allocator as
                permanently shut down when deciding how to migrate data to new nodes.When left blank, the
                system automatically decides. NOTE: The default treats the allocator as up.
            validate_only (bool | Unset): When `true`, validates the plan overrides, then returns the
                plan without performing the move. Default: False.
            body (MoveClustersRequest | Unset): The request for moving Elasticsearch clusters off an
                allocator.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            MoveClustersCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import move_clusters as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                body=body,
                force_update=force_update,
                move_only=move_only,
                force_move=force_move,
                allocator_down=allocator_down,
                validate_only=validate_only,
            ),
            request_options,
        )

    def move_clusters_by_type(
        self,
        allocator_id: str,
        cluster_type: MoveClustersByTypeClusterType,
        *,
        body: MoveClustersRequest | Unset = UNSET,
        force_update: bool | Unset = UNSET,
        move_only: bool | Unset = UNSET,
        force_move: bool | Unset = UNSET,
        allocator_down: bool | Unset = UNSET,
        validate_only: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MoveClustersCommandResponse:
        """Move clusters by type

        Moves the clusters, by type, to a different allocator.

        `POST /platform/infrastructure/allocators/{allocator_id}/clusters/{cluster_type}/_move`

        Args:
            allocator_id (str): The allocator identifier.
            cluster_type (MoveClustersByTypeClusterType): The cluster types to move off of the
                allocator. NOTE: When unspecified, all clusters are moved.
            force_update (bool | Unset): When true, cancels and overwrites pending plans, or treats
                instance as an error Default: False.
            move_only (bool | Unset): When true, bypasses the cluster state changes, but continues to
                move the specified instances Default: True.
            force_move (bool | Unset): When `true`, execute a primitive vacate by moving data at file-
                system level, and recreating instances on the target allocator(s). Default: False.
            allocator_down (bool | Unset): When `true`, considers all instances on the allocator as
                permanently shut down when deciding how to migrate data to new nodes.When left blank, the
                system automatically decides. NOTE: The default treats the allocator as up.
            validate_only (bool | Unset): When `true`, validates the plan overrides, then returns the
                plan without performing the move. Default: False.
            body (MoveClustersRequest | Unset): The request for moving Elasticsearch clusters off an
                allocator.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            MoveClustersCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import move_clusters_by_type as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                cluster_type,
                body=body,
                force_update=force_update,
                move_only=move_only,
                force_move=force_move,
                allocator_down=allocator_down,
                validate_only=validate_only,
            ),
            request_options,
        )

    def get_allocator_logging_settings(
        self,
        allocator_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Get allocator logging settings

        Get the logging settings for this allocator instance.

        `GET /platform/infrastructure/allocators/{allocator_id}/logging_settings`

        Args:
            allocator_id (str): The allocator identifier.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_allocator_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
            ),
            request_options,
        )

    def set_allocator_logging_settings(
        self,
        allocator_id: str,
        *,
        body: LoggingSettings,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Set allocator logging settings

        Set the logging settings for this allocator instance.

        `PUT /platform/infrastructure/allocators/{allocator_id}/logging_settings`

        Args:
            allocator_id (str): The allocator identifier.
            body (LoggingSettings): Information about logging settings.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_allocator_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                body=body,
            ),
            request_options,
        )

    def delete_allocator_logging_settings(
        self,
        allocator_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Delete allocator logging settings

        Reset the default logging settings for this allocator instance.

        `DELETE /platform/infrastructure/allocators/{allocator_id}/logging_settings`

        Args:
            allocator_id (str): The allocator identifier.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_allocator_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
            ),
            request_options,
        )

    def update_allocator_logging_settings(
        self,
        allocator_id: str,
        *,
        body: Any,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Update allocator logging settings

        All changes in the specified object are applied to the logging settings for this allocator instance
        according to the JSON Merge Patch processing rules. Omitting existing fields causes the same values
        to be reapplied. Specifying a `null` value reverts the field to the default value, or removes the
        field when no default value exists.

        `PATCH /platform/infrastructure/allocators/{allocator_id}/logging_settings`

        Args:
            allocator_id (str): The allocator identifier.
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_allocator_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                body=body,
            ),
            request_options,
        )

    def start_allocator_maintenance_mode(
        self,
        allocator_id: str,
        *,
        reason: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Start maintenance mode

        Starts maintenance mode on the allocator.

        `POST /platform/infrastructure/allocators/{allocator_id}/maintenance-mode/_start`

        Args:
            allocator_id (str): The allocator identifier.
            reason (str | Unset): Provides a reason for changing the maintenance mode which will
                appear as a message on the allocator.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import start_allocator_maintenance_mode as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                reason=reason,
            ),
            request_options,
        )

    def stop_allocator_maintenance_mode(
        self,
        allocator_id: str,
        *,
        reason: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Stop maintenance mode

        Stops maintenance mode on the allocator.

        `POST /platform/infrastructure/allocators/{allocator_id}/maintenance-mode/_stop`

        Args:
            allocator_id (str): The allocator identifier.
            reason (str | Unset): Provides a reason for changing the maintenance mode which will
                appear as a message on the allocator.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import stop_allocator_maintenance_mode as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                reason=reason,
            ),
            request_options,
        )

    def get_allocator_metadata(
        self,
        allocator_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[MetadataItem]:
        """Get allocator metadata

        Retrieves the allocator metadata.

        `GET /platform/infrastructure/allocators/{allocator_id}/metadata`

        Args:
            allocator_id (str): The allocator identifier.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            list[MetadataItem]

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_allocator_metadata as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
            ),
            request_options,
        )

    def set_allocator_metadata(
        self,
        allocator_id: str,
        *,
        body: MetadataItems,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[MetadataItem]:
        """Set allocator metadata

        Sets the allocator metadata.

        `PUT /platform/infrastructure/allocators/{allocator_id}/metadata`

        Args:
            allocator_id (str): The allocator identifier.
            version (str | Unset): Checks for conflicts against the metadata version, then returns the
                value in the `x-cloud-resource-version` header.
            body (MetadataItems): The container object for metadata items.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            list[MetadataItem]

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_allocator_metadata as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def set_allocator_metadata_item(
        self,
        allocator_id: str,
        key: str,
        *,
        body: MetadataItemValue,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[MetadataItem]:
        """Set allocator metadata item

        Adds or updates a single item in the allocator metadata.

        `PUT /platform/infrastructure/allocators/{allocator_id}/metadata/{key}`

        Args:
            allocator_id (str): The allocator identifier.
            key (str): The metadata item key.
            version (str | Unset): Checks for conflicts against the metadata version, then returns the
                value in the `x-cloud-resource-version` header.
            body (MetadataItemValue): The value of the metadata item, which is primarily used to add a
                single item when the key is provided in the URL.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            list[MetadataItem]

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_allocator_metadata_item as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                key,
                body=body,
                version=version,
            ),
            request_options,
        )

    def delete_allocator_metadata_item(
        self,
        allocator_id: str,
        key: str,
        *,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[MetadataItem]:
        """Delete allocator metadata item

        Removes a single item from the allocator metadata.

        `DELETE /platform/infrastructure/allocators/{allocator_id}/metadata/{key}`

        Args:
            allocator_id (str): The allocator identifier.
            key (str): The metadata item key.
            version (str | Unset): Checks for conflicts against the metadata version, then returns the
                value in the `x-cloud-resource-version` header.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            list[MetadataItem]

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_allocator_metadata_item as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                key,
                version=version,
            ),
            request_options,
        )

    def get_allocator_settings(
        self,
        allocator_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AllocatorSettings:
        """Get allocator settings

        Retrieves the allocator override settings.

        `GET /platform/infrastructure/allocators/{allocator_id}/settings`

        Args:
            allocator_id (str): The allocator identifier.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            AllocatorSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_allocator_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
            ),
            request_options,
        )

    def set_allocator_settings(
        self,
        allocator_id: str,
        *,
        body: AllocatorSettings,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AllocatorSettings:
        """Set allocator settings

        Overwrites the allocator settings with the specified settings. WARNING: Any unspecified fields are
        deleted.

        `PUT /platform/infrastructure/allocators/{allocator_id}/settings`

        Args:
            allocator_id (str): The allocator identifier.
            version (str | Unset): Checks for conflicts against the metadata version, then returns the
                value in the `x-cloud-resource-version` header.
            body (AllocatorSettings): The settings for the allocator.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            AllocatorSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_allocator_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def update_allocator_settings(
        self,
        allocator_id: str,
        *,
        body: Any,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AllocatorSettings:
        """Update allocator settings

        Applies the settings as a patch. Only the fields that are referenced in the update are altered.

        `PATCH /platform/infrastructure/allocators/{allocator_id}/settings`

        Args:
            allocator_id (str): The allocator identifier.
            version (str | Unset): Checks for conflicts against the metadata version, then returns the
                value in the `x-cloud-resource-version` header.
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            AllocatorSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_allocator_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                allocator_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def list_blueprinter_roles(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RoleAggregates:
        """List roles

        Retrieve all persisted roles.

        `GET /platform/infrastructure/blueprinter/roles`

        Returns:
            RoleAggregates

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import list_blueprinter_roles as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def create_blueprinter_role(
        self,
        *,
        body: RoleAggregateCreateData,
        request_options: RequestOptions | None = None,
    ) -> RoleAggregate:
        """Create a role

        Create a Blueprinter role.

        `POST /platform/infrastructure/blueprinter/roles`

        Args:
            body (RoleAggregateCreateData): Creation data for a role
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RoleAggregate

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_blueprinter_role as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_blueprinter_role(
        self,
        blueprinter_role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RoleAggregate:
        """Get role

        Retrieve a role.

        `GET /platform/infrastructure/blueprinter/roles/{blueprinter_role_id}`

        Args:
            blueprinter_role_id (str): User-specified Blueprinter role ID.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RoleAggregate

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_blueprinter_role as _operation

        return self._call(
            _operation,
            _operation.build_request(
                blueprinter_role_id,
            ),
            request_options,
        )

    def update_blueprinter_role(
        self,
        blueprinter_role_id: str,
        *,
        body: Role,
        version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RoleAggregate:
        """Update role

        Update a role.

        `PUT /platform/infrastructure/blueprinter/roles/{blueprinter_role_id}`

        Args:
            blueprinter_role_id (str): User-specified Blueprinter role ID.
            version (int | Unset): When specified, checks for conflicts against the version stored in
                the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            body (Role): Describes whether certain runners are blessed to run a Role.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RoleAggregate

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_blueprinter_role as _operation

        return self._call(
            _operation,
            _operation.build_request(
                blueprinter_role_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def delete_blueprinter_role(
        self,
        blueprinter_role_id: str,
        *,
        skip_validations: bool | Unset = UNSET,
        version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete role

        Delete a role.

        `DELETE /platform/infrastructure/blueprinter/roles/{blueprinter_role_id}`

        Args:
            blueprinter_role_id (str): User-specified Blueprinter role ID.
            skip_validations (bool | Unset): When sent as true, ignores validation errors. Default:
                False.
            version (int | Unset): When specified, checks for conflicts against the version stored in
                the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_blueprinter_role as _operation

        return self._call(
            _operation,
            _operation.build_request(
                blueprinter_role_id,
                skip_validations=skip_validations,
                version=version,
            ),
            request_options,
        )

    def set_blueprinter_blessings(
        self,
        blueprinter_role_id: str,
        *,
        body: Blessings,
        version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RoleAggregate:
        """Set blessings

        Set blessings for a role.

        `PUT /platform/infrastructure/blueprinter/roles/{blueprinter_role_id}/blessings`

        Args:
            blueprinter_role_id (str): User-specified Blueprinter role ID.
            version (int | Unset): When specified, checks for conflicts against the version stored in
                the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            body (Blessings): Describes whether certain runners are blessed to run a Role.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RoleAggregate

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_blueprinter_blessings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                blueprinter_role_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def add_blueprinter_blessing(
        self,
        blueprinter_role_id: str,
        runner_id: str,
        *,
        body: Blessing,
        version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RoleAggregate:
        """Add Blessing

        Add a Blessing for a runner to a role.

        `PUT /platform/infrastructure/blueprinter/roles/{blueprinter_role_id}/blessings/{runner_id}`

        Args:
            blueprinter_role_id (str): User-specified Blueprinter role ID.
            runner_id (str): Runner ID for a blessing associated with a role.
            version (int | Unset): When specified, checks for conflicts against the version stored in
                the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            body (Blessing): Whether something is blessed or not
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RoleAggregate

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import add_blueprinter_blessing as _operation

        return self._call(
            _operation,
            _operation.build_request(
                blueprinter_role_id,
                runner_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def get_constructors(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConstructorOverview:
        """Get constructors

        Retrieves an overview of all constructors in an ECE installation.

        `GET /platform/infrastructure/constructors`

        Returns:
            ConstructorOverview

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_constructors as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def resync_constructors(
        self,
        *,
        skip_matching_version: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ModelVersionIndexSynchronizationResults:
        """Resynchronize constructors

        Asynchronously synchronizes all constructor information in the back-end search index.

        `POST /platform/infrastructure/constructors/_resync`

        Args:
            skip_matching_version (bool | Unset): When true, skips the document indexing when the
                version matches the in-memory copy. Default: True.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ModelVersionIndexSynchronizationResults

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import resync_constructors as _operation

        return self._call(
            _operation,
            _operation.build_request(
                skip_matching_version=skip_matching_version,
            ),
            request_options,
        )

    def get_constructor(
        self,
        constructor_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConstructorInfo:
        """Get constructor

        Retrieves a constructor by id.

        `GET /platform/infrastructure/constructors/{constructor_id}`

        Args:
            constructor_id (str): Identifier for the constructor
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ConstructorInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_constructor as _operation

        return self._call(
            _operation,
            _operation.build_request(
                constructor_id,
            ),
            request_options,
        )

    def resync_constructor(
        self,
        constructor_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Resynchronize constructor

        Immediately resynchronizes the search index and cache for the selected constructor.

        `POST /platform/infrastructure/constructors/{constructor_id}/_resync`

        Args:
            constructor_id (str): Identifier for the constructor
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import resync_constructor as _operation

        return self._call(
            _operation,
            _operation.build_request(
                constructor_id,
            ),
            request_options,
        )

    def get_constructor_logging_settings(
        self,
        constructor_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Get constructor logging settings

        Get the logging settings for this constructor instance.

        `GET /platform/infrastructure/constructors/{constructor_id}/logging_settings`

        Args:
            constructor_id (str): Identifier for the constructor
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_constructor_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                constructor_id,
            ),
            request_options,
        )

    def set_constructor_logging_settings(
        self,
        constructor_id: str,
        *,
        body: LoggingSettings,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Set constructor logging settings

        Set the logging settings for this constructor instance.

        `PUT /platform/infrastructure/constructors/{constructor_id}/logging_settings`

        Args:
            constructor_id (str): Identifier for the constructor
            body (LoggingSettings): Information about logging settings.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_constructor_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                constructor_id,
                body=body,
            ),
            request_options,
        )

    def delete_constructor_logging_settings(
        self,
        constructor_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Delete constructor logging settings

        Reset the default logging settings for this constructor instance.

        `DELETE /platform/infrastructure/constructors/{constructor_id}/logging_settings`

        Args:
            constructor_id (str): Identifier for the constructor
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_constructor_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                constructor_id,
            ),
            request_options,
        )

    def update_constructor_logging_settings(
        self,
        constructor_id: str,
        *,
        body: Any,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Update constructor logging settings

        All changes in the specified object are applied to the logging settings for this constructor
        instance according to the JSON Merge Patch processing rules. Omitting existing fields causes the
        same values to be reapplied. Specifying a `null` value reverts the field to the default value, or
        removes the field when no default value exists.

        `PATCH /platform/infrastructure/constructors/{constructor_id}/logging_settings`

        Args:
            constructor_id (str): Identifier for the constructor
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_constructor_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                constructor_id,
                body=body,
            ),
            request_options,
        )

    def start_constructor_maintenance_mode(
        self,
        constructor_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Start maintenance mode

        Start maintenance mode of a constructor. It will stop constructing new plans while continuing with
        on-going ones.

        `POST /platform/infrastructure/constructors/{constructor_id}/maintenance-mode/_start`

        Args:
            constructor_id (str): Identifier for the constructor
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import start_constructor_maintenance_mode as _operation

        return self._call(
            _operation,
            _operation.build_request(
                constructor_id,
            ),
            request_options,
        )

    def stop_constructor_maintenance_mode(
        self,
        constructor_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Stop maintenance mode

        Stop maintenance mode of a constructor. It will resume the construction of submitted plans.

        `POST /platform/infrastructure/constructors/{constructor_id}/maintenance-mode/_stop`

        Args:
            constructor_id (str): Identifier for the constructor
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import stop_constructor_maintenance_mode as _operation

        return self._call(
            _operation,
            _operation.build_request(
                constructor_id,
            ),
            request_options,
        )

    def get_coordinators(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> CoordinatorsSummary:
        """Get coordinators

        Retrieves an overview of all coordinators.

        `GET /platform/infrastructure/coordinators`

        Returns:
            CoordinatorsSummary

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_coordinators as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def get_coordinator_candidates(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> CoordinatorCandidatesSummary:
        """Get coordinator candidates

        Retrieve a list of all coordinator candidates.

        `GET /platform/infrastructure/coordinators/candidates`

        Returns:
            CoordinatorCandidatesSummary

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_coordinator_candidates as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def get_coordinator_candidate(
        self,
        coordinator_candidate_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CoordinatorCandidateInfo:
        """Get a coordinator candidate

        Retrieve a coordinator candidate.

        `GET /platform/infrastructure/coordinators/candidates/{coordinator_candidate_id}`

        Args:
            coordinator_candidate_id (str): The identifier for the coordinator candidate
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            CoordinatorCandidateInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_coordinator_candidate as _operation

        return self._call(
            _operation,
            _operation.build_request(
                coordinator_candidate_id,
            ),
            request_options,
        )

    def delete_coordinator_candidate(
        self,
        coordinator_candidate_id: str,
        *,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete coordinator candidate

        Delete a coordinator candidate by id.

        `DELETE /platform/infrastructure/coordinators/candidates/{coordinator_candidate_id}`

        Args:
            coordinator_candidate_id (str): The identifier for the coordinator candidate
            version (str | Unset): cloud resource version
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_coordinator_candidate as _operation

        return self._call(
            _operation,
            _operation.build_request(
                coordinator_candidate_id,
                version=version,
            ),
            request_options,
        )

    def promote_coordinator_candidate(
        self,
        coordinator_candidate_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CoordinatorCandidateInfo:
        """Promote a coordinator candidate

        Promotes a coordinator candidate.

        `POST /platform/infrastructure/coordinators/candidates/{coordinator_candidate_id}/_promote`

        Args:
            coordinator_candidate_id (str): The identifier for the coordinator candidate
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            CoordinatorCandidateInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import promote_coordinator_candidate as _operation

        return self._call(
            _operation,
            _operation.build_request(
                coordinator_candidate_id,
            ),
            request_options,
        )

    def get_coordinator(
        self,
        coordinator_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CoordinatorSummary:
        """Get a coordinator

        Retrieve overview of a single coordinator.

        `GET /platform/infrastructure/coordinators/{coordinator_id}`

        Args:
            coordinator_id (str): The identifier for the coordinator
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            CoordinatorSummary

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_coordinator as _operation

        return self._call(
            _operation,
            _operation.build_request(
                coordinator_id,
            ),
            request_options,
        )

    def demote_coordinator(
        self,
        coordinator_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Demote a coordinator

        Demotes a coordinator.

        `POST /platform/infrastructure/coordinators/{coordinator_id}/_demote`

        Args:
            coordinator_id (str): The identifier for the coordinator
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import demote_coordinator as _operation

        return self._call(
            _operation,
            _operation.build_request(
                coordinator_id,
            ),
            request_options,
        )

    def get_proxies(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ProxyOverview:
        """Get proxies

        Retrieves an overview of all proxies.

        `GET /platform/infrastructure/proxies`

        Returns:
            ProxyOverview

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_proxies as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def create_proxies_filtered_group(
        self,
        *,
        body: ProxiesFilteredGroup,
        request_options: RequestOptions | None = None,
    ) -> ProxiesFilteredGroup:
        """Create filtered group of proxies

        Create the settings for a filtered group of proxies.

        `POST /platform/infrastructure/proxies/filtered-groups`

        Args:
            body (ProxiesFilteredGroup): A set of proxy filters with an expected number of matching
                proxies.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ProxiesFilteredGroup

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_proxies_filtered_group as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_proxies_filtered_group(
        self,
        proxies_filtered_group_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ProxiesFilteredGroup:
        """Get filtered group of proxies

        Get data for a filtered group of proxies.

        `GET /platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}`

        Args:
            proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ProxiesFilteredGroup

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_proxies_filtered_group as _operation

        return self._call(
            _operation,
            _operation.build_request(
                proxies_filtered_group_id,
            ),
            request_options,
        )

    def update_proxies_filtered_group(
        self,
        proxies_filtered_group_id: str,
        *,
        body: ProxiesFilteredGroup,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProxiesFilteredGroup:
        """Update filtered group of proxies

        Update the settings for a filtered group of proxies.

        `PUT /platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}`

        Args:
            proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
            version (str | Unset): Checks for conflicts against the metadata version, then returns the
                value in the `x-cloud-resource-version` header.
            body (ProxiesFilteredGroup): A set of proxy filters with an expected number of matching
                proxies.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ProxiesFilteredGroup

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_proxies_filtered_group as _operation

        return self._call(
            _operation,
            _operation.build_request(
                proxies_filtered_group_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def delete_proxies_filtered_group(
        self,
        proxies_filtered_group_id: str,
        *,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete filtered group of proxies

        Deletes a filtered group of proxies by ID.

        `DELETE /platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}`

        Args:
            proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
            version (str | Unset): Checks for conflicts against the metadata version, then returns the
                value in the `x-cloud-resource-version` header.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_proxies_filtered_group as _operation

        return self._call(
            _operation,
            _operation.build_request(
                proxies_filtered_group_id,
                version=version,
            ),
            request_options,
        )

    def get_proxies_filtered_group_health(
        self,
        proxies_filtered_group_id: str,
        *,
        expect_status: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProxiesFilteredGroupHealth:
        """Get health for a filtered group of proxies

        Get the health status of a filtered group of proxies.

        `GET /platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}/health`

        Args:
            proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
            expect_status (str | Unset): The expected status
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ProxiesFilteredGroupHealth

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_proxies_filtered_group_health as _operation

        return self._call(
            _operation,
            _operation.build_request(
                proxies_filtered_group_id,
                expect_status=expect_status,
            ),
            request_options,
        )

    def get_proxies_health(
        self,
        *,
        expect_status: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProxiesHealth:
        """Get proxy health

        Get the health status of all proxies.

        `GET /platform/infrastructure/proxies/health`

        Args:
            expect_status (str | Unset): The expected status
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ProxiesHealth

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_proxies_health as _operation

        return self._call(
            _operation,
            _operation.build_request(
                expect_status=expect_status,
            ),
            request_options,
        )

    def get_proxies_settings(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ProxiesSettings:
        """Get proxies settings

        > WARNING
        > This endpoint is deprecated and scheduled to be removed in the next major version.

        Retrieves the settings for all proxies.

        `GET /platform/infrastructure/proxies/settings`

        Returns:
            ProxiesSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_proxies_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def set_proxies_settings(
        self,
        *,
        body: ProxiesSettings,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProxiesSettings:
        """Set proxy settings

        > WARNING
        > This endpoint is deprecated and scheduled to be removed in the next major version.

        Overwrites the proxy settings. All unspecified fields are deleted.

        `PUT /platform/infrastructure/proxies/settings`

        Args:
            version (str | Unset): If specified, checks for conflicts against the version of the
                settings (returned in 'x-cloud-resource-version' of the GET request)
            body (ProxiesSettings): > WARNING
                > This object is deprecated and scheduled to be removed in the next major version.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ProxiesSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_proxies_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
                version=version,
            ),
            request_options,
        )

    def update_proxies_settings(
        self,
        *,
        body: Any,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProxiesSettings:
        """Update proxy settings

        > WARNING
        > This endpoint is deprecated and scheduled to be removed in the next major version.

        Applies the settings as a patch. Only the fields that are referenced in the update are changed.

        `PATCH /platform/infrastructure/proxies/settings`

        Args:
            version (str | Unset): If specified, checks for conflicts against the version of the
                repository configuration (returned in 'x-cloud-resource-version' of the GET request)
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ProxiesSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_proxies_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
                version=version,
            ),
            request_options,
        )

    def get_proxy(
        self,
        proxy_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ProxyInfo:
        """Get proxy

        Retrieves a single proxy by ID.

        `GET /platform/infrastructure/proxies/{proxy_id}`

        Args:
            proxy_id (str): The identifier for the proxy
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ProxyInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_proxy as _operation

        return self._call(
            _operation,
            _operation.build_request(
                proxy_id,
            ),
            request_options,
        )

    def get_runners(
        self,
        *,
        q: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RunnerOverview:
        """Get runners

        Retrieves an overview of all runners.

        `GET /platform/infrastructure/runners`

        Args:
            q (str | Unset): An optional query to filter runners by. Maps to an Elasticsearch
                query_string query.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RunnerOverview

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_runners as _operation

        return self._call(
            _operation,
            _operation.build_request(
                q=q,
            ),
            request_options,
        )

    def resync_runners(
        self,
        *,
        skip_matching_version: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ModelVersionIndexSynchronizationResults:
        """Resynchronize runners

        Asynchronously synchronizes all runner information in the search index.

        `POST /platform/infrastructure/runners/_resync`

        Args:
            skip_matching_version (bool | Unset): When true, skips the document indexing when the
                version matches the in-memory copy. Default: True.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ModelVersionIndexSynchronizationResults

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import resync_runners as _operation

        return self._call(
            _operation,
            _operation.build_request(
                skip_matching_version=skip_matching_version,
            ),
            request_options,
        )

    def search_runners(
        self,
        *,
        body: SearchRequest | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RunnerOverview:
        """Search runners

        Retrieves runners that match a given query.

        `POST /platform/infrastructure/runners/_search`

        Args:
            body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RunnerOverview

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import search_runners as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_runner(
        self,
        runner_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RunnerInfo:
        """Get runner

        Retrieves a runner by id.

        `GET /platform/infrastructure/runners/{runner_id}`

        Args:
            runner_id (str): The identifier for the runner
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RunnerInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_runner as _operation

        return self._call(
            _operation,
            _operation.build_request(
                runner_id,
            ),
            request_options,
        )

    def delete_runner(
        self,
        runner_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete runner

        Delete a runner by id.

        `DELETE /platform/infrastructure/runners/{runner_id}`

        Args:
            runner_id (str): The identifier for the runner
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_runner as _operation

        return self._call(
            _operation,
            _operation.build_request(
                runner_id,
            ),
            request_options,
        )

    def resync_runner(
        self,
        runner_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Resynchronize runner

        Immediately resynchronizes the search index and cache for the selected runner.

        `POST /platform/infrastructure/runners/{runner_id}/_resync`

        Args:
            runner_id (str): The identifier for the runner
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import resync_runner as _operation

        return self._call(
            _operation,
            _operation.build_request(
                runner_id,
            ),
            request_options,
        )

    def get_runner_logging_settings(
        self,
        runner_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Get runner logging settings

        Get the logging settings for this runner instance.

        `GET /platform/infrastructure/runners/{runner_id}/logging_settings`

        Args:
            runner_id (str): The identifier for the runner
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_runner_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                runner_id,
            ),
            request_options,
        )

    def set_runner_logging_settings(
        self,
        runner_id: str,
        *,
        body: LoggingSettings,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Set runner logging settings

        Set the logging settings for this runner instance.

        `PUT /platform/infrastructure/runners/{runner_id}/logging_settings`

        Args:
            runner_id (str): The identifier for the runner
            body (LoggingSettings): Information about logging settings.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_runner_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                runner_id,
                body=body,
            ),
            request_options,
        )

    def delete_runner_logging_settings(
        self,
        runner_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Delete runner logging settings

        Reset the default logging settings for this runner instance.

        `DELETE /platform/infrastructure/runners/{runner_id}/logging_settings`

        Args:
            runner_id (str): The identifier for the runner
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_runner_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                runner_id,
            ),
            request_options,
        )

    def update_runner_logging_settings(
        self,
        runner_id: str,
        *,
        body: Any,
        request_options: RequestOptions | None = None,
    ) -> LoggingSettings:
        """Update runner logging settings

        All changes in the specified object are applied to the logging settings for this runner instance
        according to the JSON Merge Patch processing rules. Omitting existing fields causes the same values
        to be reapplied. Specifying a `null` value reverts the field to the default value, or removes the
        field when no default value exists.

        `PATCH /platform/infrastructure/runners/{runner_id}/logging_settings`

        Args:
            runner_id (str): The identifier for the runner
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            LoggingSettings

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_runner_logging_settings as _operation

        return self._call(
            _operation,
            _operation.build_request(
                runner_id,
                body=body,
            ),
            request_options,
        )

    def set_runner_roles(
        self,
        runner_id: str,
        *,
        body: RunnerRolesInfo,
        bless: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RunnerRolesInfo:
        """Set runner roles

        Set runner roles.

        `PUT /platform/infrastructure/runners/{runner_id}/roles`

        Args:
            runner_id (str): The identifier for the runner
            bless (bool | Unset): Assigns the runner to the roles.
            body (RunnerRolesInfo): A list of runner roles.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RunnerRolesInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_runner_roles as _operation

        return self._call(
            _operation,
            _operation.build_request(
                runner_id,
                body=body,
                bless=bless,
            ),
            request_options,
        )

    def get_license(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> LicenseObject:
        """Get license

        Retrieves the license.

        `GET /platform/license`

        Returns:
            LicenseObject

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_license as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def set_license(
        self,
        *,
        body: LicenseObject,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Add or update license

        Adds a new or updates an existing license.

        `PUT /platform/license`

        Args:
            body (LicenseObject): The container for a license.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_license as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def delete_license(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete license

        Deletes the license.

        `DELETE /platform/license`

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_license as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncPlatformInfrastructureAPI as AsyncPlatformInfrastructureAPI
    from ._async_raw import (
        AsyncPlatformInfrastructureAPIWithRawResponse as AsyncPlatformInfrastructureAPIWithRawResponse,
    )
    from ._raw import PlatformInfrastructureAPIWithRawResponse as PlatformInfrastructureAPIWithRawResponse
else:
    _LAZY = {
        "AsyncPlatformInfrastructureAPI": "._async",
        "PlatformInfrastructureAPIWithRawResponse": "._raw",
        "AsyncPlatformInfrastructureAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `PlatformInfrastructureAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncPlatformInfrastructureAPI",
    "AsyncPlatformInfrastructureAPIWithRawResponse",
    "PlatformInfrastructureAPI",
    "PlatformInfrastructureAPIWithRawResponse",
]
