"""Restores a shutdown resource: `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/_restore`."""

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
    from ...models.deployment_resource_crud_response import DeploymentResourceCrudResponse
    from ...models.restore_deployment_resource_resource_kind import RestoreDeploymentResourceResourceKind

OPERATION_ID = "restore_deployment_resource"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/_restore"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentResourceCrudResponse"),
    400: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    resource_kind: RestoreDeploymentResourceResourceKind,
    ref_id: str,
    *,
    restore_snapshot: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/_restore".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "restore_snapshot": restore_snapshot,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentResourceCrudResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentResourceCrudResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    resource_kind: RestoreDeploymentResourceResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    restore_snapshot: bool | Unset = UNSET,
) -> Response[DeploymentResourceCrudResponse | BasicFailedReply]:
    """Restores a shutdown resource

     Restores a shutdown resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (RestoreDeploymentResourceResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        restore_snapshot (bool | Unset): Whether or not to restore a snapshot for those resources
            that allow it. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResourceCrudResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        restore_snapshot=restore_snapshot,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    resource_kind: RestoreDeploymentResourceResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    restore_snapshot: bool | Unset = UNSET,
) -> DeploymentResourceCrudResponse | BasicFailedReply | None:
    """Restores a shutdown resource

     Restores a shutdown resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (RestoreDeploymentResourceResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        restore_snapshot (bool | Unset): Whether or not to restore a snapshot for those resources
            that allow it. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResourceCrudResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        client=client,
        restore_snapshot=restore_snapshot,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    resource_kind: RestoreDeploymentResourceResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    restore_snapshot: bool | Unset = UNSET,
) -> Response[DeploymentResourceCrudResponse | BasicFailedReply]:
    """Restores a shutdown resource

     Restores a shutdown resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (RestoreDeploymentResourceResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        restore_snapshot (bool | Unset): Whether or not to restore a snapshot for those resources
            that allow it. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResourceCrudResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        restore_snapshot=restore_snapshot,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    resource_kind: RestoreDeploymentResourceResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    restore_snapshot: bool | Unset = UNSET,
) -> DeploymentResourceCrudResponse | BasicFailedReply | None:
    """Restores a shutdown resource

     Restores a shutdown resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (RestoreDeploymentResourceResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        restore_snapshot (bool | Unset): Whether or not to restore a snapshot for those resources
            that allow it. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResourceCrudResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            resource_kind=resource_kind,
            ref_id=ref_id,
            client=client,
            restore_snapshot=restore_snapshot,
        )
    ).parsed
