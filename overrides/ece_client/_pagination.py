"""Walking every result of ECE's search and listing endpoints, page after page.

ECE pages in two ways, and which one a search uses depends on the release this build speaks:

- with a cursor: from some release on, ``POST /deployments/_search`` answers with a ``cursor``,
  sent back in the next request's ``SearchRequest`` to get the next page;
- with ``from``/``size``: the deployment search of releases without a cursor,
  ``GET /platform/infrastructure/allocators`` (query parameters) and the allocator and runner
  searches (``POST .../allocators/_search``, ``.../runners/_search``, in the ``SearchRequest``).

`deployment_search` chooses by asking the generated models (`_capabilities`), not the version.

No result is given twice: each is remembered by its id, and a page that brings nothing new ends
the walk (a server that ignored the cursor or the offset would otherwise be asked forever), or
raises `ResponseDecodeError` when ``match_count`` says results are missing. A cursor search whose
server answers without a cursor (an older ECE) continues with ``from``/``size``. A
short page does not end a from/size walk, because a server may cap the page size below the
one asked for: the walk ends on an empty page, one request after the last results.

Offsets count positions in a list that may change between two requests: a result added or
removed meanwhile shifts the others across page boundaries. Ids prevent repeats; to rule out
gaps, sort on a field that does not change (the allocators' default sort is ``allocator_id``).

Searches are POSTs that only read: their generated operations are marked safe to retry
(`RETRY_SAFE`), so a transient failure between pages is retried like a GET's. The page logic
(`CursorPages`, `OffsetPages`) does no I/O; a `Paging` pairs it with the operation to call,
which `walk` runs sync and `awalk` with asyncio.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ._model import Model

DEFAULT_PAGE_SIZE = 100


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


def search_base(query: Any = None, sort: Sequence[Any] | None = None) -> dict[str, Any]:
    """The query and sort of a search, as JSON data."""
    base: dict[str, Any] = {}
    if query is not None:
        base["query"] = plain(query)
    if sort is not None:
        base["sort"] = plain(list(sort))
    return base


def _check_page_size(page_size: int) -> int:
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ValueError(f"page_size must be a whole number of results, 1 or more; got {page_size!r}")
    return page_size


# -- what a page holds -------------------------------------------------------------------------


@dataclass(frozen=True)
class Listing:
    """Where an answer holds its results (``items_of``) and which field identifies one (``key``)."""

    key: str
    items_of: Callable[[Any], Sequence[Any]]


def _allocators_of(response: Any) -> list[Any]:
    return [allocator for zone in (response.zones or []) for allocator in (zone.allocators or [])]


def _runners_of(response: Any) -> list[Any]:
    return list(response.runners or [])


def _deployments_of(response: Any) -> list[Any]:
    return list(getattr(response, "deployments", None) or [])


def _minimal_metadata_of(response: Any) -> list[Any]:
    return list(response.minimal_metadata or [])


ALLOCATORS = Listing("allocator_id", _allocators_of)
"""The allocators of an `AllocatorOverview`, zone after zone."""
RUNNERS = Listing("runner_id", _runners_of)
"""The runners of a `RunnerOverview`."""
DEPLOYMENTS = Listing("id", _deployments_of)
"""The deployments of a `DeploymentsSearchResponse`."""
MINIMAL_DEPLOYMENTS = Listing("id", _minimal_metadata_of)
"""The ``minimal_metadata`` objects of a `DeploymentsSearchResponse`."""


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


# -- the page logic (no I/O) -------------------------------------------------------------------


class Pages(Protocol):
    def next_request(self) -> Any | None: ...

    def take(self, response: Any) -> list[Any]: ...


class CursorPages:
    """The pages of a cursor search.

    The first request carries the query, sort and size; each next one also carries the cursor the
    previous answer gave. A server that pages without a cursor (an older ECE answering a newer
    client) is followed with ``from``/``size`` while ``match_count`` says more results exist. The
    walk ends on an empty page, once ``match_count`` results were given, or on a page without a
    cursor when ``match_count`` does not say more exist; a page with nothing new while
    ``match_count`` says more raises `ResponseDecodeError` instead of ending the walk short.
    """

    def __init__(self, base: Mapping[str, Any], listing: Listing, page_size: int = DEFAULT_PAGE_SIZE) -> None:
        self._body: dict[str, Any] = {"size": _check_page_size(page_size), **base}
        self._listing = listing
        self._seen = _Seen(listing.key)
        self._offset = 0
        self._done = False

    def next_request(self) -> Any:
        """The next `SearchRequest`, or None when the walk is over."""
        return None if self._done else search_request(self._body)

    def take(self, response: Any) -> list[Any]:
        """The new results of a page; decides whether another page follows."""
        items = list(self._listing.items_of(response))
        fresh = self._seen.new(items)
        self._offset += len(items)
        cursor = response.cursor
        match_count = response.match_count
        known = isinstance(match_count, int) and not isinstance(match_count, bool)
        more = known and len(self._seen) < match_count
        if not items or (known and not more):
            self._done = True
        elif not fresh:
            if more:
                raise _short_walk(len(self._seen), match_count)
            self._done = True
        elif cursor:
            self._body.pop("from", None)
            self._body["cursor"] = cursor
        elif more:
            # No cursor, but more results: the server pages with from/size.
            self._body.pop("cursor", None)
            self._body["from"] = self._offset
        else:
            self._done = True
        return fresh


def _short_walk(seen: int, match_count: int) -> Exception:
    from ._errors import ResponseDecodeError

    return ResponseDecodeError(
        f"search paging stopped making progress: the server reports {match_count} matches but its last "
        f"page brought no new result after {seen}; it ignored the cursor or offset sent "
        "(results would be missing, so the walk does not end silently)"
    )


@dataclass(frozen=True)
class OffsetPage:
    """One from/size request."""

    from_: int
    size: int


class OffsetPages:
    """The pages of a from/size endpoint: ``from`` advances by what each page gave, until a page
    brings nothing new."""

    def __init__(self, listing: Listing, page_size: int = DEFAULT_PAGE_SIZE) -> None:
        self._size = _check_page_size(page_size)
        self._listing = listing
        self._seen = _Seen(listing.key)
        self._offset = 0
        self._done = False

    def next_request(self) -> OffsetPage | None:
        return None if self._done else OffsetPage(self._offset, self._size)

    def take(self, response: Any) -> list[Any]:
        items = list(self._listing.items_of(response))
        fresh = self._seen.new(items)
        if not fresh:
            self._done = True
        self._offset += len(items)
        return fresh


# -- pages bound to an operation -------------------------------------------------------------


@dataclass(frozen=True)
class Paging:
    """Page logic and the operation call that fetches one page (its result is awaited with `awalk`)."""

    pages: Pages
    fetch: Callable[[Any], Any]


def offset_search(
    search: Callable[..., Any],
    listing: Listing,
    query: Any = None,
    sort: Sequence[Any] | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    **call: Any,
) -> Paging:
    """A search operation (``body=SearchRequest``) walked with ``from``/``size`` in its body;
    ``call`` holds the other arguments of every call (``request_options``, query parameters)."""
    pages, base = OffsetPages(listing, page_size), search_base(query, sort)

    def fetch(page: OffsetPage) -> Any:
        return search(body=search_request({**base, "from": page.from_, "size": page.size}), **call)

    return Paging(pages, fetch)


def offset_listing(list_operation: Callable[..., Any], listing: Listing, page_size: int, **call: Any) -> Paging:
    """A listing operation walked with its ``from_`` and ``size`` query parameters."""
    pages = OffsetPages(listing, page_size)
    return Paging(pages, lambda page: list_operation(from_=page.from_, size=page.size, **call))


def cursor_search(
    search: Callable[..., Any],
    listing: Listing,
    query: Any = None,
    sort: Sequence[Any] | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    **call: Any,
) -> Paging:
    """A search operation walked with the cursor each answer gives."""
    return Paging(CursorPages(search_base(query, sort), listing, page_size), lambda body: search(body=body, **call))


def deployment_search(
    group: Any,
    query: Any,
    sort: Sequence[Any] | None,
    page_size: int,
    minimal_metadata: str | None,
    request_options: Any,
) -> Paging:
    """The walk of ``search_deployments`` this build can do: by cursor where its `SearchRequest` and
    answer have one, else by ``from``/``size``. ``minimal_metadata`` needs the operation to take it."""
    from ._capabilities import has_field, operation, require_parameter

    search = operation(group, "search_deployments")
    _check_page_size(page_size)
    call: dict[str, Any] = {"request_options": request_options}
    listing = DEPLOYMENTS
    if minimal_metadata is not None:
        require_parameter(group, "search_deployments", "minimal_metadata")
        call["minimal_metadata"] = minimal_metadata
        listing = MINIMAL_DEPLOYMENTS
    if has_field("SearchRequest", "cursor") and has_field("DeploymentsSearchResponse", "cursor"):
        return cursor_search(search, listing, query, sort, page_size, **call)
    return offset_search(search, listing, query, sort, page_size, **call)


# -- running a walk ----------------------------------------------------------------------------


def walk(paging: Paging) -> Iterator[Any]:
    """Every new result, fetching page after page (sync)."""
    pages, fetch = paging.pages, paging.fetch
    while (request := pages.next_request()) is not None:
        yield from pages.take(fetch(request))


async def awalk(paging: Paging) -> AsyncIterator[Any]:
    """Every new result, fetching page after page (asyncio: ``fetch`` returns an awaitable)."""
    pages, fetch = paging.pages, paging.fetch
    while (request := pages.next_request()) is not None:
        for item in pages.take(await fetch(request)):
            yield item
