"""Migrate Elasticsearch resource to use SLM: `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/_enable-slm`."""

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
    from ...models.deployment_resource_command_response import DeploymentResourceCommandResponse

OPERATION_ID = "enable_deployment_resource_slm"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/elasticsearch/{ref_id}/_enable-slm"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentResourceCommandResponse"),
    404: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    ref_id: str,
    *,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/elasticsearch/{ref_id}/_enable-slm".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "validate_only": validate_only,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentResourceCommandResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentResourceCommandResponse | BasicFailedReply]:
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
    validate_only: bool | Unset = UNSET,
) -> Response[DeploymentResourceCommandResponse | BasicFailedReply]:
    """Migrate Elasticsearch resource to use SLM

     Migrates the specified Elasticsearch resource to use SLM.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        validate_only (bool | Unset): When `true`, does not enable SLM but returns warnings if any
            applications may lose availability during SLM migration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResourceCommandResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        validate_only=validate_only,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    validate_only: bool | Unset = UNSET,
) -> DeploymentResourceCommandResponse | BasicFailedReply | None:
    """Migrate Elasticsearch resource to use SLM

     Migrates the specified Elasticsearch resource to use SLM.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        validate_only (bool | Unset): When `true`, does not enable SLM but returns warnings if any
            applications may lose availability during SLM migration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResourceCommandResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        ref_id=ref_id,
        client=client,
        validate_only=validate_only,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    validate_only: bool | Unset = UNSET,
) -> Response[DeploymentResourceCommandResponse | BasicFailedReply]:
    """Migrate Elasticsearch resource to use SLM

     Migrates the specified Elasticsearch resource to use SLM.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        validate_only (bool | Unset): When `true`, does not enable SLM but returns warnings if any
            applications may lose availability during SLM migration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResourceCommandResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        validate_only=validate_only,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    validate_only: bool | Unset = UNSET,
) -> DeploymentResourceCommandResponse | BasicFailedReply | None:
    """Migrate Elasticsearch resource to use SLM

     Migrates the specified Elasticsearch resource to use SLM.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        validate_only (bool | Unset): When `true`, does not enable SLM but returns warnings if any
            applications may lose availability during SLM migration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResourceCommandResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            ref_id=ref_id,
            client=client,
            validate_only=validate_only,
        )
    ).parsed
