"""Search allocators: `POST /platform/infrastructure/allocators/_search`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.allocator_overview import AllocatorOverview
    from ...models.search_request import SearchRequest

OPERATION_ID = "search_allocators"
METHOD = "POST"
PATH = "/platform/infrastructure/allocators/_search"
# Safe to send again after a failure: a search, which only reads, like a GET.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("AllocatorOverview"),
}


def _get_kwargs(
    *,
    body: SearchRequest | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    headers: dict[str, str] = {}
    if body is not UNSET:
        _kwargs["content"] = json_content(body)
        headers["Content-Type"] = "application/json"

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
    body: SearchRequest | Unset = UNSET,
) -> Response[AllocatorOverview]:
    """Search allocators

     Retrieves the information for all the allocators in the platform that match a specified query.

    Args:
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocatorOverview]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
) -> AllocatorOverview | None:
    """Search allocators

     Retrieves the information for all the allocators in the platform that match a specified query.

    Args:
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocatorOverview
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
) -> Response[AllocatorOverview]:
    """Search allocators

     Retrieves the information for all the allocators in the platform that match a specified query.

    Args:
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocatorOverview]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
) -> AllocatorOverview | None:
    """Search allocators

     Retrieves the information for all the allocators in the platform that match a specified query.

    Args:
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocatorOverview
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
