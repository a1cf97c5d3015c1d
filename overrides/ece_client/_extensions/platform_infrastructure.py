"""Hand-written additions to the `platform_infrastructure` operation group: walking every
allocator and runner of the platform, page after page (``from``/``size``), and vacating an
allocator (``vacate_allocator``, the work of ``_vacate`` and ``_vacate_run``).

Only the allocator listing and search and the runner search page; proxies and constructors come
in one response (``get_proxies``, ``get_constructors``). The paging logic lives in
``_pagination``, imported on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..types import UNSET
from . import DEFAULT_MAX_POLL_ERRORS, DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from .._pagination import Paging
    from .._plans import PlanEvent
    from .._request_options import RequestOptions
    from .._vacate import VacateSummary
    from .._vacate_run import VacateRequest
    from ..models.allocator_info import AllocatorInfo
    from ..models.runner_info import RunnerInfo

_PAGE_SIZE = 100


def _allocators(group: Any, q: str | None, sort: str | None, page_size: int, options: Any) -> Paging:
    from .._capabilities import operation
    from .._pagination import ALLOCATORS, offset_listing

    return offset_listing(
        operation(group, "get_allocators"),
        ALLOCATORS,
        page_size,
        q=UNSET if q is None else q,
        sort=UNSET if sort is None else sort,
        request_options=options,
    )


def _search(group: Any, name: str, query: Any, sort: Sequence[Any] | None, page_size: int, options: Any) -> Paging:
    from .._capabilities import operation
    from .._pagination import ALLOCATORS, RUNNERS, offset_search

    listing = ALLOCATORS if name == "search_allocators" else RUNNERS
    return offset_search(operation(group, name), listing, query, sort, page_size, request_options=options)


_VACATE_CONCURRENCY = 8


def _vacate_request(
    group: Any,
    allocator_id: str,
    kinds: Iterable[str] | str | None,
    resource_ids: Iterable[str] | str | None,
    to_allocators: Iterable[str] | str | None,
    validate_only: bool,
    flags: dict[str, bool | None],
    overrides: dict[str, bool | None],
    wait: bool,
    timing: tuple[float | None, float, int],
    concurrency: int,
    request_options: Any,
) -> VacateRequest:
    """The checked request of one vacate call (ValueError for bad arguments, before any request)."""
    from .._plan_settings import WaitSettings
    from .._vacate import VacateOptions, move_kinds
    from .._vacate_run import MoveFlags, VacateRequest
    from ..models import MoveClustersDetails

    if not isinstance(allocator_id, str) or not allocator_id:
        raise ValueError(f"allocator_id must be a non-empty string; got {allocator_id!r}")
    if not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be 1 or more; got {concurrency!r}")
    options = VacateOptions.make(move_kinds(MoveClustersDetails), kinds, resource_ids, to_allocators, overrides)
    move_flags = MoveFlags(**flags)
    move_flags.check(group)
    return VacateRequest(
        allocator_id,
        options,
        move_flags,
        validate_only,
        wait,
        WaitSettings(*timing),
        concurrency,
        request_options,
    )


def _vacated(summary: VacateSummary, raise_on_failure: bool) -> VacateSummary:
    from .._workflow_errors import VacateError

    if raise_on_failure and summary.failed:
        failures = "; ".join(str(result) for result in summary.failed)
        raise VacateError(
            f"allocator {summary.allocator_id}: {len(summary.failed)} resource(s) not vacated "
            f"({len(summary.moved)} moved): {failures}",
            allocator_id=summary.allocator_id,
            summary=summary,
        )
    return summary


class PlatformInfrastructureExtension:
    """Methods added to the sync `platform_infrastructure` group."""

    __slots__ = ()

    def iter_allocators(
        self,
        q: str | None = None,
        *,
        sort: str | None = None,
        page_size: int = _PAGE_SIZE,
        request_options: RequestOptions | None = None,
    ) -> Iterator[AllocatorInfo]:
        """Every allocator (of every zone) matching ``q``, page after page (``GET .../infrastructure/allocators``).

        >>> for allocator in ece.platform_infrastructure.iter_allocators("status.connected:true"):
        ...     print(allocator.allocator_id, allocator.zone_id)

        Args:
            q: An Elasticsearch ``query_string`` query; None lists all.
            sort: Comma-separated fields to sort by (the server's default is ``allocator_id``).
            page_size: Allocators per request.
            request_options: Per-call options of each request.
        """
        from .._pagination import walk

        return walk(_allocators(self, q, sort, page_size, request_options))

    def iter_search_allocators(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        request_options: RequestOptions | None = None,
    ) -> Iterator[AllocatorInfo]:
        """Every allocator matching an Elasticsearch query (``POST .../allocators/_search``), page after page.

        Args:
            query: A `QueryContainer` or its JSON; None matches all.
            sort: Sort clauses, as in `SearchRequest.sort`.
            page_size: Allocators per request (``size``; ``from`` advances by what each page gave).
            request_options: Per-call options of each request (a search only reads: it is retried
                after a transient failure as a GET is).
        """
        from .._pagination import walk

        return walk(_search(self, "search_allocators", query, sort, page_size, request_options))

    def iter_search_runners(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        request_options: RequestOptions | None = None,
    ) -> Iterator[RunnerInfo]:
        """Every runner matching an Elasticsearch query (``POST .../runners/_search``), page after page.

        Arguments as for `iter_search_allocators`. The server sorts by rank and last change unless
        ``sort`` says otherwise; pass a stable sort when runners change while you walk.
        """
        from .._pagination import walk

        return walk(_search(self, "search_runners", query, sort, page_size, request_options))

    def vacate_allocator(
        self,
        allocator_id: str,
        *,
        kinds: Iterable[str] | str | None = None,
        resource_ids: Iterable[str] | str | None = None,
        to_allocators: Iterable[str] | str | None = None,
        validate_only: bool = False,
        force_update: bool | None = None,
        move_only: bool | None = None,
        force_move: bool | None = None,
        allocator_down: bool | None = None,
        skip_snapshot: bool | None = None,
        skip_data_migration: bool | None = None,
        override_failsafe: bool | None = None,
        wait: bool = True,
        timeout: float | None = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_errors: int = DEFAULT_MAX_POLL_ERRORS,
        concurrency: int = _VACATE_CONCURRENCY,
        progress: bool | Callable[[PlanEvent], object] = False,
        raise_on_failure: bool = True,
        request_options: RequestOptions | None = None,
    ) -> VacateSummary:
        """Moves the instances off an allocator and follows every affected deployment's plans to their end.

        What ecctl's ``platform allocator vacate`` does:

        >>> summary = ece.platform_infrastructure.vacate_allocator("192.168.44.10", progress=True)
        >>> for result in summary.moved:
        ...     print(result.kind, result.resource_id, result.deployment_id)

        ECE first computes each resource's move (``move_clusters`` with ``validate_only``); each
        resource is then moved on its own (``move_clusters_by_type``) with that plan, so that one
        refusal does not stop the others. The deployments are followed concurrently, as
        `Deployments.wait_for_plans` follows one (polling failures tolerated the same way).

        Args:
            allocator_id: The allocator to vacate.
            kinds: Move only these kinds of resource (``"elasticsearch"``, ``"kibana"``, ``"apm"``,
                ``"appsearch"``, ``"enterprise_search"``: those this release's move API knows).
            resource_ids: Move only these resources (ids of Elasticsearch clusters, Kibana instances...).
            to_allocators: Allocators to move to (the plans' ``preferred_allocators``); None lets ECE choose.
            validate_only: Only ask ECE what it would move: nothing is moved (results ``validated``).
            force_update: Cancel and overwrite pending plans (ECE's ``force_update``).
            move_only: Move the instances and leave the cluster's other changes (ECE's ``move_only``).
            force_move: Move data at file-system level and recreate the instances (ECE's ``force_move``;
                from the releases whose move API has it, `UnsupportedOperationError` on the others).
            allocator_down: Treat the allocator's instances as permanently down; None decides from the
                allocator's health (down when not connected or not healthy), as ecctl does.
            skip_snapshot: Elasticsearch plans: skip the snapshot before the move.
            skip_data_migration: Elasticsearch plans: skip moving the data to the new instances.
            override_failsafe: Elasticsearch plans: go on despite the failsafe checks.
            wait: Follow the plans to their end; False returns once the moves are accepted.
            timeout: Seconds for the whole vacate, waits included; None waits with no deadline.
            poll_interval: Seconds between two readings of a deployment.
            max_poll_errors: Readings of one deployment in a row that may fail before it counts as failed.
            concurrency: Deployments followed at once.
            progress: True shows one progress display on standard error for every deployment; a
                callable gets each `PlanEvent` (from one thread at a time).
            raise_on_failure: Raise `VacateError` (after every move and wait has ended) when any
                resource failed; False returns the summary all the same.
            request_options: Per-call options of each request.

        Returns:
            A `VacateSummary` (``ece_client.workflows``): per resource ``moved``, ``validated`` or
            ``failed`` (with its ``error``), its deployment and that deployment's `PlanSummary`.

        Raises:
            ece_client.errors.VacateError: Some resources were not vacated (``summary`` says which, and why).
            ece_client.errors.NotFoundError: No such allocator.
            ece_client.errors.UnsupportedOperationError: This release has no move operations, or not an
                option that was set (raised before any request).
            ValueError: Bad arguments (before any request).
        """
        from .._progress import progress_callback
        from .._vacate_run import run

        request = _vacate_request(
            self,
            allocator_id,
            kinds,
            resource_ids,
            to_allocators,
            validate_only,
            {
                "force_update": force_update,
                "move_only": move_only,
                "force_move": force_move,
                "allocator_down": allocator_down,
            },
            {
                "skip_snapshot": skip_snapshot,
                "skip_data_migration": skip_data_migration,
                "override_failsafe": override_failsafe,
            },
            wait,
            (timeout, poll_interval, max_poll_errors),
            concurrency,
            request_options,
        )
        with progress_callback(progress, show_deployment=True) as on_event:
            summary = run(self, request, on_event)
        return _vacated(summary, raise_on_failure)


__all__ = ["PlatformInfrastructureExtension"]
