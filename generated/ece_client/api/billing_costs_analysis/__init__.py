"""The `billing_costs_analysis` operations: as methods of `BillingCostsAnalysisAPI` (sync) and `AsyncBillingCostsAnalysisAPI`.

Each operation's module here (``billing_costs_analysis.<operation>``) has its low-level interface:
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
    from ...models.chart_items import ChartItems
    from ...models.costs_overview import CostsOverview
    from ...models.deployments_costs import DeploymentsCosts
    from ...models.get_costs_charts_bucketing_strategy import GetCostsChartsBucketingStrategy
    from ...models.get_costs_charts_by_deployment_bucketing_strategy import GetCostsChartsByDeploymentBucketingStrategy
    from ...models.items_costs import ItemsCosts
    from ...types import File


class BillingCostsAnalysisAPI(SyncResource):
    """The `billing_costs_analysis` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> BillingCostsAnalysisAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import BillingCostsAnalysisAPIWithRawResponse

        return BillingCostsAnalysisAPIWithRawResponse(self._client)

    def get_costs_overview(
        self,
        organization_id: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CostsOverview:
        """Get costs overview for the organization. Currently unavailable in self-hosted ECE.

        EXPERIMENTAL (it may change in future versions): Retrieves an overview of the costs by organization
        ID.

        `GET /billing/costs/{organization_id}`

        Args:
            organization_id (str): Identifier for the organization
            from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
                costs. Defaults to start of current month.
            to (str | Unset): A datetime for the end of the desired range for which to fetch costs.
                Defaults to the current date.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            CostsOverview

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_costs_overview as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
                from_=from_,
                to=to,
            ),
            request_options,
        )

    def get_costs_charts(
        self,
        organization_id: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        bucketing_strategy: GetCostsChartsBucketingStrategy | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ChartItems:
        """Get charts for the organization. Currently unavailable in self-hosted ECE.

        EXPERIMENTAL (it may change in future versions): Retrieves the usage charts for the organization.

        `GET /billing/costs/{organization_id}/charts`

        Args:
            organization_id (str): Identifier for the organization
            from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
                costs. Defaults to start of current month.
            to (str | Unset): A datetime for the end of the desired range for which to fetch costs.
                Defaults to the current date.
            bucketing_strategy (GetCostsChartsBucketingStrategy | Unset): The desired bucketing
                strategy for the charts. Defaults to `daily`. Default:
                GetCostsChartsBucketingStrategy.DAILY.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ChartItems

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_costs_charts as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
                from_=from_,
                to=to,
                bucketing_strategy=bucketing_strategy,
            ),
            request_options,
        )

    def get_costs_deployments(
        self,
        organization_id: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        accept: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentsCosts:
        """Get deployments costs for the organization. Currently unavailable in self-hosted ECE.

        EXPERIMENTAL (it may change in future versions): Retrieves the costs associated with all deployments
        for the organization.

        `GET /billing/costs/{organization_id}/deployments`

        Args:
            organization_id (str): Identifier for the organization
            from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
                activity. Defaults to start of current month.
            to (str | Unset): A datetime for the end of the desired range for which to fetch activity.
                Defaults to the current date.
            accept (str | Unset): Accept header containing the content preference.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            DeploymentsCosts

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_costs_deployments as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
                from_=from_,
                to=to,
                accept=accept,
            ),
            request_options,
        )

    def get_costs_charts_by_deployment(
        self,
        organization_id: str,
        deployment_id: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        bucketing_strategy: GetCostsChartsByDeploymentBucketingStrategy | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ChartItems:
        """Get charts by deployment. Currently unavailable in self-hosted ECE.

        EXPERIMENTAL (it may change in future versions): Retrieves the usage charts for the given
        deployment.

        `GET /billing/costs/{organization_id}/deployments/{deployment_id}/charts`

        Args:
            organization_id (str): Identifier for the organization
            deployment_id (str): Id of a Deployment
            from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
                costs. Defaults to start of current month.
            to (str | Unset): A datetime for the end of the desired range for which to fetch costs.
                Defaults to the current date.
            bucketing_strategy (GetCostsChartsByDeploymentBucketingStrategy | Unset): The desired
                bucketing strategy for the charts. Defaults to `daily`. Default:
                GetCostsChartsByDeploymentBucketingStrategy.DAILY.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ChartItems

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_costs_charts_by_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
                deployment_id,
                from_=from_,
                to=to,
                bucketing_strategy=bucketing_strategy,
            ),
            request_options,
        )

    def get_costs_items_by_deployment(
        self,
        organization_id: str,
        deployment_id: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        accept: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ItemsCosts:
        """Get itemized costs by deployments. Currently unavailable in self-hosted ECE.

        EXPERIMENTAL (it may change in future versions): Retrieves the itemized costs for the given
        deployment.

        `GET /billing/costs/{organization_id}/deployments/{deployment_id}/items`

        Args:
            organization_id (str): Identifier for the organization
            deployment_id (str): Id of a Deployment
            from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
                costs. Defaults to start of current month.
            to (str | Unset): A datetime for the end of the desired range for which to fetch costs.
                Defaults to the current date.
            accept (str | Unset): Determines the response body format. Can be either application/json
                or text/csv.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ItemsCosts

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_costs_items_by_deployment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
                deployment_id,
                from_=from_,
                to=to,
                accept=accept,
            ),
            request_options,
        )

    def get_costs_items(
        self,
        organization_id: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ItemsCosts:
        """Get itemized costs for the organization. Currently unavailable in self-hosted ECE.

        EXPERIMENTAL (it may change in future versions): Retrieves the itemized costs for the organization.

        `GET /billing/costs/{organization_id}/items`

        Args:
            organization_id (str): Identifier for the organization
            from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
                costs. Defaults to start of current month.
            to (str | Unset): A datetime for the end of the desired range for which to fetch costs.
                Defaults to the current date.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ItemsCosts

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_costs_items as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
                from_=from_,
                to=to,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncBillingCostsAnalysisAPI as AsyncBillingCostsAnalysisAPI
    from ._async_raw import AsyncBillingCostsAnalysisAPIWithRawResponse as AsyncBillingCostsAnalysisAPIWithRawResponse
    from ._raw import BillingCostsAnalysisAPIWithRawResponse as BillingCostsAnalysisAPIWithRawResponse
else:
    _LAZY = {
        "AsyncBillingCostsAnalysisAPI": "._async",
        "BillingCostsAnalysisAPIWithRawResponse": "._raw",
        "AsyncBillingCostsAnalysisAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `BillingCostsAnalysisAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncBillingCostsAnalysisAPI",
    "AsyncBillingCostsAnalysisAPIWithRawResponse",
    "BillingCostsAnalysisAPI",
    "BillingCostsAnalysisAPIWithRawResponse",
]
