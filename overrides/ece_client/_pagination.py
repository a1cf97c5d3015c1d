"""Walking every result of ECE's search endpoints, page after page.

The ECE API (3.8) pages in two ways:

- with a cursor: ``POST /deployments/_search`` answers with a ``cursor``, sent back in the next
  request's ``SearchRequest`` to get the next page;
- with ``from``/``size``: ``GET /platform/infrastructure/allocators`` (query parameters) and the
  allocator and runner searches (``POST .../allocators/_search``, ``.../runners/_search``, in the
  ``SearchRequest``). Their answers tell neither the total nor whether more follow.

Proxies, constructors and users come in one response: their endpoints take no paging
parameters, so there is nothing to walk.

No result is given twice: each is remembered by its id, and a page that brings nothing new ends
the walk (a server that ignored the cursor or the offset would otherwise be asked forever). A
short page does not end a from/size walk, because a server may cap the page size below the
one asked for: the walk ends on an empty page, one request after the last results.

Offsets count positions in a list that may change between two requests: an allocator added or
removed meanwhile shifts the others across page boundaries. Ids prevent repeats; to rule out
gaps, sort on a field that does not change (the allocators' default sort is ``allocator_id``).

Searches are POSTs that only read: their generated operations are marked safe to retry
(`RETRY_SAFE`), so a transient failure between pages is retried like a GET's. The page logic
(`CursorPages`, `OffsetPages`) does no I/O; `walk` and `awalk` run it with a sync or an asyncio fetch.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from ._model import Model

DEFAULT_PAGE_SIZE = 100

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


def plain(value: Any) -> Any:
    """JSON data from a model, a list of models, or data."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def search_request(body: Mapping[str, Any]) -> Any:
    """A `SearchRequest` sending exactly ``body``."""
    from .models.search_request import SearchRequest

    return SearchRequest.from_dict(dict(body))


def _check_page_size(page_size: int) -> int:
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ValueError(f"page_size must be a whole number of results, 1 or more; got {page_size!r}")
    return page_size


class _Seen:
    """The identities of the results given so far."""

    def __init__(self, key: str) -> None:
        self.key = key
        self._seen: set[str] = set()

    def identity(self, item: Any) -> str:
        data = item.to_dict() if isinstance(item, Model) else item
        value = data.get(self.key) if isinstance(data, Mapping) else None
        if isinstance(value, str) and value:
            return value
        # No id: the whole result is its identity.
        return "\0" + json.dumps(data, sort_keys=True, default=str)

    def new(self, items: Sequence[Any]) -> list[Any]:
        fresh = []
        for item in items:
            identity = self.identity(item)
            if identity not in self._seen:
                self._seen.add(identity)
                fresh.append(item)
        return fresh

    def __len__(self) -> int:
        return len(self._seen)


class Pages(Protocol[R_co]):
    def next_request(self) -> R_co | None: ...

    def take(self, response: Any) -> list[Any]: ...


class CursorPages:
    """The pages of ``POST /deployments/_search``.

    The first request carries the query, sort and size; each next one also carries the cursor the
    previous answer gave. The walk ends on a page without a cursor, an empty page, a page with
    nothing new, or once ``match_count`` results were given.
    With ``minimal_metadata`` the results are the objects of the answers' ``minimal_metadata``.
    """

    def __init__(
        self,
        query: Any = None,
        *,
        sort: Sequence[Any] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        minimal_metadata: bool = False,
    ) -> None:
        self._body: dict[str, Any] = {"size": _check_page_size(page_size)}
        if query is not None:
            self._body["query"] = plain(query)
        if sort is not None:
            self._body["sort"] = plain(list(sort))
        self._minimal = minimal_metadata
        self._seen = _Seen("id")
        self._done = False

    def next_request(self) -> Any:
        """The next `SearchRequest`, or None when the walk is over."""
        return None if self._done else search_request(self._body)

    def take(self, response: Any) -> list[Any]:
        """The new results of a page; decides whether another page follows."""
        if self._minimal:
            items = response.minimal_metadata or []
        else:
            items = getattr(response, "deployments", None) or []
        fresh = self._seen.new(items)
        cursor = response.cursor
        match_count = response.match_count
        if (
            not fresh
            or not cursor
            or (isinstance(match_count, int) and not isinstance(match_count, bool) and len(self._seen) >= match_count)
        ):
            self._done = True
        else:
            self._body["cursor"] = cursor
        return fresh


@dataclass(frozen=True)
class OffsetPage:
    """One from/size request."""

    from_: int
    size: int

    def search_request(self, base: Mapping[str, Any]) -> Any:
        """A `SearchRequest` for this page: ``base`` (query, sort) with ``from`` and ``size``."""
        return search_request({**base, "from": self.from_, "size": self.size})


class OffsetPages:
    """The pages of a from/size endpoint. ``items_of`` takes the results out of an answer;
    ``key`` names the field that identifies a result."""

    def __init__(
        self, *, key: str, items_of: Callable[[Any], Sequence[Any]], page_size: int = DEFAULT_PAGE_SIZE
    ) -> None:
        self._size = _check_page_size(page_size)
        self._items_of = items_of
        self._seen = _Seen(key)
        self._offset = 0
        self._done = False

    def next_request(self) -> OffsetPage | None:
        return None if self._done else OffsetPage(self._offset, self._size)

    def take(self, response: Any) -> list[Any]:
        items = list(self._items_of(response))
        fresh = self._seen.new(items)
        if not fresh:
            self._done = True
        self._offset += len(items)
        return fresh


def search_base(query: Any = None, sort: Sequence[Any] | None = None) -> dict[str, Any]:
    """The query and sort of a from/size search, as JSON data."""
    base: dict[str, Any] = {}
    if query is not None:
        base["query"] = plain(query)
    if sort is not None:
        base["sort"] = plain(list(sort))
    return base


def allocators_of(response: Any) -> list[Any]:
    """The allocators of an `AllocatorOverview`, zone after zone."""
    return [allocator for zone in (response.zones or []) for allocator in (zone.allocators or [])]


def runners_of(response: Any) -> list[Any]:
    """The runners of a `RunnerOverview`."""
    return list(response.runners or [])


def walk(pages: Pages[R], fetch: Callable[[R], Any]) -> Iterator[Any]:
    """Every new result, fetching page after page (sync)."""
    while (request := pages.next_request()) is not None:
        yield from pages.take(fetch(request))


async def awalk(pages: Pages[R], fetch: Callable[[R], Awaitable[Any]]) -> AsyncIterator[Any]:
    """Every new result, fetching page after page (asyncio)."""
    while (request := pages.next_request()) is not None:
        for item in pages.take(await fetch(request)):
            yield item
