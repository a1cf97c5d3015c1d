"""Restart Deployment Elasticsearch Resource: `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/_restart`."""

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

OPERATION_ID = "restart_deployment_es_resource"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/elasticsearch/{ref_id}/_restart"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("DeploymentResourceCommandResponse"),
    404: model("BasicFailedReply"),
    422: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    ref_id: str,
    *,
    restore_snapshot: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
    cancel_pending: bool | Unset = UNSET,
    group_attribute: str | Unset = UNSET,
    shard_init_wait_time: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/elasticsearch/{ref_id}/_restart".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "restore_snapshot": restore_snapshot,
            "skip_snapshot": skip_snapshot,
            "cancel_pending": cancel_pending,
            "group_attribute": group_attribute,
            "shard_init_wait_time": shard_init_wait_time,
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
    restore_snapshot: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
    cancel_pending: bool | Unset = UNSET,
    group_attribute: str | Unset = UNSET,
    shard_init_wait_time: int | Unset = UNSET,
) -> Response[DeploymentResourceCommandResponse | BasicFailedReply]:
    """Restart Deployment Elasticsearch Resource

     Restarts an Elasticsearch Resource. If a Resource is active: this command re-applies the existing
    plan but applies a "cluster_reboot", which issues a restart command and waits for it to complete. If
    a Resource is inactive: this command starts it up with the most recent successful plan.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        restore_snapshot (bool | Unset): When set to true and restoring from shutdown, then will
            restore the cluster from the last snapshot (if available). Default: True.
        skip_snapshot (bool | Unset): If true, will not take a snapshot of the cluster before
            restarting. Default: True.
        cancel_pending (bool | Unset): If true, cancels any pending plans before restarting. If
            false and there are pending plans, returns an error. Default: False.
        group_attribute (str | Unset): Indicates the property or properties used to divide the
            list of instances to restart in groups. Valid options are: '\\_\\_all\\_\\_' (restart all
            at once), '\\_\\_zone\\_\\_' by logical zone, '\\_\\_name\\_\\_' one instance at a time,
            or a comma-separated list of attributes of the instances Default: '__zone__'.
        shard_init_wait_time (int | Unset): The time, in seconds, to wait for shards that show no
            progress of initializing, before rolling the next group (default: 10 minutes) Default:
            600.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResourceCommandResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        restore_snapshot=restore_snapshot,
        skip_snapshot=skip_snapshot,
        cancel_pending=cancel_pending,
        group_attribute=group_attribute,
        shard_init_wait_time=shard_init_wait_time,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    restore_snapshot: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
    cancel_pending: bool | Unset = UNSET,
    group_attribute: str | Unset = UNSET,
    shard_init_wait_time: int | Unset = UNSET,
) -> DeploymentResourceCommandResponse | BasicFailedReply | None:
    """Restart Deployment Elasticsearch Resource

     Restarts an Elasticsearch Resource. If a Resource is active: this command re-applies the existing
    plan but applies a "cluster_reboot", which issues a restart command and waits for it to complete. If
    a Resource is inactive: this command starts it up with the most recent successful plan.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        restore_snapshot (bool | Unset): When set to true and restoring from shutdown, then will
            restore the cluster from the last snapshot (if available). Default: True.
        skip_snapshot (bool | Unset): If true, will not take a snapshot of the cluster before
            restarting. Default: True.
        cancel_pending (bool | Unset): If true, cancels any pending plans before restarting. If
            false and there are pending plans, returns an error. Default: False.
        group_attribute (str | Unset): Indicates the property or properties used to divide the
            list of instances to restart in groups. Valid options are: '\\_\\_all\\_\\_' (restart all
            at once), '\\_\\_zone\\_\\_' by logical zone, '\\_\\_name\\_\\_' one instance at a time,
            or a comma-separated list of attributes of the instances Default: '__zone__'.
        shard_init_wait_time (int | Unset): The time, in seconds, to wait for shards that show no
            progress of initializing, before rolling the next group (default: 10 minutes) Default:
            600.

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
        restore_snapshot=restore_snapshot,
        skip_snapshot=skip_snapshot,
        cancel_pending=cancel_pending,
        group_attribute=group_attribute,
        shard_init_wait_time=shard_init_wait_time,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    restore_snapshot: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
    cancel_pending: bool | Unset = UNSET,
    group_attribute: str | Unset = UNSET,
    shard_init_wait_time: int | Unset = UNSET,
) -> Response[DeploymentResourceCommandResponse | BasicFailedReply]:
    """Restart Deployment Elasticsearch Resource

     Restarts an Elasticsearch Resource. If a Resource is active: this command re-applies the existing
    plan but applies a "cluster_reboot", which issues a restart command and waits for it to complete. If
    a Resource is inactive: this command starts it up with the most recent successful plan.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        restore_snapshot (bool | Unset): When set to true and restoring from shutdown, then will
            restore the cluster from the last snapshot (if available). Default: True.
        skip_snapshot (bool | Unset): If true, will not take a snapshot of the cluster before
            restarting. Default: True.
        cancel_pending (bool | Unset): If true, cancels any pending plans before restarting. If
            false and there are pending plans, returns an error. Default: False.
        group_attribute (str | Unset): Indicates the property or properties used to divide the
            list of instances to restart in groups. Valid options are: '\\_\\_all\\_\\_' (restart all
            at once), '\\_\\_zone\\_\\_' by logical zone, '\\_\\_name\\_\\_' one instance at a time,
            or a comma-separated list of attributes of the instances Default: '__zone__'.
        shard_init_wait_time (int | Unset): The time, in seconds, to wait for shards that show no
            progress of initializing, before rolling the next group (default: 10 minutes) Default:
            600.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResourceCommandResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        restore_snapshot=restore_snapshot,
        skip_snapshot=skip_snapshot,
        cancel_pending=cancel_pending,
        group_attribute=group_attribute,
        shard_init_wait_time=shard_init_wait_time,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    restore_snapshot: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
    cancel_pending: bool | Unset = UNSET,
    group_attribute: str | Unset = UNSET,
    shard_init_wait_time: int | Unset = UNSET,
) -> DeploymentResourceCommandResponse | BasicFailedReply | None:
    """Restart Deployment Elasticsearch Resource

     Restarts an Elasticsearch Resource. If a Resource is active: this command re-applies the existing
    plan but applies a "cluster_reboot", which issues a restart command and waits for it to complete. If
    a Resource is inactive: this command starts it up with the most recent successful plan.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        restore_snapshot (bool | Unset): When set to true and restoring from shutdown, then will
            restore the cluster from the last snapshot (if available). Default: True.
        skip_snapshot (bool | Unset): If true, will not take a snapshot of the cluster before
            restarting. Default: True.
        cancel_pending (bool | Unset): If true, cancels any pending plans before restarting. If
            false and there are pending plans, returns an error. Default: False.
        group_attribute (str | Unset): Indicates the property or properties used to divide the
            list of instances to restart in groups. Valid options are: '\\_\\_all\\_\\_' (restart all
            at once), '\\_\\_zone\\_\\_' by logical zone, '\\_\\_name\\_\\_' one instance at a time,
            or a comma-separated list of attributes of the instances Default: '__zone__'.
        shard_init_wait_time (int | Unset): The time, in seconds, to wait for shards that show no
            progress of initializing, before rolling the next group (default: 10 minutes) Default:
            600.

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
            restore_snapshot=restore_snapshot,
            skip_snapshot=skip_snapshot,
            cancel_pending=cancel_pending,
            group_attribute=group_attribute,
            shard_init_wait_time=shard_init_wait_time,
        )
    ).parsed
