"""`AsyncPlatformInfrastructureExtension`: the asyncio side of ``platform_infrastructure.py``,
imported with the async group."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from . import DEFAULT_MAX_POLL_ERRORS, DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT
from .platform_infrastructure import _PAGE_SIZE, _VACATE_CONCURRENCY, _allocators, _search, _vacate_request, _vacated

if TYPE_CHECKING:
    from .._plans import PlanEvent
    from .._request_options import RequestOptions
    from .._vacate import VacateSummary
    from ..models.allocator_info import AllocatorInfo
    from ..models.runner_info import RunnerInfo


class AsyncPlatformInfrastructureExtension:
    """Methods added to the asyncio `platform_infrastructure` group."""

    __slots__ = ()

    def iter_allocators(
        self,
        q: str | None = None,
        *,
        sort: str | None = None,
        page_size: int = _PAGE_SIZE,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[AllocatorInfo]:
        """Every allocator matching ``q``: ``async for allocator in ece.platform_infrastructure.iter_allocators()``.

        Same arguments as the sync `PlatformInfrastructure.iter_allocators`.
        """
        from .._pagination import awalk

        return awalk(_allocators(self, q, sort, page_size, request_options))

    def iter_search_allocators(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[AllocatorInfo]:
        """Every allocator matching an Elasticsearch query (asyncio); arguments as in the sync group."""
        from .._pagination import awalk

        return awalk(_search(self, "search_allocators", query, sort, page_size, request_options))

    def iter_search_runners(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[RunnerInfo]:
        """Every runner matching an Elasticsearch query (asyncio); arguments as in the sync group."""
        from .._pagination import awalk

        return awalk(_search(self, "search_runners", query, sort, page_size, request_options))

    async def vacate_allocator(
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
        """Moves the instances off an allocator and follows every affected deployment's plans (asyncio).

        Same arguments, result and errors as the sync `PlatformInfrastructure.vacate_allocator`;
        the deployments are followed on tasks.
        """
        from .._progress import progress_callback
        from .._vacate_run import arun

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
            summary = await arun(self, request, on_event)
        return _vacated(summary, raise_on_failure)


__all__ = ["AsyncPlatformInfrastructureExtension"]
