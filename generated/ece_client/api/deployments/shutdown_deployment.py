"""Shuts down Deployment: `POST /deployments/{deployment_id}/_shutdown`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.deployment_shutdown_response import DeploymentShutdownResponse

OPERATION_ID = "shutdown_deployment"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/_shutdown"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentShutdownResponse"),
    400: model("BasicFailedReply"),
    401: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    *,
    hide: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/_shutdown".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "hide": hide,
            "skip_snapshot": skip_snapshot,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentShutdownResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentShutdownResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    hide: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
) -> Response[DeploymentShutdownResponse | BasicFailedReply]:
    """Shuts down Deployment

     Shuts down all resources in a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        hide (bool | Unset): Whether or not to hide the deployment and its resources.Only
            applicable for Platform administrators.
        skip_snapshot (bool | Unset): Whether or not to skip snapshots before shutting down the
            resources Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentShutdownResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        hide=hide,
        skip_snapshot=skip_snapshot,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    hide: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
) -> DeploymentShutdownResponse | BasicFailedReply | None:
    """Shuts down Deployment

     Shuts down all resources in a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        hide (bool | Unset): Whether or not to hide the deployment and its resources.Only
            applicable for Platform administrators.
        skip_snapshot (bool | Unset): Whether or not to skip snapshots before shutting down the
            resources Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentShutdownResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        hide=hide,
        skip_snapshot=skip_snapshot,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    hide: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
) -> Response[DeploymentShutdownResponse | BasicFailedReply]:
    """Shuts down Deployment

     Shuts down all resources in a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        hide (bool | Unset): Whether or not to hide the deployment and its resources.Only
            applicable for Platform administrators.
        skip_snapshot (bool | Unset): Whether or not to skip snapshots before shutting down the
            resources Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentShutdownResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        hide=hide,
        skip_snapshot=skip_snapshot,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    hide: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
) -> DeploymentShutdownResponse | BasicFailedReply | None:
    """Shuts down Deployment

     Shuts down all resources in a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        hide (bool | Unset): Whether or not to hide the deployment and its resources.Only
            applicable for Platform administrators.
        skip_snapshot (bool | Unset): Whether or not to skip snapshots before shutting down the
            resources Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentShutdownResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            hide=hide,
            skip_snapshot=skip_snapshot,
        )
    ).parsed
