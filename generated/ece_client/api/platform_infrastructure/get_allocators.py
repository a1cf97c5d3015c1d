"""Get allocators: `GET /platform/infrastructure/allocators`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.allocator_overview import AllocatorOverview

OPERATION_ID = "get_allocators"
METHOD = "GET"
PATH = "/platform/infrastructure/allocators"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("AllocatorOverview"),
}


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    size: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "q": q,
            "size": size,
            "from": from_,
            "sort": sort,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AllocatorOverview | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AllocatorOverview]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    size: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[AllocatorOverview]:
    """Get allocators

     Retrieves the information for all of the allocators in the platform.

    Args:
        q (str | Unset): (Optional) The query that filters the allocators. Maps to an
            Elasticsearch `query_string` query.
        size (int | Unset): (Optional) The maximum number of search results to return. Defaults to
            100. Default: 100.
        from_ (int | Unset): (Optional) The offset from the first result you want to fetch.
            Defaults to 0. Default: 0.
        sort (str | Unset): (Optional) A comma-separated array of fields to sort the search
            results by. Defaults to `allocator_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocatorOverview]
    """

    kwargs = _get_kwargs(
        q=q,
        size=size,
        from_=from_,
        sort=sort,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    size: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> AllocatorOverview | None:
    """Get allocators

     Retrieves the information for all of the allocators in the platform.

    Args:
        q (str | Unset): (Optional) The query that filters the allocators. Maps to an
            Elasticsearch `query_string` query.
        size (int | Unset): (Optional) The maximum number of search results to return. Defaults to
            100. Default: 100.
        from_ (int | Unset): (Optional) The offset from the first result you want to fetch.
            Defaults to 0. Default: 0.
        sort (str | Unset): (Optional) A comma-separated array of fields to sort the search
            results by. Defaults to `allocator_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocatorOverview
    """

    return sync_detailed(
        client=client,
        q=q,
        size=size,
        from_=from_,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    size: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[AllocatorOverview]:
    """Get allocators

     Retrieves the information for all of the allocators in the platform.

    Args:
        q (str | Unset): (Optional) The query that filters the allocators. Maps to an
            Elasticsearch `query_string` query.
        size (int | Unset): (Optional) The maximum number of search results to return. Defaults to
            100. Default: 100.
        from_ (int | Unset): (Optional) The offset from the first result you want to fetch.
            Defaults to 0. Default: 0.
        sort (str | Unset): (Optional) A comma-separated array of fields to sort the search
            results by. Defaults to `allocator_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocatorOverview]
    """

    kwargs = _get_kwargs(
        q=q,
        size=size,
        from_=from_,
        sort=sort,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    size: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> AllocatorOverview | None:
    """Get allocators

     Retrieves the information for all of the allocators in the platform.

    Args:
        q (str | Unset): (Optional) The query that filters the allocators. Maps to an
            Elasticsearch `query_string` query.
        size (int | Unset): (Optional) The maximum number of search results to return. Defaults to
            100. Default: 100.
        from_ (int | Unset): (Optional) The offset from the first result you want to fetch.
            Defaults to 0. Default: 0.
        sort (str | Unset): (Optional) A comma-separated array of fields to sort the search
            results by. Defaults to `allocator_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocatorOverview
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            size=size,
            from_=from_,
            sort=sort,
        )
    ).parsed
