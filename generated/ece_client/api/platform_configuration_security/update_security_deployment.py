"""Update security deployment: `PUT /platform/configuration/security/deployment`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
)
from ..._model import model
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.id_response import IdResponse
    from ...models.security_deployment_update_request import SecurityDeploymentUpdateRequest

OPERATION_ID = "update_security_deployment"
METHOD = "PUT"
PATH = "/platform/configuration/security/deployment"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("IdResponse"),
    404: model("BasicFailedReply"),
    409: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    body: SecurityDeploymentUpdateRequest,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IdResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SecurityDeploymentUpdateRequest,
) -> Response[IdResponse | BasicFailedReply]:
    """Update security deployment

     Updates an existing security deployment configuration.

    Args:
        body (SecurityDeploymentUpdateRequest): The update request for the Elasticsearch security
            deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SecurityDeploymentUpdateRequest,
) -> IdResponse | BasicFailedReply | None:
    """Update security deployment

     Updates an existing security deployment configuration.

    Args:
        body (SecurityDeploymentUpdateRequest): The update request for the Elasticsearch security
            deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdResponse | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SecurityDeploymentUpdateRequest,
) -> Response[IdResponse | BasicFailedReply]:
    """Update security deployment

     Updates an existing security deployment configuration.

    Args:
        body (SecurityDeploymentUpdateRequest): The update request for the Elasticsearch security
            deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SecurityDeploymentUpdateRequest,
) -> IdResponse | BasicFailedReply | None:
    """Update security deployment

     Updates an existing security deployment configuration.

    Args:
        body (SecurityDeploymentUpdateRequest): The update request for the Elasticsearch security
            deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
