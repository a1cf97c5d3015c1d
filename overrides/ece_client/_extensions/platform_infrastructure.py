"""Hand-written additions to the `platform_infrastructure` operation group: walking every
allocator and runner of the platform, page after page (``from``/``size``).

In the ECE 3.8 API only the allocator listing and search and the runner search page; proxies and
constructors come in one response (``get_proxies``, ``get_constructors``).
The paging logic lives in ``_pagination``, imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..types import UNSET

if TYPE_CHECKING:
    from .._pagination import OffsetPage
    from .._resource import RequestOptions
    from ..models.allocator_info import AllocatorInfo
    from ..models.allocator_overview import AllocatorOverview
    from ..models.runner_info import RunnerInfo
    from ..models.runner_overview import RunnerOverview

_PAGE_SIZE = 100


class PlatformInfrastructureExtension:
    """Methods added to the sync `platform_infrastructure` group."""

    __slots__ = ()

    if TYPE_CHECKING:  # provided by the generated group class

        def get_allocators(self, *args: Any, **kwargs: Any) -> AllocatorOverview: ...

        def search_allocators(self, *args: Any, **kwargs: Any) -> AllocatorOverview: ...

        def search_runners(self, *args: Any, **kwargs: Any) -> RunnerOverview: ...

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
        from .._pagination import OffsetPages, allocators_of, walk

        def fetch(page: OffsetPage) -> AllocatorOverview:
            return self.get_allocators(
                q=UNSET if q is None else q,
                sort=UNSET if sort is None else sort,
                from_=page.from_,
                size=page.size,
                request_options=request_options,
            )

        return walk(OffsetPages(key="allocator_id", items_of=allocators_of, page_size=page_size), fetch)

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
        from .._pagination import OffsetPages, allocators_of, search_base, walk

        base, options = search_base(query, sort), request_options

        def fetch(page: OffsetPage) -> AllocatorOverview:
            return self.search_allocators(body=page.search_request(base), request_options=options)

        return walk(OffsetPages(key="allocator_id", items_of=allocators_of, page_size=page_size), fetch)

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
        from .._pagination import OffsetPages, runners_of, search_base, walk

        base, options = search_base(query, sort), request_options

        def fetch(page: OffsetPage) -> RunnerOverview:
            return self.search_runners(body=page.search_request(base), request_options=options)

        return walk(OffsetPages(key="runner_id", items_of=runners_of, page_size=page_size), fetch)


class AsyncPlatformInfrastructureExtension:
    """Methods added to the asyncio `platform_infrastructure` group."""

    __slots__ = ()

    if TYPE_CHECKING:  # provided by the generated group class

        async def get_allocators(self, *args: Any, **kwargs: Any) -> AllocatorOverview: ...

        async def search_allocators(self, *args: Any, **kwargs: Any) -> AllocatorOverview: ...

        async def search_runners(self, *args: Any, **kwargs: Any) -> RunnerOverview: ...

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
        from .._pagination import OffsetPages, allocators_of, awalk

        async def fetch(page: OffsetPage) -> AllocatorOverview:
            return await self.get_allocators(
                q=UNSET if q is None else q,
                sort=UNSET if sort is None else sort,
                from_=page.from_,
                size=page.size,
                request_options=request_options,
            )

        return awalk(OffsetPages(key="allocator_id", items_of=allocators_of, page_size=page_size), fetch)

    def iter_search_allocators(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[AllocatorInfo]:
        """Every allocator matching an Elasticsearch query (asyncio); arguments as in the sync group."""
        from .._pagination import OffsetPages, allocators_of, awalk, search_base

        base, options = search_base(query, sort), request_options

        async def fetch(page: OffsetPage) -> AllocatorOverview:
            return await self.search_allocators(body=page.search_request(base), request_options=options)

        return awalk(OffsetPages(key="allocator_id", items_of=allocators_of, page_size=page_size), fetch)

    def iter_search_runners(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = _PAGE_SIZE,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[RunnerInfo]:
        """Every runner matching an Elasticsearch query (asyncio); arguments as in the sync group."""
        from .._pagination import OffsetPages, awalk, runners_of, search_base

        base, options = search_base(query, sort), request_options

        async def fetch(page: OffsetPage) -> RunnerOverview:
            return await self.search_runners(body=page.search_request(base), request_options=options)

        return awalk(OffsetPages(key="runner_id", items_of=runners_of, page_size=page_size), fetch)
