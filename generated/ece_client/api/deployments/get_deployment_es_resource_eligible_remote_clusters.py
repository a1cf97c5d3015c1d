"""Get eligible remote clusters: `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/eligible-remote-clusters`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
    path_param,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.deployments_search_response import DeploymentsSearchResponse
    from ...models.search_request import SearchRequest

OPERATION_ID = "get_deployment_es_resource_eligible_remote_clusters"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/elasticsearch/{ref_id}/eligible-remote-clusters"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentsSearchResponse"),
    400: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    ref_id: str,
    *,
    body: SearchRequest | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/elasticsearch/{ref_id}/eligible-remote-clusters".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
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
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
) -> Response[DeploymentsSearchResponse | BasicFailedReply]:
    """Get eligible remote clusters

     Returns the list of deployments which contain eligible remote clusters for the elasticsearch
    resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentsSearchResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
) -> DeploymentsSearchResponse | BasicFailedReply | None:
    """Get eligible remote clusters

     Returns the list of deployments which contain eligible remote clusters for the elasticsearch
    resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentsSearchResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        ref_id=ref_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
) -> Response[DeploymentsSearchResponse | BasicFailedReply]:
    """Get eligible remote clusters

     Returns the list of deployments which contain eligible remote clusters for the elasticsearch
    resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentsSearchResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest | Unset = UNSET,
) -> DeploymentsSearchResponse | BasicFailedReply | None:
    """Get eligible remote clusters

     Returns the list of deployments which contain eligible remote clusters for the elasticsearch
    resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        body (SearchRequest | Unset): An Elasticsearch search request with a subset of options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentsSearchResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            ref_id=ref_id,
            client=client,
            body=body,
        )
    ).parsed
