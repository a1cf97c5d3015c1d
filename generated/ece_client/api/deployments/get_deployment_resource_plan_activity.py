"""Get plan activity: `GET /deployments/{deployment_id}/{resource_kind}/{ref_id}/activity/{attempt_id}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    path_param,
)
from ..._model import model
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.common_cluster_plan_info import CommonClusterPlanInfo
    from ...models.get_deployment_resource_plan_activity_resource_kind import (
        GetDeploymentResourcePlanActivityResourceKind,
    )

OPERATION_ID = "get_deployment_resource_plan_activity"
METHOD = "GET"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/activity/{attempt_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("CommonClusterPlanInfo"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    resource_kind: GetDeploymentResourcePlanActivityResourceKind,
    ref_id: str,
    attempt_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/activity/{attempt_id}".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
            attempt_id=path_param(attempt_id, "attempt_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommonClusterPlanInfo | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommonClusterPlanInfo | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    resource_kind: GetDeploymentResourcePlanActivityResourceKind,
    ref_id: str,
    attempt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommonClusterPlanInfo | BasicFailedReply]:
    """Get plan activity

     Retrieves details for a single plan activity for the given resource.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (GetDeploymentResourcePlanActivityResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        attempt_id (str): Attempt id for the activity

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommonClusterPlanInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        attempt_id=attempt_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    resource_kind: GetDeploymentResourcePlanActivityResourceKind,
    ref_id: str,
    attempt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommonClusterPlanInfo | BasicFailedReply | None:
    """Get plan activity

     Retrieves details for a single plan activity for the given resource.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (GetDeploymentResourcePlanActivityResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        attempt_id (str): Attempt id for the activity

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommonClusterPlanInfo | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        attempt_id=attempt_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    resource_kind: GetDeploymentResourcePlanActivityResourceKind,
    ref_id: str,
    attempt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommonClusterPlanInfo | BasicFailedReply]:
    """Get plan activity

     Retrieves details for a single plan activity for the given resource.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (GetDeploymentResourcePlanActivityResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        attempt_id (str): Attempt id for the activity

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommonClusterPlanInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        attempt_id=attempt_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    resource_kind: GetDeploymentResourcePlanActivityResourceKind,
    ref_id: str,
    attempt_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommonClusterPlanInfo | BasicFailedReply | None:
    """Get plan activity

     Retrieves details for a single plan activity for the given resource.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (GetDeploymentResourcePlanActivityResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        attempt_id (str): Attempt id for the activity

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommonClusterPlanInfo | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            resource_kind=resource_kind,
            ref_id=ref_id,
            attempt_id=attempt_id,
            client=client,
        )
    ).parsed
