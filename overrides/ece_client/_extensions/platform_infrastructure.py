"""Hand-written additions to the `platform_infrastructure` operation group: walking every
allocator and runner of the platform, page after page (``from``/``size``).

Only the allocator listing and search and the runner search page; proxies and constructors come
in one response (``get_proxies``, ``get_constructors``). The paging logic lives in
``_pagination``, imported on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..types import UNSET

if TYPE_CHECKING:
    from .._pagination import Paging
    from .._resource import RequestOptions
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
