"""Start maintenance mode: `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_ids}/maintenance-mode/_start`."""

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

OPERATION_ID = "start_deployment_resource_maintenance_mode"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_ids}/maintenance-mode/_start"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("DeploymentResourceCommandResponse"),
    403: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    ignore_missing: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_ids}/maintenance-mode/_start".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
            instance_ids=path_param(instance_ids, "instance_ids"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "ignore_missing": ignore_missing,
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
    resource_kind: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    ignore_missing: bool | Unset = UNSET,
) -> Response[DeploymentResourceCommandResponse | BasicFailedReply]:
    """Start maintenance mode

     Starts maintenance mode of instances belonging to a Deployment Resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
            integrations_server).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        ignore_missing (bool | Unset): If true and the instance does not exist then quietly
            proceed to the next instance, otherwise treated as an error. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResourceCommandResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        instance_ids=instance_ids,
        ignore_missing=ignore_missing,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    ignore_missing: bool | Unset = UNSET,
) -> DeploymentResourceCommandResponse | BasicFailedReply | None:
    """Start maintenance mode

     Starts maintenance mode of instances belonging to a Deployment Resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
            integrations_server).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        ignore_missing (bool | Unset): If true and the instance does not exist then quietly
            proceed to the next instance, otherwise treated as an error. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResourceCommandResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        instance_ids=instance_ids,
        client=client,
        ignore_missing=ignore_missing,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    ignore_missing: bool | Unset = UNSET,
) -> Response[DeploymentResourceCommandResponse | BasicFailedReply]:
    """Start maintenance mode

     Starts maintenance mode of instances belonging to a Deployment Resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
            integrations_server).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        ignore_missing (bool | Unset): If true and the instance does not exist then quietly
            proceed to the next instance, otherwise treated as an error. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResourceCommandResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        instance_ids=instance_ids,
        ignore_missing=ignore_missing,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    ignore_missing: bool | Unset = UNSET,
) -> DeploymentResourceCommandResponse | BasicFailedReply | None:
    """Start maintenance mode

     Starts maintenance mode of instances belonging to a Deployment Resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource (one of elasticsearch, kibana, apm, or
            integrations_server).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        ignore_missing (bool | Unset): If true and the instance does not exist then quietly
            proceed to the next instance, otherwise treated as an error. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResourceCommandResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            resource_kind=resource_kind,
            ref_id=ref_id,
            instance_ids=instance_ids,
            client=client,
            ignore_missing=ignore_missing,
        )
    ).parsed
