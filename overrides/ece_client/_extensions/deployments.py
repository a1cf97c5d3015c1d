"""Hand-written additions to the `deployments` operation group: waiting for a deployment's
plans (``track_plans``, ``wait_for_plans``), walking every search result (``iter_search``), the
update request of a deployment (``update_request_from``) and the stack upgrade (``upgrade_deployment``).

The work is done by ``_plan_wait`` / ``_plans`` and ``_pagination``, imported on first use so
that importing the group stays cheap; these methods only bind them to the group's operations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from ..types import UNSET
from . import DEFAULT_MAX_POLL_ERRORS, DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from .._model import Model
    from .._plan_wait import Clock, PlanTracker
    from .._plans import PlanEvent, PlanSummary
    from .._request_options import RequestOptions
    from .._upgrade import UpgradeSummary
    from ..models.deployment_get_response import DeploymentGetResponse
    from ..models.deployment_search_response import DeploymentSearchResponse
    from ..models.deployment_update_request import DeploymentUpdateRequest
    from ..models.deployments_search_response import DeploymentsSearchResponse

_PAGE_SIZE = 100


def _plan_reading(group: Any) -> dict[str, Any]:
    """What a poll asks for: the plans and their step logs, without the template enrichment it does
    not read (where the release's ``get_deployment`` offers to skip it)."""
    from .._capabilities import accepts, require_parameter

    for needed in ("show_plans", "show_plan_logs", "show_plan_history"):
        require_parameter(group, "get_deployment", needed)
    reading: dict[str, Any] = {"show_plans": True, "show_plan_logs": True}
    if accepts(group, "get_deployment", "enrich_with_template"):
        reading["enrich_with_template"] = False
    return reading


def _within(options: RequestOptions | None, budget: float | None) -> RequestOptions | None:
    """The poll's request options, its whole call (tries, timeouts, retries) cut to the wait's time left."""
    if budget is None:
        return options
    from dataclasses import replace

    from .._request_options import RequestOptions

    base = options or RequestOptions()
    total = budget if base.total_timeout is None else min(base.total_timeout, budget)
    return replace(base, total_timeout=total)


_UPGRADE_READING = {"show_plans": True, "show_settings": True}
"""What an upgrade reads of the deployment: its current plans and settings, to send them back."""


def _update_request_from(deployment: DeploymentGetResponse | Any) -> DeploymentUpdateRequest:
    from .._update_payload import update_request_from

    result: DeploymentUpdateRequest = update_request_from(deployment)
    return result


def _upgrade_stage(deployment_id: str, version: str, reading: Any, elasticsearch: bool) -> Any:
    """The request body of one upgrade stage, from a fresh reading (None: nothing left to upgrade)."""
    from .._upgrade import stage_body
    from ..models import DeploymentUpdateRequest

    body = stage_body(reading.to_dict(), version, elasticsearch=elasticsearch)
    return None if body is None else DeploymentUpdateRequest.from_dict(body)


def _remaining(timeout: float | None, start: float) -> float | None:
    import time

    return None if timeout is None else max(0.0, timeout - (time.monotonic() - start))


class DeploymentsExtension:
    """Methods added to the sync `deployments` group."""

    __slots__ = ()

    if TYPE_CHECKING:  # provided by the generated group class

        def get_deployment(self, *args: Any, **kwargs: Any) -> DeploymentGetResponse: ...

        def search_deployments(self, *args: Any, **kwargs: Any) -> DeploymentsSearchResponse: ...

        def update_deployment(self, *args: Any, **kwargs: Any) -> Any: ...

    def track_plans(
        self,
        deployment_id: str,
        *,
        resource_kind: str | None = None,
        ref_id: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_errors: int = DEFAULT_MAX_POLL_ERRORS,
        clock: Clock | None = None,
        request_options: RequestOptions | None = None,
    ) -> PlanTracker:
        """Follows the deployment's pending plans: iterate the result for progress events.

        >>> tracker = ece.deployments.track_plans(deployment_id, timeout=1800)
        >>> for event in tracker:
        ...     print(event)
        >>> tracker.summary

        Arguments are those of `wait_for_plans` (without ``progress``). Nothing is requested until
        the iteration starts. Iterating raises `PlanFailedError` or `PlanTimeoutError` as
        `wait_for_plans` does.
        """
        from .._plan_settings import WaitSettings
        from .._plan_wait import PlanTracker

        reading = _plan_reading(self)

        def fetch(with_history: bool, budget: float | None) -> dict[str, Any]:
            return self.get_deployment(
                deployment_id,
                **reading,
                show_plan_history=True if with_history else UNSET,
                request_options=_within(request_options, budget),
            ).to_dict()

        settings = WaitSettings(timeout, poll_interval, max_poll_errors)
        return PlanTracker(
            fetch, deployment_id, resource_kind=resource_kind, ref_id=ref_id, settings=settings, clock=clock
        )

    def wait_for_plans(
        self,
        deployment_id: str,
        *,
        resource_kind: str | None = None,
        ref_id: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        progress: bool | Callable[[PlanEvent], object] = False,
        max_poll_errors: int = DEFAULT_MAX_POLL_ERRORS,
        clock: Clock | None = None,
        request_options: RequestOptions | None = None,
    ) -> PlanSummary:
        """Waits until every pending plan of the deployment has ended, and says how each ended.

        Reads the deployment's plan activity (``get_deployment`` with ``show_plans`` and
        ``show_plan_logs``) every ``poll_interval`` seconds and follows the pending plan of each
        resource (Elasticsearch, Kibana, APM, Integrations Server, Enterprise Search, App Search)
        through its steps, including a plan replaced by a newer one, until all have ended.

        Args:
            deployment_id: The deployment.
            resource_kind: Wait for the resources of this kind only (``"elasticsearch"``, ``"kibana"``,
                ``"apm"``, ``"integrations_server"``, ``"enterprise_search"``, ``"appsearch"``).
            ref_id: With ``resource_kind``: wait for this one resource only.
            timeout: Seconds to wait in all; None waits with no deadline.
            poll_interval: Seconds between two readings.
            progress: True shows progress on standard error (a live line per resource on a
                terminal, plain lines otherwise); a callable gets each `PlanEvent`.
            max_poll_errors: Readings in a row that may fail (after the client's own retries)
                before the error is raised.
            clock: For tests: an object with ``monotonic()`` and ``sleep(seconds)``.
            request_options: Per-call options of each reading.

        Returns:
            A `PlanSummary`: each resource's outcome (``succeeded``, ``unchanged``, ``deleted``),
            its final attempt and steps, and the time waited.

        Raises:
            ece_client.errors.PlanFailedError: A plan failed (the failing step, its messages and details).
            ece_client.errors.PlanTimeoutError: The deadline passed; the plans keep running on ECE.
            ece_client.errors.NotFoundError: No such deployment.
            ece_client.errors.ECEError: ``resource_kind``/``ref_id`` name no resource of the deployment.
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
            return tracker.wait(on_event)

    @overload
    def iter_search(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        minimal_metadata: None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[DeploymentSearchResponse]: ...

    @overload
    def iter_search(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        minimal_metadata: str,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Model]: ...

    def iter_search(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        minimal_metadata: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[DeploymentSearchResponse] | Iterator[Model]:
        """Every deployment matching ``query``, page after page.

        >>> for deployment in ece.deployments.iter_search({"match": {"healthy": {"query": "false"}}}):
        ...     print(deployment.id, deployment.name)

        Pages with the search cursor where this build's ECE release has one, else with ``from`` and
        ``size``.

        Args:
            query: A `QueryContainer` or its JSON (an Elasticsearch query); None matches all.
            sort: Sort clauses (JSON or models), as in `SearchRequest.sort`.
            page_size: Deployments per request.
            minimal_metadata: Comma-separated attributes (e.g. ``"id,name"``): yields only these, as
                models with just those keys (``item["name"]``; typed `Model`, the base of every
                model, on every release), instead of full deployments. Only for releases whose search
                takes ``minimal_metadata``.
            request_options: Per-call options of each request (a search only reads: it is retried
                after a transient failure as a GET is).

        Each deployment is given once, even if pages overlap.

        Raises:
            ece_client.errors.UnsupportedOperationError: ``minimal_metadata`` on a release whose
                search does not take it (raised at once, before any request).
        """
        from .._pagination import deployment_search, walk

        return walk(deployment_search(self, query, sort, page_size, minimal_metadata, request_options))

    def update_request_from(self, deployment: DeploymentGetResponse | Any) -> DeploymentUpdateRequest:
        """The update request that re-applies a deployment's current plans, as ecctl's
        ``deployment show --generate-update-payload`` prints it.

        >>> deployment = ece.deployments.get_deployment(deployment_id, show_settings=True)
        >>> request = ece.deployments.update_request_from(deployment)
        >>> request.resources.elasticsearch[0].plan.cluster_topology[0].size.value = 8192
        >>> ece.deployments.update_deployment(deployment_id, body=request)

        Each resource with a current plan is listed with that plan, its ref id, region, display
        name and settings (read with ``show_settings=True`` to keep them), without what the server
        alone writes (settings ``metadata``, fields this release's update request does not declare,
        nulls); stateless resources keep only the topology elements with a size.
        ``prune_orphans`` is false. Sent unchanged, it changes nothing.

        Args:
            deployment: A `DeploymentGetResponse` (or its JSON), as ``get_deployment`` returns it.

        Raises:
            ece_client.errors.ECEError: ``deployment`` is not a deployment body (it has no resources).
        """
        return _update_request_from(deployment)

    def upgrade_deployment(
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
        """Upgrades every resource of a deployment to a stack version, in the order ECE requires.

        >>> ece.deployments.upgrade_deployment(deployment_id, "8.15.1", progress=True)

        Elasticsearch first (an update of its plans with the new version, followed to its end),
        then Kibana, APM, Integrations Server, Enterprise Search and App Search in one update,
        followed to its end. Resources already at ``version`` are left alone; everything but the
        version is sent back as it is (see `update_request_from`).

        Args:
            deployment_id: The deployment.
            version: The stack version to run (``"8.15.1"``).
            timeout: Seconds for the whole upgrade, both stages; None waits with no deadline.
            poll_interval, progress, max_poll_errors, request_options: As in `wait_for_plans`.

        Returns:
            An `UpgradeSummary` (``ece_client.workflows``): the versions before, each stage's `PlanSummary`.

        Raises:
            ece_client.errors.DowngradeError: A resource runs a newer version (nothing was changed).
            ece_client.errors.PlanFailedError: A stage's plan failed (the Kibana stage is then not started).
            ece_client.errors.PlanTimeoutError: The deadline passed.
            ValueError: ``version`` is not a stack version.
        """
        import time

        from .._upgrade import UpgradeSummary, check_upgrade

        start = time.monotonic()
        reading = self.get_deployment(deployment_id, **_UPGRADE_READING, request_options=request_options)
        previous = check_upgrade(deployment_id, reading.to_dict(), version)
        stages = []
        for elasticsearch in (True, False):
            if not elasticsearch:
                reading = self.get_deployment(deployment_id, **_UPGRADE_READING, request_options=request_options)
            body = _upgrade_stage(deployment_id, version, reading, elasticsearch)
            if body is None:
                continue
            self.update_deployment(deployment_id, body=body, request_options=request_options)
            stages.append(
                self.wait_for_plans(
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


__all__ = ["DeploymentsExtension"]
