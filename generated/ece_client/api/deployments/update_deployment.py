"""Update Deployment: `PUT /deployments/{deployment_id}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
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
    from ...models.deployment_update_request import DeploymentUpdateRequest
    from ...models.deployment_update_response import DeploymentUpdateResponse

OPERATION_ID = "update_deployment"
METHOD = "PUT"
PATH = "/deployments/{deployment_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentUpdateResponse"),
    400: model("BasicFailedReply"),
    401: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    *,
    body: DeploymentUpdateRequest,
    hide_pruned_orphans: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "hide_pruned_orphans": hide_pruned_orphans,
            "skip_snapshot": skip_snapshot,
            "validate_only": validate_only,
            "version": version,
        }
    )
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentUpdateResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentUpdateResponse | BasicFailedReply]:
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
    body: DeploymentUpdateRequest,
    hide_pruned_orphans: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[DeploymentUpdateResponse | BasicFailedReply]:
    """Update Deployment

     Updates a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        hide_pruned_orphans (bool | Unset): Whether or not to hide orphaned resources that were
            shut down (relevant if prune on the request is true) Default: False.
        skip_snapshot (bool | Unset): Whether or not to skip snapshots before shutting down
            orphaned resources (relevant if prune on the request is true) Default: False.
        validate_only (bool | Unset): If true, will just validate the Deployment definition but
            will not perform the update Default: False.
        version (str | Unset): If specified then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
        body (DeploymentUpdateRequest): A request for updating a Deployment consisting of multiple
            resources

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentUpdateResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
        hide_pruned_orphans=hide_pruned_orphans,
        skip_snapshot=skip_snapshot,
        validate_only=validate_only,
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentUpdateRequest,
    hide_pruned_orphans: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    version: str | Unset = UNSET,
) -> DeploymentUpdateResponse | BasicFailedReply | None:
    """Update Deployment

     Updates a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        hide_pruned_orphans (bool | Unset): Whether or not to hide orphaned resources that were
            shut down (relevant if prune on the request is true) Default: False.
        skip_snapshot (bool | Unset): Whether or not to skip snapshots before shutting down
            orphaned resources (relevant if prune on the request is true) Default: False.
        validate_only (bool | Unset): If true, will just validate the Deployment definition but
            will not perform the update Default: False.
        version (str | Unset): If specified then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
        body (DeploymentUpdateRequest): A request for updating a Deployment consisting of multiple
            resources

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentUpdateResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        body=body,
        hide_pruned_orphans=hide_pruned_orphans,
        skip_snapshot=skip_snapshot,
        validate_only=validate_only,
        version=version,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentUpdateRequest,
    hide_pruned_orphans: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[DeploymentUpdateResponse | BasicFailedReply]:
    """Update Deployment

     Updates a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        hide_pruned_orphans (bool | Unset): Whether or not to hide orphaned resources that were
            shut down (relevant if prune on the request is true) Default: False.
        skip_snapshot (bool | Unset): Whether or not to skip snapshots before shutting down
            orphaned resources (relevant if prune on the request is true) Default: False.
        validate_only (bool | Unset): If true, will just validate the Deployment definition but
            will not perform the update Default: False.
        version (str | Unset): If specified then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
        body (DeploymentUpdateRequest): A request for updating a Deployment consisting of multiple
            resources

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentUpdateResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
        hide_pruned_orphans=hide_pruned_orphans,
        skip_snapshot=skip_snapshot,
        validate_only=validate_only,
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentUpdateRequest,
    hide_pruned_orphans: bool | Unset = UNSET,
    skip_snapshot: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    version: str | Unset = UNSET,
) -> DeploymentUpdateResponse | BasicFailedReply | None:
    """Update Deployment

     Updates a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        hide_pruned_orphans (bool | Unset): Whether or not to hide orphaned resources that were
            shut down (relevant if prune on the request is true) Default: False.
        skip_snapshot (bool | Unset): Whether or not to skip snapshots before shutting down
            orphaned resources (relevant if prune on the request is true) Default: False.
        validate_only (bool | Unset): If true, will just validate the Deployment definition but
            will not perform the update Default: False.
        version (str | Unset): If specified then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
        body (DeploymentUpdateRequest): A request for updating a Deployment consisting of multiple
            resources

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentUpdateResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
            hide_pruned_orphans=hide_pruned_orphans,
            skip_snapshot=skip_snapshot,
            validate_only=validate_only,
            version=version,
        )
    ).parsed
