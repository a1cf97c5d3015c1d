"""Build request to migrate deployment to a different template: `GET /deployments/{deployment_id}/migrate_template`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    path_param,
    query_params,
)
from ..._model import model
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.deployment_update_request import DeploymentUpdateRequest

OPERATION_ID = "migrate_deployment_template"
METHOD = "GET"
PATH = "/deployments/{deployment_id}/migrate_template"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentUpdateRequest"),
    400: model("BasicFailedReply"),
    401: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    *,
    template_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/migrate_template".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "template_id": template_id,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentUpdateRequest | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentUpdateRequest | BasicFailedReply]:
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
    template_id: str,
) -> Response[DeploymentUpdateRequest | BasicFailedReply]:
    """Build request to migrate deployment to a different template

     Returns a deployment update request that would migrate this deployment to a different template.

    Args:
        deployment_id (str): Identifier for the Deployment
        template_id (str): The ID of the deployment template to migrate to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentUpdateRequest | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        template_id=template_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    template_id: str,
) -> DeploymentUpdateRequest | BasicFailedReply | None:
    """Build request to migrate deployment to a different template

     Returns a deployment update request that would migrate this deployment to a different template.

    Args:
        deployment_id (str): Identifier for the Deployment
        template_id (str): The ID of the deployment template to migrate to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentUpdateRequest | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        template_id=template_id,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    template_id: str,
) -> Response[DeploymentUpdateRequest | BasicFailedReply]:
    """Build request to migrate deployment to a different template

     Returns a deployment update request that would migrate this deployment to a different template.

    Args:
        deployment_id (str): Identifier for the Deployment
        template_id (str): The ID of the deployment template to migrate to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentUpdateRequest | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        template_id=template_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    template_id: str,
) -> DeploymentUpdateRequest | BasicFailedReply | None:
    """Build request to migrate deployment to a different template

     Returns a deployment update request that would migrate this deployment to a different template.

    Args:
        deployment_id (str): Identifier for the Deployment
        template_id (str): The ID of the deployment template to migrate to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentUpdateRequest | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            template_id=template_id,
        )
    ).parsed
