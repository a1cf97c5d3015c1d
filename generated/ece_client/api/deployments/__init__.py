"""The `deployments` operations: as methods of `DeploymentsAPI` (sync) and `AsyncDeploymentsAPI`.

Each operation's module here (``deployments.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import SyncResource
from ..._extensions.deployments import DeploymentsExtension
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ..._streaming import AsyncStreamedResponse, StreamedResponse
    from ...models.apm_crud_response import ApmCrudResponse
    from ...models.apm_resource_info import ApmResourceInfo
    from ...models.app_search_resource_info import AppSearchResourceInfo
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.cancel_deployment_resource_pending_plan_resource_kind import (
        CancelDeploymentResourcePendingPlanResourceKind,
    )
    from ...models.capture_deployment_resource_diagnostics_mode import CaptureDeploymentResourceDiagnosticsMode
    from ...models.certificate_authority import CertificateAuthority
    from ...models.common_cluster_plan_info import CommonClusterPlanInfo
    from ...models.delete_deployment_resource_proxy_requests_resource_kind import (
        DeleteDeploymentResourceProxyRequestsResourceKind,
    )
    from ...models.delete_deployment_stateless_resource_stateless_resource_kind import (
        DeleteDeploymentStatelessResourceStatelessResourceKind,
    )
    from ...models.deployment_create_request import DeploymentCreateRequest
    from ...models.deployment_create_response import DeploymentCreateResponse
    from ...models.deployment_delete_response import DeploymentDeleteResponse
    from ...models.deployment_get_response import DeploymentGetResponse
    from ...models.deployment_heap_dumps import DeploymentHeapDumps
    from ...models.deployment_resource_command_response import DeploymentResourceCommandResponse
    from ...models.deployment_resource_crud_response import DeploymentResourceCrudResponse
    from ...models.deployment_resource_upgrade_response import DeploymentResourceUpgradeResponse
    from ...models.deployment_restore_response import DeploymentRestoreResponse
    from ...models.deployment_shutdown_response import DeploymentShutdownResponse
    from ...models.deployment_update_request import DeploymentUpdateRequest
    from ...models.deployment_update_response import DeploymentUpdateResponse
    from ...models.deployment_upgrade_assistant_status_response import DeploymentUpgradeAssistantStatusResponse
    from ...models.deployments_list_response import DeploymentsListResponse
    from ...models.deployments_search_response import DeploymentsSearchResponse
    from ...models.elasticsearch_elastic_user_password_reset_response import (
        ElasticsearchElasticUserPasswordResetResponse,
    )
    from ...models.elasticsearch_resource_info import ElasticsearchResourceInfo
    from ...models.empty_response import EmptyResponse
    from ...models.enable_ilm_request import EnableIlmRequest
    from ...models.enterprise_search_resource_info import EnterpriseSearchResourceInfo
    from ...models.generic_response import GenericResponse
    from ...models.get_deployment_resource_plan_activity_resource_kind import (
        GetDeploymentResourcePlanActivityResourceKind,
    )
    from ...models.get_deployment_resource_proxy_requests_resource_kind import (
        GetDeploymentResourceProxyRequestsResourceKind,
    )
    from ...models.index_synchronization_results import IndexSynchronizationResults
    from ...models.instance_overrides import InstanceOverrides
    from ...models.integrations_server_resource_info import IntegrationsServerResourceInfo
    from ...models.keystore_contents import KeystoreContents
    from ...models.kibana_resource_info import KibanaResourceInfo
    from ...models.post_deployment_resource_proxy_requests_resource_kind import (
        PostDeploymentResourceProxyRequestsResourceKind,
    )
    from ...models.put_deployment_resource_proxy_requests_resource_kind import (
        PutDeploymentResourceProxyRequestsResourceKind,
    )
    from ...models.read_only_request import ReadOnlyRequest
    from ...models.read_only_response import ReadOnlyResponse
    from ...models.remote_resources import RemoteResources
    from ...models.restart_deployment_stateless_resource_stateless_resource_kind import (
        RestartDeploymentStatelessResourceStatelessResourceKind,
    )
    from ...models.restore_deployment_resource_resource_kind import RestoreDeploymentResourceResourceKind
    from ...models.search_request import SearchRequest
    from ...models.set_deployment_resource_raw_metadata_resource_kind import (
        SetDeploymentResourceRawMetadataResourceKind,
    )
    from ...models.shutdown_deployment_stateless_resource_stateless_resource_kind import (
        ShutdownDeploymentStatelessResourceStatelessResourceKind,
    )
    from ...models.transient_elasticsearch_plan_configuration import TransientElasticsearchPlanConfiguration
    from ...models.upgrade_deployment_stateless_resource_stateless_resource_kind import (
        UpgradeDeploymentStatelessResourceStatelessResourceKind,
    )
    from ...types import File


class DeploymentsAPI(DeploymentsExtension, SyncResource):
    """The `deployments` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> DeploymentsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import DeploymentsAPIWithRawResponse

        return DeploymentsAPIWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> DeploymentsAPIWithStreamingResponse:
        """The download operations, streamed: each returns a `StreamedResponse` for a ``with`` block."""
        from ._streamed import DeploymentsAPIWithStreamingResponse

        return DeploymentsAPIWithStreamingResponse(self._client)

    def list_deployments(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeploymentsListResponse:
        """List Deployments

        List Deployments.

        `GET /deployments`

        Returns:
            DeploymentsListResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import list_deployments as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def create_deployment(
        self,
        *,
        body: DeploymentCreateRequest,
        request_id: str | Unset = UNSET,
        validate_only: bool | Unset = UNSET,
        template_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentCreateResponse:
        """Create Deployment

        Creates a Deployment.

        `POST /deployments`

        Args:
            request_id (str | Unset): An optional idempotency token - if two create requests share the
                same request_id token (min size 32 characters, max 128) then only one deployment will be
                created, the second request will return the info of that deployment (in the same format
                described below, but with blanks for auth-related fields)
            validate_only (bool | Unset): If true, will just validate the Deployment definition but
                will not perform the creation Default: False.
            template_id (str | Unset): An optional template id - if present, the referenced template
                will be used to fill in the resources field of the deployment creation request. If any
                resources are present in the request together with the template, the ones coming in the
                request will prevail and no merging with the template will be performed.
            body (DeploymentCreateRequest): A request for creating a new Deployment consisting of
                multiple clusters
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentCreateResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
                request_id=request_id,
                validate_only=validate_only,
                template_id=template_id,
            ),
            request_options,
        )

    def resync_deployments(
        self,
        *,
        skip_matching_version: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> IndexSynchronizationResults:
        """Resynchronize Deployments

        Resynchronizes the search index for all the deployments.

        `POST /deployments/_resync`

        Args:
            skip_matching_version (bool | Unset): When true, skips the document indexing when the
                version matches the in-memory copy. Default: True.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            IndexSynchronizationResults

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import resync_deployments as _operation

        return self._call(
            _operation,
            _operation.build_request(
                skip_matching_version=skip_matching_version,
            ),
            request_options,
        )

    def search_deployments(
        self,
        *,
        body: SearchRequest | Unset = UNSET,
        minimal_metadata: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentsSearchResponse:
        """Search Deployments

        Retrieves the information for all of the deployments that match the specified query.

        `POST /deployments/_search`

        Args:
            minimal_metadata (str | Unset): Comma separated list of attributes to include in response
                for deployments found. Useful for reducing response size when retrieving many deployments.
                Use of this parameter moves the result to the minimal_metadata section of the response.
            body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentsSearchResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import search_deployments as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
                minimal_metadata=minimal_metadata,
            ),
            request_options,
        )

    def search_eligible_remote_clusters(
        self,
        *,
        body: SearchRequest | Unset = UNSET,
        version: str,
        request_options: RequestOptions | None = None,
    ) -> DeploymentsSearchResponse:
        """Get eligible remote clusters

        Returns the list of deployments which contain eligible remote clusters for a specific version.

        `POST /deployments/eligible-remote-clusters`

        Args:
            version (str): The version of the Elasticsearch cluster cluster that will potentially be
                configured to have remote clusters.
            body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentsSearchResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import search_eligible_remote_clusters as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
                version=version,
            ),
            request_options,
        )

    def get_deployment(
        self,
        deployment_id: str,
        *,
        show_security: bool | Unset = UNSET,
        show_metadata: bool | Unset = UNSET,
        show_plans: bool | Unset = UNSET,
        show_plan_logs: bool | Unset = UNSET,
        show_plan_history: bool | Unset = UNSET,
        show_plan_defaults: bool | Unset = UNSET,
        convert_legacy_plans: bool | Unset = UNSET,
        show_system_alerts: int | Unset = UNSET,
        show_settings: bool | Unset = UNSET,
        show_instance_configurations: bool | Unset = UNSET,
        enrich_with_template: bool | Unset = UNSET,
        force_all_plan_history: bool | Unset = UNSET,
        clear_transient: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentGetResponse:
        """Get Deployment

        Retrieves information about a Deployment.

        `GET /deployments/{deployment_id}`

        Args:
            deployment_id (str): Identifier for the Deployment
            show_security (bool | Unset): Whether to include the Elasticsearch 2.x security
                information in the response - can be large per cluster and also include credentials
                Default: False.
            show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
                - can be large per cluster and also include credentials Default: False.
            show_plans (bool | Unset): Whether to include the full current and pending plan
                information in the response - can be large per cluster Default: True.
            show_plan_logs (bool | Unset): Whether to include with the current and pending plan
                information the attempt log - can be very large per cluster Default: False.
            show_plan_history (bool | Unset): Whether to include the plan history with the current and
                pending plan information. The results can be very large per cluster.
                 By default, if a given resource kind (e.g. Elasticsearch, Kibana, etc.) has more than 100
                plans
                 (which should be very rare, most likely caused by a bug) only 100 plans are returned for
                the given resource type:
                 The first 10 plans, and the last 90 plans for that resource type.
                 If ALL of the plans are desired, pass the `force_all_plan_history` parameter with a value
                of `true`.
                 Default: False.
            show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
                at their default value (less readable but more informative) Default: False.
            convert_legacy_plans (bool | Unset): If showing plans, whether to leave pre-2.0.0 plans in
                their legacy format (the default), or whether to update them to 2.0.x+ format (if 'true')
                Default: False.
            show_system_alerts (int | Unset): Number of system alerts (such as forced restarts due to
                memory limits) to be included in the response - can be large per cluster. Negative numbers
                or 0 will not return field. Default: 0.
            show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
                False.
            show_instance_configurations (bool | Unset): If true, will return details for each
                instance configuration referenced by the deployment. Default: True.
            enrich_with_template (bool | Unset): If showing plans, whether to enrich the plan by
                including the missing elements from the deployment template it is based on Default: True.
            force_all_plan_history (bool | Unset): Force show the entire plan history no matter how
                long.
                 As noted in the `show_plan_history` parameter description, by default, a maximum of 100
                plans are shown per resource.
                 If `true`, this parameter overrides the default, and ALL plans are returned.
                 Use with care as the plan history can be VERY large. Consider pairing with
                `show_plan_logs=false`.
                  Default: False.
            clear_transient (bool | Unset): If set (defaults to false) then removes the transient
                section from all child resources, making it safe to reapply via an update Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentGetResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                show_security=show_security,
                show_metadata=show_metadata,
                show_plans=show_plans,
                show_plan_logs=show_plan_logs,
                show_plan_history=show_plan_history,
                show_plan_defaults=show_plan_defaults,
                convert_legacy_plans=convert_legacy_plans,
                show_system_alerts=show_system_alerts,
                show_settings=show_settings,
                show_instance_configurations=show_instance_configurations,
                enrich_with_template=enrich_with_template,
                force_all_plan_history=force_all_plan_history,
                clear_transient=clear_transient,
            ),
            request_options,
        )

    def update_deployment(
        self,
        deployment_id: str,
        *,
        body: DeploymentUpdateRequest,
        hide_pruned_orphans: bool | Unset = UNSET,
        skip_snapshot: bool | Unset = UNSET,
        validate_only: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentUpdateResponse:
        """Update Deployment

        Updates a Deployment.

        `PUT /deployments/{deployment_id}`

        Args:
            deployment_id (str): Identifier for the Deployment
            hide_pruned_orphans (bool | Unset): Whether or not to hide orphaned resources that were
                shut down (relevant if prune on the request is true) Default: False.
            skip_snapshot (bool | Unset): Whether or not to skip snapshots before shutting down
                orphaned resources (relevant if prune on the request is true) Default: False.
            validate_only (bool | Unset): If true, will just validate the Deployment definition but
                will not perform the update Default: False.
            version (str | Unset): If specified then checks for conflicts against the version stored
                in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            body (DeploymentUpdateRequest): A request for updating a Deployment consisting of multiple
                resources
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentUpdateResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                body=body,
                hide_pruned_orphans=hide_pruned_orphans,
                skip_snapshot=skip_snapshot,
                validate_only=validate_only,
                version=version,
            ),
            request_options,
        )

    def delete_deployment(
        self,
        deployment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeploymentDeleteResponse:
        """Delete Deployment

        Deletes a Deployment and all its resources.

        `DELETE /deployments/{deployment_id}`

        Args:
            deployment_id (str): Identifier for the Deployment
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentDeleteResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
            ),
            request_options,
        )

    def restore_deployment(
        self,
        deployment_id: str,
        *,
        restore_snapshot: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentRestoreResponse:
        """Restores a shutdown Deployment

        Restores all resources in a Deployment.

        `POST /deployments/{deployment_id}/_restore`

        Args:
            deployment_id (str): Identifier for the Deployment
            restore_snapshot (bool | Unset): Whether or not to restore a snapshot for those resources
                that allow it. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentRestoreResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import restore_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                restore_snapshot=restore_snapshot,
            ),
            request_options,
        )

    def resync_deployment(
        self,
        deployment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> IndexSynchronizationResults:
        """Resynchronize Deployment

        Immediately resynchronizes the search index for the selected deployment.

        `POST /deployments/{deployment_id}/_resync`

        Args:
            deployment_id (str): Identifier for the Deployment
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            IndexSynchronizationResults

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import resync_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
            ),
            request_options,
        )

    def shutdown_deployment(
        self,
        deployment_id: str,
        *,
        hide: bool | Unset = UNSET,
        skip_snapshot: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentShutdownResponse:
        """Shuts down Deployment

        Shuts down all resources in a Deployment.

        `POST /deployments/{deployment_id}/_shutdown`

        Args:
            deployment_id (str): Identifier for the Deployment
            hide (bool | Unset): Whether or not to hide the deployment and its resources.Only
                applicable for Platform administrators.
            skip_snapshot (bool | Unset): Whether or not to skip snapshots before shutting down the
                resources Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentShutdownResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import shutdown_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                hide=hide,
                skip_snapshot=skip_snapshot,
            ),
            request_options,
        )

    def get_deployment_apm_resource_info(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        show_metadata: bool | Unset = UNSET,
        show_plans: bool | Unset = UNSET,
        show_plan_logs: bool | Unset = UNSET,
        show_plan_history: bool | Unset = UNSET,
        show_plan_defaults: bool | Unset = UNSET,
        show_settings: bool | Unset = UNSET,
        clear_transient: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApmResourceInfo:
        """Get Deployment APM Resource Info

        Get info about an APM Resource belonging to a given Deployment.

        `GET /deployments/{deployment_id}/apm/{ref_id}`

        Args:
            deployment_id (str): Identifier for the Deployment
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
                - can be large per cluster and also include credentials. Default: False.
            show_plans (bool | Unset): Whether to include the full current and pending plan
                information in the response - can be large per cluster. Default: True.
            show_plan_logs (bool | Unset): Whether to include with the current and pending plan
                information the attempt log - can be very large per cluster. Default: False.
            show_plan_history (bool | Unset): Whether to include with the current and pending plan
                information the plan history- can be very large per cluster. Default: False.
            show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
                at their default value (less readable but more informative). Default: False.
            show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
                False.
            clear_transient (bool | Unset): If set (defaults to false) then removes the transient
                section from all child resources, making it safe to reapply via an update Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ApmResourceInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_apm_resource_info as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                show_metadata=show_metadata,
                show_plans=show_plans,
                show_plan_logs=show_plan_logs,
                show_plan_history=show_plan_history,
                show_plan_defaults=show_plan_defaults,
                show_settings=show_settings,
                clear_transient=clear_transient,
            ),
            request_options,
        )

    def deployment_apm_reset_secret_token(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApmCrudResponse:
        """Reset the secret token for an APM resource.

        Reset the token of an APM resource.

        `POST /deployments/{deployment_id}/apm/{ref_id}/_reset-token`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ApmCrudResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import deployment_apm_reset_secret_token as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
            ),
            request_options,
        )

    def get_deployment_appsearch_resource_info(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        show_metadata: bool | Unset = UNSET,
        show_plans: bool | Unset = UNSET,
        show_plan_logs: bool | Unset = UNSET,
        show_plan_history: bool | Unset = UNSET,
        show_plan_defaults: bool | Unset = UNSET,
        show_settings: bool | Unset = UNSET,
        clear_transient: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppSearchResourceInfo:
        """Get Deployment App Search Resource Info

        Get info about an App Search Resource belonging to a given Deployment.

        `GET /deployments/{deployment_id}/appsearch/{ref_id}`

        Args:
            deployment_id (str): Identifier for the Deployment
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
                - can be large per cluster and also include credentials. Default: False.
            show_plans (bool | Unset): Whether to include the full current and pending plan
                information in the response - can be large per cluster. Default: True.
            show_plan_logs (bool | Unset): Whether to include with the current and pending plan
                information the attempt log - can be very large per cluster. Default: False.
            show_plan_history (bool | Unset): Whether to include with the current and pending plan
                information the plan history- can be very large per cluster. Default: False.
            show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
                at their default value (less readable but more informative). Default: False.
            show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
                False.
            clear_transient (bool | Unset): If set (defaults to false) then removes the transient
                section from all child resources, making it safe to reapply via an update Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            AppSearchResourceInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_appsearch_resource_info as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                show_metadata=show_metadata,
                show_plans=show_plans,
                show_plan_logs=show_plan_logs,
                show_plan_history=show_plan_history,
                show_plan_defaults=show_plan_defaults,
                show_settings=show_settings,
                clear_transient=clear_transient,
            ),
            request_options,
        )

    def get_appsearch_read_only_mode(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReadOnlyResponse:
        """Set AppSearch read-only status

        Enable/Disable read-only mode on the given App Search resource.

        `GET /deployments/{deployment_id}/appsearch/{ref_id}/read_only_mode`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ReadOnlyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_appsearch_read_only_mode as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
            ),
            request_options,
        )

    def set_appsearch_read_only_mode(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        body: ReadOnlyRequest,
        request_options: RequestOptions | None = None,
    ) -> ReadOnlyResponse:
        """Set AppSearch read-only status

        Enable/Disable read-only mode on the given App Search resource.

        `PUT /deployments/{deployment_id}/appsearch/{ref_id}/read_only_mode`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            body (ReadOnlyRequest): Read-only mode request payload
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ReadOnlyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_appsearch_read_only_mode as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                body=body,
            ),
            request_options,
        )

    def get_deployment_certificate_authority(
        self,
        deployment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CertificateAuthority:
        """Get certificate authority

        Returns the certificate authority used to sign the certificates of this deployment.

        `GET /deployments/{deployment_id}/certificate-authority`

        Args:
            deployment_id (str): Identifier for the Deployment.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            CertificateAuthority

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_certificate_authority as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
            ),
            request_options,
        )

    def get_deployment_es_resource_info(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        show_security: bool | Unset = UNSET,
        show_metadata: bool | Unset = UNSET,
        show_plans: bool | Unset = UNSET,
        show_plan_logs: bool | Unset = UNSET,
        show_plan_history: bool | Unset = UNSET,
        show_plan_defaults: bool | Unset = UNSET,
        convert_legacy_plans: bool | Unset = UNSET,
        show_system_alerts: int | Unset = UNSET,
        show_settings: bool | Unset = UNSET,
        enrich_with_template: bool | Unset = UNSET,
        clear_transient: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ElasticsearchResourceInfo:
        """Get Deployment Elasticsearch Resource Info

        Get info about an Elasticsearch Resource belonging to a given Deployment.

        `GET /deployments/{deployment_id}/elasticsearch/{ref_id}`

        Args:
            deployment_id (str): Identifier for the Deployment
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            show_security (bool | Unset): Whether to include the Elasticsearch 2.x security
                information in the response - can be large per cluster and also include credentials.
                Default: False.
            show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
                - can be large per cluster and also include credentials. Default: False.
            show_plans (bool | Unset): Whether to include the full current and pending plan
                information in the response - can be large per cluster. Default: True.
            show_plan_logs (bool | Unset): Whether to include with the current and pending plan
                information the attempt log - can be very large per cluster. Default: False.
            show_plan_history (bool | Unset): Whether to include with the current and pending plan
                information the plan history- can be very large per cluster. Default: False.
            show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
                at their default value (less readable but more informative). Default: False.
            convert_legacy_plans (bool | Unset): If showing plans, whether to leave pre-2.0.0 plans in
                their legacy format (the default), or whether to update them to 2.0.x+ format (if 'true').
                Default: False.
            show_system_alerts (int | Unset): Number of system alerts (such as forced restarts due to
                memory limits) to be included in the response - can be large per cluster. Negative numbers
                or 0 will not return field. Default: 0.
            show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
                False.
            enrich_with_template (bool | Unset): If showing plans, whether to enrich the plan by
                including the missing elements from the deployment template it is based on. Default: True.
            clear_transient (bool | Unset): If set (defaults to false) then removes the transient
                section from all child resources, making it safe to reapply via an update Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ElasticsearchResourceInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_es_resource_info as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                show_security=show_security,
                show_metadata=show_metadata,
                show_plans=show_plans,
                show_plan_logs=show_plan_logs,
                show_plan_history=show_plan_history,
                show_plan_defaults=show_plan_defaults,
                convert_legacy_plans=convert_legacy_plans,
                show_system_alerts=show_system_alerts,
                show_settings=show_settings,
                enrich_with_template=enrich_with_template,
                clear_transient=clear_transient,
            ),
            request_options,
        )

    def enable_deployment_resource_ccr(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        validate_only: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Migrate Elasticsearch and associated Kibana resources to enable CCR

        Migrates the specified Elasticsearch resource and its associated Kibana to enable CCR (if
        supported).

        `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/_enable-ccr`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            validate_only (bool | Unset): When `true`, will not enable CCR but returns warnings if any
                elements may lose availability during CCR enablement Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import enable_deployment_resource_ccr as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                validate_only=validate_only,
            ),
            request_options,
        )

    def enable_deployment_resource_ilm(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        body: EnableIlmRequest,
        validate_only: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Migrate Elasticsearch resource to use ILM

        Migrates the specified Elasticsearch resource to use ILM.

        `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/_enable-ilm`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            validate_only (bool | Unset): When `true`, does not enable ILM but returns warnings if any
                applications may lose availability during ILM migration. Default: False.
            body (EnableIlmRequest): Request sent to enable ILM on a deployment.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import enable_deployment_resource_ilm as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                body=body,
                validate_only=validate_only,
            ),
            request_options,
        )

    def enable_deployment_resource_slm(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        validate_only: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Migrate Elasticsearch resource to use SLM

        Migrates the specified Elasticsearch resource to use SLM.

        `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/_enable-slm`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            validate_only (bool | Unset): When `true`, does not enable SLM but returns warnings if any
                applications may lose availability during SLM migration. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import enable_deployment_resource_slm as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                validate_only=validate_only,
            ),
            request_options,
        )

    def reset_elasticsearch_user_password(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        check_completion: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ElasticsearchElasticUserPasswordResetResponse:
        """Reset 'elastic' user password

        Resets the password of the 'elastic' user.

        `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/_reset-password`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            check_completion (bool | Unset): If true, will not reset elastic user password and instead
                will return a status code signaling whether or not the current credentials are ready to
                use (eg from creation or the last call to _reset_password) Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ElasticsearchElasticUserPasswordResetResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import reset_elasticsearch_user_password as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                check_completion=check_completion,
            ),
            request_options,
        )

    def restart_deployment_es_resource(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        restore_snapshot: bool | Unset = UNSET,
        skip_snapshot: bool | Unset = UNSET,
        cancel_pending: bool | Unset = UNSET,
        group_attribute: str | Unset = UNSET,
        shard_init_wait_time: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Restart Deployment Elasticsearch Resource

        Restarts an Elasticsearch Resource. If a Resource is active: this command re-applies the existing
        plan but applies a "cluster_reboot", which issues a restart command and waits for it to complete. If
        a Resource is inactive: this command starts it up with the most recent successful plan.

        `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/_restart`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            restore_snapshot (bool | Unset): When set to true and restoring from shutdown, then will
                restore the cluster from the last snapshot (if available). Default: True.
            skip_snapshot (bool | Unset): If true, will not take a snapshot of the cluster before
                restarting. Default: True.
            cancel_pending (bool | Unset): If true, cancels any pending plans before restarting. If
                false and there are pending plans, returns an error. Default: False.
            group_attribute (str | Unset): Indicates the property or properties used to divide the
                list of instances to restart in groups. Valid options are: '\\_\\_all\\_\\_' (restart all
                at once), '\\_\\_zone\\_\\_' by logical zone, '\\_\\_name\\_\\_' one instance at a time,
                or a comma-separated list of attributes of the instances Default: '__zone__'.
            shard_init_wait_time (int | Unset): The time, in seconds, to wait for shards that show no
                progress of initializing, before rolling the next group (default: 10 minutes) Default:
                600.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import restart_deployment_es_resource as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                restore_snapshot=restore_snapshot,
                skip_snapshot=skip_snapshot,
                cancel_pending=cancel_pending,
                group_attribute=group_attribute,
                shard_init_wait_time=shard_init_wait_time,
            ),
            request_options,
        )

    def shutdown_deployment_es_resource(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        hide: bool | Unset = UNSET,
        skip_snapshot: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Shutdown Deployment Elasticsearch Resource

        Shutdown Elasticsearch Resource belonging to a given Deployment.

        `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/_shutdown`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            hide (bool | Unset): Hide cluster on shutdown. Hidden clusters are not listed by default.
                Only applicable for Platform administrators.
            skip_snapshot (bool | Unset): If true, will skip taking a snapshot of the cluster before
                shutting the cluster down (if even possible). Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import shutdown_deployment_es_resource as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                hide=hide,
                skip_snapshot=skip_snapshot,
            ),
            request_options,
        )

    def get_deployment_es_resource_eligible_remote_clusters(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        body: SearchRequest | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentsSearchResponse:
        """Get eligible remote clusters

        Returns the list of deployments which contain eligible remote clusters for the elasticsearch
        resource.

        `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/eligible-remote-clusters`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentsSearchResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_es_resource_eligible_remote_clusters as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                body=body,
            ),
            request_options,
        )

    def move_deployment_elasticsearch_resource_instances(
        self,
        deployment_id: str,
        ref_id: str,
        instance_ids: list[str],
        *,
        body: TransientElasticsearchPlanConfiguration | Unset = UNSET,
        ignore_missing: bool | Unset = UNSET,
        force_update: bool | Unset = UNSET,
        instances_down: bool | Unset = UNSET,
        move_only: bool | Unset = UNSET,
        force_move: bool | Unset = UNSET,
        validate_only: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TransientElasticsearchPlanConfiguration | EmptyResponse:
        """Move Elasticsearch resource instances

        Moves one or more instances belonging to the given Elasticsearch resource to a different allocator.

        `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/instances/{instance_ids}/_move`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            instance_ids (list[str]): A comma-separated list of instance identifiers.
            ignore_missing (bool | Unset): When `true` and the instance does not exist, proceeds to
                the next instance, or treats the instance as an error. Default: False.
            force_update (bool | Unset): When `true`, cancels and overwrites the pending plans, or
                treats the instance as an error. Default: False.
            instances_down (bool | Unset): When `true`, the instances specified by `instance_ids` are
                considered permanently shut down for data migration logic. Default: False.
            move_only (bool | Unset): When `true`, moves the specified instances and ignores the
                changes for the cluster state. Default: True.
            force_move (bool | Unset): When `true`, moves instance data at file-system level (not via
                Elasticsearch), and re-creates instances on target allocator(s). Default: False.
            validate_only (bool | Unset): When `true`, validates the move request, then returns the
                calculated plan without applying the plan. Default: False.
            body (TransientElasticsearchPlanConfiguration | Unset): Defines the configuration
                parameters that control how the plan is applied. For example, the Elasticsearch cluster
                topology and Elasticsearch settings.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TransientElasticsearchPlanConfiguration | EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import move_deployment_elasticsearch_resource_instances as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                instance_ids,
                body=body,
                ignore_missing=ignore_missing,
                force_update=force_update,
                instances_down=instances_down,
                move_only=move_only,
                force_move=force_move,
                validate_only=validate_only,
            ),
            request_options,
        )

    def get_deployment_es_resource_keystore(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> KeystoreContents:
        """Get the items in the Elasticsearch resource keystore

        Fetches the current fields and metadata (but not the values) of the keystore for the Elasticsearch
        resource.

        `GET /deployments/{deployment_id}/elasticsearch/{ref_id}/keystore`

        Args:
            deployment_id (str): Identifier for the Deployment
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            KeystoreContents

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_es_resource_keystore as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
            ),
            request_options,
        )

    def set_deployment_es_resource_keystore(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        body: KeystoreContents,
        request_options: RequestOptions | None = None,
    ) -> KeystoreContents:
        """Add or remove items from the Elasticsearch resource keystore

        Adds the specified values to the Elasticsearch keystore, or removes the keys for the unspecified
        values.

        `PATCH /deployments/{deployment_id}/elasticsearch/{ref_id}/keystore`

        Args:
            deployment_id (str): Identifier for the Deployment
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
            body (KeystoreContents): The contents of the Elasticsearch keystore.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            KeystoreContents

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_deployment_es_resource_keystore as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                body=body,
            ),
            request_options,
        )

    def get_deployment_es_resource_remote_clusters(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RemoteResources:
        """Get certificate based remote clusters

        Returns the list of certificate based remote clusters for the elasticsearch resource.

        `GET /deployments/{deployment_id}/elasticsearch/{ref_id}/remote-clusters`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            RemoteResources

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_es_resource_remote_clusters as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
            ),
            request_options,
        )

    def set_deployment_es_resource_remote_clusters(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        body: RemoteResources,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Set certificate based remote clusters

        Overwrites or creates the list of certificate based remote clusters for the elasticsearch resource.

        `PUT /deployments/{deployment_id}/elasticsearch/{ref_id}/remote-clusters`

        Args:
            deployment_id (str): Identifier for the Deployment.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            body (RemoteResources): The list of resources used as remote clusters
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_deployment_es_resource_remote_clusters as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                body=body,
            ),
            request_options,
        )

    def get_deployment_enterprise_search_resource_info(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        show_metadata: bool | Unset = UNSET,
        show_plans: bool | Unset = UNSET,
        show_plan_logs: bool | Unset = UNSET,
        show_plan_history: bool | Unset = UNSET,
        show_plan_defaults: bool | Unset = UNSET,
        show_settings: bool | Unset = UNSET,
        clear_transient: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EnterpriseSearchResourceInfo:
        """Get Deployment Enterprise Search Resource Info

        Get info about an Enterprise Search Resource belonging to a given Deployment.

        `GET /deployments/{deployment_id}/enterprise_search/{ref_id}`

        Args:
            deployment_id (str): Identifier for the Deployment
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
                - can be large per cluster and also include credentials. Default: False.
            show_plans (bool | Unset): Whether to include the full current and pending plan
                information in the response - can be large per cluster. Default: True.
            show_plan_logs (bool | Unset): Whether to include with the current and pending plan
                information the attempt log - can be very large per cluster. Default: False.
            show_plan_history (bool | Unset): Whether to include with the current and pending plan
                information the plan history- can be very large per cluster. Default: False.
            show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
                at their default value (less readable but more informative). Default: False.
            show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
                False.
            clear_transient (bool | Unset): If set (defaults to false) then removes the transient
                section from all child resources, making it safe to reapply via an update Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EnterpriseSearchResourceInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_enterprise_search_resource_info as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                show_metadata=show_metadata,
                show_plans=show_plans,
                show_plan_logs=show_plan_logs,
                show_plan_history=show_plan_history,
                show_plan_defaults=show_plan_defaults,
                show_settings=show_settings,
                clear_transient=clear_transient,
            ),
            request_options,
        )

    def get_deployment_heap_dumps(
        self,
        deployment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeploymentHeapDumps:
        """Get details about heap dumps for a Deployment

        Gets details about existing heap dumps and in progress heap dump captures across all instances
        belonging to the deployment.

        `GET /deployments/{deployment_id}/heap_dumps`

        Args:
            deployment_id (str): Identifier for the Deployment.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentHeapDumps

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_heap_dumps as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
            ),
            request_options,
        )

    def get_deployment_integrations_server_resource_info(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        show_metadata: bool | Unset = UNSET,
        show_plans: bool | Unset = UNSET,
        show_plan_logs: bool | Unset = UNSET,
        show_plan_history: bool | Unset = UNSET,
        show_plan_defaults: bool | Unset = UNSET,
        show_settings: bool | Unset = UNSET,
        clear_transient: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> IntegrationsServerResourceInfo:
        """Get Deployment Integrations Server Resource Info

        Get info about an Integrations Server Resource belonging to a given Deployment.

        `GET /deployments/{deployment_id}/integrations_server/{ref_id}`

        Args:
            deployment_id (str): Identifier for the Deployment
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
                - can be large per cluster and also include credentials. Default: False.
            show_plans (bool | Unset): Whether to include the full current and pending plan
                information in the response - can be large per cluster. Default: True.
            show_plan_logs (bool | Unset): Whether to include with the current and pending plan
                information the attempt log - can be very large per cluster. Default: False.
            show_plan_history (bool | Unset): Whether to include with the current and pending plan
                information the plan history- can be very large per cluster. Default: False.
            show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
                at their default value (less readable but more informative). Default: False.
            show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
                False.
            clear_transient (bool | Unset): If set (defaults to false) then removes the transient
                section from all child resources, making it safe to reapply via an update Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            IntegrationsServerResourceInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_integrations_server_resource_info as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                show_metadata=show_metadata,
                show_plans=show_plans,
                show_plan_logs=show_plan_logs,
                show_plan_history=show_plan_history,
                show_plan_defaults=show_plan_defaults,
                show_settings=show_settings,
                clear_transient=clear_transient,
            ),
            request_options,
        )

    def get_deployment_kib_resource_info(
        self,
        deployment_id: str,
        ref_id: str,
        *,
        show_metadata: bool | Unset = UNSET,
        show_plans: bool | Unset = UNSET,
        show_plan_logs: bool | Unset = UNSET,
        show_plan_history: bool | Unset = UNSET,
        show_plan_defaults: bool | Unset = UNSET,
        convert_legacy_plans: bool | Unset = UNSET,
        show_settings: bool | Unset = UNSET,
        clear_transient: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> KibanaResourceInfo:
        """Get Deployment Kibana Resource Info

        Get info about a Kibana Resource belonging to a given Deployment.

        `GET /deployments/{deployment_id}/kibana/{ref_id}`

        Args:
            deployment_id (str): Identifier for the Deployment
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
                - can be large per cluster and also include credentials. Default: False.
            show_plans (bool | Unset): Whether to include the full current and pending plan
                information in the response - can be large per cluster. Default: True.
            show_plan_logs (bool | Unset): Whether to include with the current and pending plan
                information the attempt log - can be very large per cluster. Default: False.
            show_plan_history (bool | Unset): Whether to include with the current and pending plan
                information the plan history- can be very large per cluster. Default: False.
            show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
                at their default value (less readable but more informative). Default: False.
            convert_legacy_plans (bool | Unset): If showing plans, whether to leave pre-2.0.0 plans in
                their legacy format (the default), or whether to update them to 2.0.x+ format (if 'true').
                Default: False.
            show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
                False.
            clear_transient (bool | Unset): If set (defaults to false) then removes the transient
                section from all child resources, making it safe to reapply via an update Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            KibanaResourceInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_kib_resource_info as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                ref_id,
                show_metadata=show_metadata,
                show_plans=show_plans,
                show_plan_logs=show_plan_logs,
                show_plan_history=show_plan_history,
                show_plan_defaults=show_plan_defaults,
                convert_legacy_plans=convert_legacy_plans,
                show_settings=show_settings,
                clear_transient=clear_transient,
            ),
            request_options,
        )

    def migrate_deployment_template(
        self,
        deployment_id: str,
        *,
        template_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeploymentUpdateRequest:
        """Build request to migrate deployment to a different template

        Returns a deployment update request that would migrate this deployment to a different template.

        `GET /deployments/{deployment_id}/migrate_template`

        Args:
            deployment_id (str): Identifier for the Deployment
            template_id (str): The ID of the deployment template to migrate to
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentUpdateRequest

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import migrate_deployment_template as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                template_id=template_id,
            ),
            request_options,
        )

    def get_deployment_upgrade_assistant_status(
        self,
        deployment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeploymentUpgradeAssistantStatusResponse:
        """Get Deployment upgade assistant status

        Get details about an Elasticsearch resource belonging to a given deployment.

        `GET /deployments/{deployment_id}/upgrade_assistant/status`

        Args:
            deployment_id (str): Identifier for the Deployment
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentUpgradeAssistantStatusResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_upgrade_assistant_status as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
            ),
            request_options,
        )

    def restore_deployment_resource(
        self,
        deployment_id: str,
        resource_kind: RestoreDeploymentResourceResourceKind,
        ref_id: str,
        *,
        restore_snapshot: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCrudResponse:
        """Restores a shutdown resource

        Restores a shutdown resource belonging to a given Deployment.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/_restore`

        Args:
            deployment_id (str): Identifier for the Deployment
            resource_kind (RestoreDeploymentResourceResourceKind): The kind of resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
            restore_snapshot (bool | Unset): Whether or not to restore a snapshot for those resources
                that allow it. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCrudResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import restore_deployment_resource as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                restore_snapshot=restore_snapshot,
            ),
            request_options,
        )

    def get_deployment_resource_plan_activity(
        self,
        deployment_id: str,
        resource_kind: GetDeploymentResourcePlanActivityResourceKind,
        ref_id: str,
        attempt_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CommonClusterPlanInfo:
        """Get plan activity

        Retrieves details for a single plan activity for the given resource.

        `GET /deployments/{deployment_id}/{resource_kind}/{ref_id}/activity/{attempt_id}`

        Args:
            deployment_id (str): Identifier for the Deployment
            resource_kind (GetDeploymentResourcePlanActivityResourceKind): The kind of resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
            attempt_id (str): Attempt id for the activity
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            CommonClusterPlanInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_resource_plan_activity as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                attempt_id,
            ),
            request_options,
        )

    def capture_deployment_resource_diagnostics(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        *,
        mode: CaptureDeploymentResourceDiagnosticsMode | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Capture diagnostics for an Elasticsearch or Kibana resource

        Retrieves a diagnostic bundle from an active cluster. To successfully retrieve a diagnostic bundle,
        the cluster must be responsive.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/diagnostics/_capture`

        Args:
            deployment_id (str): Identifier for the Deployment
            resource_kind (str): The kind of resource (one of elasticsearch or kibana).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            mode (CaptureDeploymentResourceDiagnosticsMode | Unset): Capture mode - whether to obtain
                all the diagnostics data or the lightweight, essential-only subset of it. Applicable only
                to Elasticsearch, ignored for any other components which have just one capture mode
                implemented. Default: CaptureDeploymentResourceDiagnosticsMode.FULL.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            bytes

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import capture_deployment_resource_diagnostics as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                mode=mode,
            ),
            request_options,
        )

    def start_deployment_resource_instances_all(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Start all instances

        Starts all instances belonging to a Deployment Resource.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/_start`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
                integrations_server).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import start_deployment_resource_instances_all as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
            ),
            request_options,
        )

    def stop_deployment_resource_instances_all(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Stop all instances

        Stops all instances belonging to a Deployment Resource.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/_stop`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
                integrations_server).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import stop_deployment_resource_instances_all as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
            ),
            request_options,
        )

    def start_deployment_resource_instances_all_maintenance_mode(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Start maintenance mode (all instances)

        Starts maintenance mode of all instances belonging to a Deployment Resource.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/maintenance-mode/_start`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
                integrations_server).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import start_deployment_resource_instances_all_maintenance_mode as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
            ),
            request_options,
        )

    def stop_deployment_resource_instances_all_maintenance_mode(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Stop maintenance mode (all instances)

        Stops maintenance mode of all instances belonging to a Deployment Resource.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/maintenance-mode/_stop`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
                integrations_server).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import stop_deployment_resource_instances_all_maintenance_mode as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
            ),
            request_options,
        )

    def set_all_instances_settings_overrides(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        *,
        body: InstanceOverrides,
        restart_after_update: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InstanceOverrides:
        """Set size overrides

        Applies size overrides for all of the instances belonging to the given resource. Instance size
        overrides will be reset with the next plan change.

        `PUT /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/overrides`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource. Only Elasticsearch resources are currently
                supported.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            restart_after_update (bool | Unset): After overrides are set, restarts the instance to
                apply the changes. Default: False.
            body (InstanceOverrides):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            InstanceOverrides

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_all_instances_settings_overrides as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                body=body,
                restart_after_update=restart_after_update,
            ),
            request_options,
        )

    def start_deployment_resource_instances(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_ids: list[str],
        *,
        ignore_missing: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Start instances

        Starts instances belonging to a Deployment Resource.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_ids}/_start`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
                integrations_server).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            instance_ids (list[str]): A comma-separated list of instance identifiers.
            ignore_missing (bool | Unset): If true and the instance does not exist then quietly
                proceed to the next instance, otherwise treated as an error Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import start_deployment_resource_instances as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_ids,
                ignore_missing=ignore_missing,
            ),
            request_options,
        )

    def stop_deployment_resource_instances(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_ids: list[str],
        *,
        ignore_missing: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Stop instances

        Stops instances belonging to a Deployment Resource.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_ids}/_stop`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
                integrations_server).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            instance_ids (list[str]): A comma-separated list of instance identifiers.
            ignore_missing (bool | Unset): If true and the instance does not exist then quietly
                proceed to the next instance, otherwise treated as an error. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import stop_deployment_resource_instances as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_ids,
                ignore_missing=ignore_missing,
            ),
            request_options,
        )

    def start_deployment_resource_maintenance_mode(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_ids: list[str],
        *,
        ignore_missing: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Start maintenance mode

        Starts maintenance mode of instances belonging to a Deployment Resource.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_ids}/maintenance-mode/_start`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
                integrations_server).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            instance_ids (list[str]): A comma-separated list of instance identifiers.
            ignore_missing (bool | Unset): If true and the instance does not exist then quietly
                proceed to the next instance, otherwise treated as an error. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import start_deployment_resource_maintenance_mode as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_ids,
                ignore_missing=ignore_missing,
            ),
            request_options,
        )

    def stop_deployment_resource_maintenance_mode(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_ids: list[str],
        *,
        ignore_missing: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Stop maintenance mode

        Stops maintenance mode of instances belonging to a Resource.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_ids}/maintenance-mode/_stop`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
                integrations_server).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            instance_ids (list[str]): A comma-separated list of instance identifiers.
            ignore_missing (bool | Unset): If true and the instance does not exist then quietly
                proceed to the next instance, otherwise treated as an error. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import stop_deployment_resource_maintenance_mode as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_ids,
                ignore_missing=ignore_missing,
            ),
            request_options,
        )

    def set_instance_settings_overrides(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_ids: list[str],
        *,
        body: InstanceOverrides,
        restart_after_update: bool | Unset = UNSET,
        ignore_missing: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InstanceOverrides:
        """Set size overrides

        Applies size overrides for the given instances belonging to the given resource. Instance size
        overrides will be reset with the next plan change.

        `PUT /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_ids}/overrides`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource. Only Elasticsearch resources are currently
                supported.
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            instance_ids (list[str]): A comma-separated list of instance identifiers.
            restart_after_update (bool | Unset): After overrides are set, restarts the instance to
                apply the changes. Default: False.
            ignore_missing (bool | Unset): When `false` and a specified instance is missing, will
                return an error and not update any instances. When `true` will update only existing
                instances and not treat a missing instance as an error. Default: False.
            body (InstanceOverrides):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            InstanceOverrides

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_instance_settings_overrides as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_ids,
                body=body,
                restart_after_update=restart_after_update,
                ignore_missing=ignore_missing,
            ),
            request_options,
        )

    def capture_deployment_instance_heap_dump(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Capture a new on-demand heap dump for the given instance

        Captures a new on-demand heap dump for the given instance. The capture is completed asynchronously,
        and you can check its progress by getting heap dumps for the given resource.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_id}/heap_dump/_capture`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource (one of elasticsearch, kibana or apm).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            instance_id (str): The instance identifier
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import capture_deployment_instance_heap_dump as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_id,
            ),
            request_options,
        )

    def download_deployment_instance_heap_dump(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Download the given instance's heap dump

        Returns the given instance's heap dump for download.

        `GET /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_id}/heap_dump/_download`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource (one of elasticsearch, kibana or apm).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            instance_id (str): The instance identifier
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            bytes

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import download_deployment_instance_heap_dump as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_id,
            ),
            request_options,
        )

    def capture_deployment_instance_thread_dump(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """Capture a new thread dump for the given instance

        Captures a new thread dump for the given instance and returns the thread dump contents.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_id}/thread_dump/_capture`

        Args:
            deployment_id (str): Identifier for the Deployment.
            resource_kind (str): The kind of resource (one of elasticsearch, kibana or apm).
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            instance_id (str): The instance identifier
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            bytes

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import capture_deployment_instance_thread_dump as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_id,
            ),
            request_options,
        )

    def set_deployment_resource_raw_metadata(
        self,
        deployment_id: str,
        resource_kind: SetDeploymentResourceRawMetadataResourceKind,
        ref_id: str,
        *,
        body: Any,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Set a Deployment's resource metadata

        Advanced use only. Sets the internal metadata, in free-form JSON, for the resource.
        Only use the parameter to set the modified JSON that is returned from the get version of the
        metadata.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/metadata/raw`

        Args:
            deployment_id (str): Identifier for the Deployment
            resource_kind (SetDeploymentResourceRawMetadataResourceKind): The kind of resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
            version (str | Unset): If specified, checks for conflicts against the metadata version
                (returned in 'x-cloud-resource-version' of the GET request)
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            str

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import set_deployment_resource_raw_metadata as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def cancel_deployment_resource_pending_plan(
        self,
        deployment_id: str,
        resource_kind: CancelDeploymentResourcePendingPlanResourceKind,
        ref_id: str,
        *,
        force_delete: bool | Unset = UNSET,
        ignore_missing: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCrudResponse:
        """Cancel resource pending plan

        Cancels the pending plan of a Resource belonging to a given Deployment.

        `DELETE /deployments/{deployment_id}/{resource_kind}/{ref_id}/plan/pending`

        Args:
            deployment_id (str): Identifier for the Deployment
            resource_kind (CancelDeploymentResourcePendingPlanResourceKind): The kind of resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
            force_delete (bool | Unset): When `true`, deletes the pending plan instead of attempting a
                graceful cancellation. The default is `false`. Default: False.
            ignore_missing (bool | Unset): When `true`, returns successfully, even when plans are
                missing. The default is `false`. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCrudResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import cancel_deployment_resource_pending_plan as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                force_delete=force_delete,
                ignore_missing=ignore_missing,
            ),
            request_options,
        )

    def get_deployment_resource_proxy_requests(
        self,
        deployment_id: str,
        resource_kind: GetDeploymentResourceProxyRequestsResourceKind,
        ref_id: str,
        proxy_path: str,
        *,
        body: Any | str | Unset = UNSET,
        x_management_request: str,
        request_options: RequestOptions | None = None,
    ) -> GenericResponse:
        """Proxy HTTP GET request

        Proxies the HTTP GET request to the deployment resource. You must specify the `X-Management-Request`
        HTTP header. NOTE: Use this endpoint for management purposes. It does not provide high performance.

        `GET /deployments/{deployment_id}/{resource_kind}/{ref_id}/proxy/{proxy_path}`

        Args:
            deployment_id (str): Identifier for the Deployment
            resource_kind (GetDeploymentResourceProxyRequestsResourceKind): The kind of resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
            proxy_path (str): The URL part to proxy to the deployment resource. Example: _cat/indices,
                /api/spaces/space or /api/ent/v1/internal/health
            x_management_request (str): You must specify the `X-Management-Request` HTTP header with
                value `true`. NOTE: Use this endpoint for management purposes. It does not provide high
                performance.
            body (Any | Unset):
            body (str | Unset):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            GenericResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_deployment_resource_proxy_requests as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                proxy_path,
                body=body,
                x_management_request=x_management_request,
            ),
            request_options,
        )

    def put_deployment_resource_proxy_requests(
        self,
        deployment_id: str,
        resource_kind: PutDeploymentResourceProxyRequestsResourceKind,
        ref_id: str,
        proxy_path: str,
        *,
        body: Any | str | Unset = UNSET,
        x_management_request: str,
        request_options: RequestOptions | None = None,
    ) -> GenericResponse:
        """Proxy HTTP PUT request

        Proxies the HTTP PUT request to the deployment resource. You must specify the `X-Management-Request`
        HTTP header. NOTE: Use this endpoint for management purposes. It does not provide high performance.

        `PUT /deployments/{deployment_id}/{resource_kind}/{ref_id}/proxy/{proxy_path}`

        Args:
            deployment_id (str): Identifier for the Deployment
            resource_kind (PutDeploymentResourceProxyRequestsResourceKind): The kind of resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
            proxy_path (str): The URL part to proxy to the deployment resource. Example: _cat/indices,
                /api/spaces/space or /api/ent/v1/internal/health
            x_management_request (str): You must specify the `X-Management-Request` HTTP header with
                value `true`. NOTE: Use this endpoint for management purposes. It does not provide high
                performance.
            body (Any | Unset):
            body (str | Unset):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            GenericResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import put_deployment_resource_proxy_requests as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                proxy_path,
                body=body,
                x_management_request=x_management_request,
            ),
            request_options,
        )

    def post_deployment_resource_proxy_requests(
        self,
        deployment_id: str,
        resource_kind: PostDeploymentResourceProxyRequestsResourceKind,
        ref_id: str,
        proxy_path: str,
        *,
        body: Any | str | Unset = UNSET,
        x_management_request: str,
        request_options: RequestOptions | None = None,
    ) -> GenericResponse:
        """Proxy HTTP POST request

        Proxies the HTTP POST request to the deployment resource. You must specify the `X-Management-
        Request` HTTP header. NOTE: Use this endpoint for management purposes. It does not provide high
        performance.

        `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/proxy/{proxy_path}`

        Args:
            deployment_id (str): Identifier for the Deployment
            resource_kind (PostDeploymentResourceProxyRequestsResourceKind): The kind of resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
            proxy_path (str): The URL part to proxy to the deployment resource. Example: _cat/indices,
                /api/spaces/space or /api/ent/v1/internal/health
            x_management_request (str): You must specify the `X-Management-Request` HTTP header with
                value `true`. NOTE: Use this endpoint for management purposes. It does not provide high
                performance.
            body (Any | Unset):
            body (str | Unset):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            GenericResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import post_deployment_resource_proxy_requests as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                proxy_path,
                body=body,
                x_management_request=x_management_request,
            ),
            request_options,
        )

    def delete_deployment_resource_proxy_requests(
        self,
        deployment_id: str,
        resource_kind: DeleteDeploymentResourceProxyRequestsResourceKind,
        ref_id: str,
        proxy_path: str,
        *,
        body: Any | str | Unset = UNSET,
        x_management_request: str,
        request_options: RequestOptions | None = None,
    ) -> GenericResponse:
        """Proxy HTTP DELETE request

        Proxies the HTTP DELETE request to the deployment resource. You must specify the `X-Management-
        Request` HTTP header. NOTE: Use this endpoint for management purposes. It does not provide high
        performance.

        `DELETE /deployments/{deployment_id}/{resource_kind}/{ref_id}/proxy/{proxy_path}`

        Args:
            deployment_id (str): Identifier for the Deployment
            resource_kind (DeleteDeploymentResourceProxyRequestsResourceKind): The kind of resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
            proxy_path (str): The URL part to proxy to the deployment resource. Example: _cat/indices,
                /api/spaces/space or /api/ent/v1/internal/health
            x_management_request (str): You must specify the `X-Management-Request` HTTP header with
                value `true`. NOTE: Use this endpoint for management purposes. It does not provide high
                performance.
            body (Any | Unset):
            body (str | Unset):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            GenericResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_deployment_resource_proxy_requests as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                proxy_path,
                body=body,
                x_management_request=x_management_request,
            ),
            request_options,
        )

    def delete_deployment_stateless_resource(
        self,
        deployment_id: str,
        stateless_resource_kind: DeleteDeploymentStatelessResourceStatelessResourceKind,
        ref_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCrudResponse:
        """Delete Stateless Resource from Deployment

        Delete Stateless Resource belonging to a given Deployment. Deployment must be shutdown already.

        `DELETE /deployments/{deployment_id}/{stateless_resource_kind}/{ref_id}`

        Args:
            deployment_id (str): Identifier for the Deployment
            stateless_resource_kind (DeleteDeploymentStatelessResourceStatelessResourceKind): The kind
                of stateless resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCrudResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_deployment_stateless_resource as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                stateless_resource_kind,
                ref_id,
            ),
            request_options,
        )

    def restart_deployment_stateless_resource(
        self,
        deployment_id: str,
        stateless_resource_kind: RestartDeploymentStatelessResourceStatelessResourceKind,
        ref_id: str,
        *,
        cancel_pending: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Restart Deployment Stateless Resource

        Restarts a Stateless Resource. If a Resource is active: this command re-applies the existing plan
        but applies a "cluster_reboot", which issues a restart command and waits for it to complete. If a
        Resource is inactive: this command starts it up with the most recent successful plan.

        `POST /deployments/{deployment_id}/{stateless_resource_kind}/{ref_id}/_restart`

        Args:
            deployment_id (str): Identifier for the Deployment.
            stateless_resource_kind (RestartDeploymentStatelessResourceStatelessResourceKind): The
                kind of stateless resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            cancel_pending (bool | Unset): If true, cancels any pending plans before restarting. If
                false and there are pending plans, returns an error. Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import restart_deployment_stateless_resource as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                stateless_resource_kind,
                ref_id,
                cancel_pending=cancel_pending,
            ),
            request_options,
        )

    def shutdown_deployment_stateless_resource(
        self,
        deployment_id: str,
        stateless_resource_kind: ShutdownDeploymentStatelessResourceStatelessResourceKind,
        ref_id: str,
        *,
        hide: bool | Unset = UNSET,
        skip_snapshot: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceCommandResponse:
        """Shutdown Deployment Stateless Resource

        Shut down Stateless Resource belonging to a given Deployment.
        Kibana cannot be shut down on Elasticsearch Service as it is required for Elasticsearch
        administrative functions, such as Snapshot Lifecycle Management and version upgrades.

        `POST /deployments/{deployment_id}/{stateless_resource_kind}/{ref_id}/_shutdown`

        Args:
            deployment_id (str): Identifier for the Deployment.
            stateless_resource_kind (ShutdownDeploymentStatelessResourceStatelessResourceKind): The
                kind of stateless resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            hide (bool | Unset): Hide cluster on shutdown. Hidden clusters are not listed by default.
                Only applicable for Platform administrators.
            skip_snapshot (bool | Unset): If true, will skip taking a snapshot of the cluster before
                shutting the cluster down (if even possible) Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceCommandResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import shutdown_deployment_stateless_resource as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                stateless_resource_kind,
                ref_id,
                hide=hide,
                skip_snapshot=skip_snapshot,
            ),
            request_options,
        )

    def upgrade_deployment_stateless_resource(
        self,
        deployment_id: str,
        stateless_resource_kind: UpgradeDeploymentStatelessResourceStatelessResourceKind,
        ref_id: str,
        *,
        validate_only: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentResourceUpgradeResponse:
        """Upgrade Kibana, APM, Integrations Server, AppSearch, Enterprise Search inside Deployment

        Upgrades a running cluster.

        `POST /deployments/{deployment_id}/{stateless_resource_kind}/{ref_id}/_upgrade`

        Args:
            deployment_id (str): Identifier for the Deployment.
            stateless_resource_kind (UpgradeDeploymentStatelessResourceStatelessResourceKind): The
                kind of stateless resource
            ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
            validate_only (bool | Unset): When `true`, returns the update version without performing
                the upgrade Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentResourceUpgradeResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import upgrade_deployment_stateless_resource as _operation

        return self._call(
            _operation,
            _operation.build_request(
                deployment_id,
                stateless_resource_kind,
                ref_id,
                validate_only=validate_only,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncDeploymentsAPI as AsyncDeploymentsAPI
    from ._async_raw import AsyncDeploymentsAPIWithRawResponse as AsyncDeploymentsAPIWithRawResponse
    from ._raw import DeploymentsAPIWithRawResponse as DeploymentsAPIWithRawResponse
    from ._streamed import AsyncDeploymentsAPIWithStreamingResponse as AsyncDeploymentsAPIWithStreamingResponse
    from ._streamed import DeploymentsAPIWithStreamingResponse as DeploymentsAPIWithStreamingResponse
else:
    _LAZY = {
        "AsyncDeploymentsAPI": "._async",
        "DeploymentsAPIWithRawResponse": "._raw",
        "AsyncDeploymentsAPIWithRawResponse": "._async_raw",
        "DeploymentsAPIWithStreamingResponse": "._streamed",
        "AsyncDeploymentsAPIWithStreamingResponse": "._streamed",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `DeploymentsAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncDeploymentsAPI",
    "AsyncDeploymentsAPIWithRawResponse",
    "AsyncDeploymentsAPIWithStreamingResponse",
    "DeploymentsAPI",
    "DeploymentsAPIWithRawResponse",
    "DeploymentsAPIWithStreamingResponse",
]
