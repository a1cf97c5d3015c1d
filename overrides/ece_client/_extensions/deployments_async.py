"""`AsyncDeploymentsExtension`: the asyncio side of ``deployments.py``, imported with the async group."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from typing import TYPE_CHECKING, Any, overload

from ..types import UNSET
from . import DEFAULT_MAX_POLL_ERRORS, DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT
from .deployments import (
    _PAGE_SIZE,
    _UPGRADE_READING,
    _plan_reading,
    _remaining,
    _update_request_from,
    _upgrade_stage,
    _within,
)

if TYPE_CHECKING:
    from .._model import Model
    from .._plan_wait import AsyncClock, AsyncPlanTracker
    from .._plans import PlanEvent, PlanSummary
    from .._request_options import RequestOptions
    from .._upgrade import UpgradeSummary
    from ..models.deployment_get_response import DeploymentGetResponse
    from ..models.deployment_search_response import DeploymentSearchResponse
    from ..models.deployment_update_request import DeploymentUpdateRequest
    from ..models.deployments_search_response import DeploymentsSearchResponse


class AsyncDeploymentsExtension:
    """Methods added to the asyncio `deployments` group."""

    __slots__ = ()

    if TYPE_CHECKING:  # provided by the generated group class

        async def get_deployment(self, *args: Any, **kwargs: Any) -> DeploymentGetResponse: ...

        async def search_deployments(self, *args: Any, **kwargs: Any) -> DeploymentsSearchResponse: ...

        async def update_deployment(self, *args: Any, **kwargs: Any) -> Any: ...

    def track_plans(
        self,
        deployment_id: str,
        *,
        resource_kind: str | None = None,
        ref_id: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_errors: int = DEFAULT_MAX_POLL_ERRORS,
        clock: AsyncClock | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPlanTracker:
        """Follows the deployment's pending plans: ``async for`` the result for progress events.

        >>> tracker = ece.deployments.track_plans(deployment_id)
        >>> async for event in tracker:
        ...     print(event)

        See the sync `Deployments.wait_for_plans` for the arguments and errors.
        """
        from .._plan_settings import WaitSettings
        from .._plan_wait import AsyncPlanTracker

        reading = _plan_reading(self)

        async def fetch(with_history: bool, budget: float | None) -> dict[str, Any]:
            deployment = await self.get_deployment(
                deployment_id,
                **reading,
                show_plan_history=True if with_history else UNSET,
                request_options=_within(request_options, budget),
            )
            return deployment.to_dict()

        settings = WaitSettings(timeout, poll_interval, max_poll_errors)
        return AsyncPlanTracker(
            fetch, deployment_id, resource_kind=resource_kind, ref_id=ref_id, settings=settings, clock=clock
        )

    async def wait_for_plans(
        self,
        deployment_id: str,
        *,
        resource_kind: str | None = None,
        ref_id: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        progress: bool | Callable[[PlanEvent], object] = False,
        max_poll_errors: int = DEFAULT_MAX_POLL_ERRORS,
        clock: AsyncClock | None = None,
        request_options: RequestOptions | None = None,
    ) -> PlanSummary:
        """Waits until every pending plan of the deployment has ended (asyncio).

        Same arguments, result and errors as the sync `Deployments.wait_for_plans`; ``clock`` has an
        ``async sleep(seconds)``.
        """
        from .._progress import progress_callback

        tracker = self.track_plans(
            deployment_id,
            resource_kind=resource_kind,
            ref_id=ref_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_errors=max_poll_errors,
            clock=clock,
            request_options=request_options,
        )
        with progress_callback(progress) as on_event:
            return await tracker.wait(on_event)

    @overload
    def iter_search(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        minimal_metadata: None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[DeploymentSearchResponse]: ...

    @overload
    def iter_search(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        minimal_metadata: str,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Model]: ...

    def iter_search(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        minimal_metadata: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[DeploymentSearchResponse] | AsyncIterator[Model]:
        """Every deployment matching ``query``: ``async for deployment in ece.deployments.iter_search(...)``.

        Same arguments and errors as the sync `Deployments.iter_search`.
        """
        from .._pagination import awalk, deployment_search

        return awalk(deployment_search(self, query, sort, page_size, minimal_metadata, request_options))

    def update_request_from(self, deployment: DeploymentGetResponse | Any) -> DeploymentUpdateRequest:
        """The update request that re-applies a deployment's current plans (no request is made:
        see the sync `Deployments.update_request_from`)."""
        return _update_request_from(deployment)

    async def upgrade_deployment(
        self,
        deployment_id: str,
        version: str,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        progress: bool | Callable[[PlanEvent], object] = False,
        max_poll_errors: int = DEFAULT_MAX_POLL_ERRORS,
        request_options: RequestOptions | None = None,
    ) -> UpgradeSummary:
        """Upgrades every resource of a deployment to a stack version, Elasticsearch first (asyncio).

        Same arguments, result and errors as the sync `Deployments.upgrade_deployment`.
        """
        import time

        from .._upgrade import UpgradeSummary, check_upgrade

        start = time.monotonic()
        reading = await self.get_deployment(deployment_id, **_UPGRADE_READING, request_options=request_options)
        previous = check_upgrade(deployment_id, reading.to_dict(), version)
        stages = []
        for elasticsearch in (True, False):
            if not elasticsearch:
                reading = await self.get_deployment(deployment_id, **_UPGRADE_READING, request_options=request_options)
            body = _upgrade_stage(deployment_id, version, reading, elasticsearch)
            if body is None:
                continue
            await self.update_deployment(deployment_id, body=body, request_options=request_options)
            stages.append(
                await self.wait_for_plans(
                    deployment_id,
                    timeout=_remaining(timeout, start),
                    poll_interval=poll_interval,
                    progress=progress,
                    max_poll_errors=max_poll_errors,
                    request_options=request_options,
                )
            )
        return UpgradeSummary(
            deployment_id,
            version,
            {f"{kind} {ref_id}": found for (kind, ref_id), found in previous.items()},
            tuple(stages),
        )


__all__ = ["AsyncDeploymentsExtension"]
