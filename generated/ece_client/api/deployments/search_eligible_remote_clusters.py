"""Get eligible remote clusters: `POST /deployments/eligible-remote-clusters`."""

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
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.deployments_search_response import DeploymentsSearchResponse
    from ...models.search_request import SearchRequest

OPERATION_ID = "search_eligible_remote_clusters"
METHOD = "POST"
PATH = "/deployments/eligible-remote-clusters"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentsSearchResponse"),
    400: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    body: SearchRequest | Unset = UNSET,
    version: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
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
) -> DeploymentsSearchResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentsSearchResponse | BasicFailedReply]:
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
    version: str,
) -> Response[DeploymentsSearchResponse | BasicFailedReply]:
    """Get eligible remote clusters

     Returns the list of deployments which contain eligible remote clusters for a specific version.

    Args:
        version (str): The version of the Elasticsearch cluster cluster that will potentially be
            configured to have remote clusters.
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentsSearchResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
    version: str,
) -> DeploymentsSearchResponse | BasicFailedReply | None:
    """Get eligible remote clusters

     Returns the list of deployments which contain eligible remote clusters for a specific version.

    Args:
        version (str): The version of the Elasticsearch cluster cluster that will potentially be
            configured to have remote clusters.
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentsSearchResponse | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
    version: str,
) -> Response[DeploymentsSearchResponse | BasicFailedReply]:
    """Get eligible remote clusters

     Returns the list of deployments which contain eligible remote clusters for a specific version.

    Args:
        version (str): The version of the Elasticsearch cluster cluster that will potentially be
            configured to have remote clusters.
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentsSearchResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
    version: str,
) -> DeploymentsSearchResponse | BasicFailedReply | None:
    """Get eligible remote clusters

     Returns the list of deployments which contain eligible remote clusters for a specific version.

    Args:
        version (str): The version of the Elasticsearch cluster cluster that will potentially be
            configured to have remote clusters.
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentsSearchResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed
