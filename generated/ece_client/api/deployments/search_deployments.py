"""Search Deployments: `POST /deployments/_search`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.deployments_search_response import DeploymentsSearchResponse
    from ...models.search_request import SearchRequest

OPERATION_ID = "search_deployments"
METHOD = "POST"
PATH = "/deployments/_search"
# Safe to send again after a failure: a search, which only reads, like a GET.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentsSearchResponse"),
}


def _get_kwargs(
    *,
    body: SearchRequest | Unset = UNSET,
    minimal_metadata: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "minimal_metadata": minimal_metadata,
        }
    )
    headers: dict[str, str] = {}
    if body is not UNSET:
        _kwargs["content"] = json_content(body)
        headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentsSearchResponse | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentsSearchResponse]:
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
    minimal_metadata: str | Unset = UNSET,
) -> Response[DeploymentsSearchResponse]:
    """Search Deployments

     Retrieves the information for all of the deployments that match the specified query.

    Args:
        minimal_metadata (str | Unset): Comma separated list of attributes to include in response
            for deployments found. Useful for reducing response size when retrieving many deployments.
            Use of this parameter moves the result to the minimal_metadata section of the response.
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentsSearchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        minimal_metadata=minimal_metadata,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
    minimal_metadata: str | Unset = UNSET,
) -> DeploymentsSearchResponse | None:
    """Search Deployments

     Retrieves the information for all of the deployments that match the specified query.

    Args:
        minimal_metadata (str | Unset): Comma separated list of attributes to include in response
            for deployments found. Useful for reducing response size when retrieving many deployments.
            Use of this parameter moves the result to the minimal_metadata section of the response.
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentsSearchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        minimal_metadata=minimal_metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
    minimal_metadata: str | Unset = UNSET,
) -> Response[DeploymentsSearchResponse]:
    """Search Deployments

     Retrieves the information for all of the deployments that match the specified query.

    Args:
        minimal_metadata (str | Unset): Comma separated list of attributes to include in response
            for deployments found. Useful for reducing response size when retrieving many deployments.
            Use of this parameter moves the result to the minimal_metadata section of the response.
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentsSearchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        minimal_metadata=minimal_metadata,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
    minimal_metadata: str | Unset = UNSET,
) -> DeploymentsSearchResponse | None:
    """Search Deployments

     Retrieves the information for all of the deployments that match the specified query.

    Args:
        minimal_metadata (str | Unset): Comma separated list of attributes to include in response
            for deployments found. Useful for reducing response size when retrieving many deployments.
            Use of this parameter moves the result to the minimal_metadata section of the response.
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentsSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            minimal_metadata=minimal_metadata,
        )
    ).parsed
