"""Cancel resource pending plan: `DELETE /deployments/{deployment_id}/{resource_kind}/{ref_id}/plan/pending`."""

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
    from ...models.cancel_deployment_resource_pending_plan_resource_kind import (
        CancelDeploymentResourcePendingPlanResourceKind,
    )
    from ...models.deployment_resource_crud_response import DeploymentResourceCrudResponse

OPERATION_ID = "cancel_deployment_resource_pending_plan"
METHOD = "DELETE"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/plan/pending"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentResourceCrudResponse"),
    400: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    resource_kind: CancelDeploymentResourcePendingPlanResourceKind,
    ref_id: str,
    *,
    force_delete: bool | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/plan/pending".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "force_delete": force_delete,
            "ignore_missing": ignore_missing,
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
    resource_kind: CancelDeploymentResourcePendingPlanResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    force_delete: bool | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
) -> Response[DeploymentResourceCrudResponse | BasicFailedReply]:
    """Cancel resource pending plan

     Cancels the pending plan of a Resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (CancelDeploymentResourcePendingPlanResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        force_delete (bool | Unset): When `true`, deletes the pending plan instead of attempting a
            graceful cancellation. The default is `false`. Default: False.
        ignore_missing (bool | Unset): When `true`, returns successfully, even when plans are
            missing. The default is `false`. Default: False.

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
        force_delete=force_delete,
        ignore_missing=ignore_missing,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    resource_kind: CancelDeploymentResourcePendingPlanResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    force_delete: bool | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
) -> DeploymentResourceCrudResponse | BasicFailedReply | None:
    """Cancel resource pending plan

     Cancels the pending plan of a Resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (CancelDeploymentResourcePendingPlanResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        force_delete (bool | Unset): When `true`, deletes the pending plan instead of attempting a
            graceful cancellation. The default is `false`. Default: False.
        ignore_missing (bool | Unset): When `true`, returns successfully, even when plans are
            missing. The default is `false`. Default: False.

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
        force_delete=force_delete,
        ignore_missing=ignore_missing,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    resource_kind: CancelDeploymentResourcePendingPlanResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    force_delete: bool | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
) -> Response[DeploymentResourceCrudResponse | BasicFailedReply]:
    """Cancel resource pending plan

     Cancels the pending plan of a Resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (CancelDeploymentResourcePendingPlanResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        force_delete (bool | Unset): When `true`, deletes the pending plan instead of attempting a
            graceful cancellation. The default is `false`. Default: False.
        ignore_missing (bool | Unset): When `true`, returns successfully, even when plans are
            missing. The default is `false`. Default: False.

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
        force_delete=force_delete,
        ignore_missing=ignore_missing,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    resource_kind: CancelDeploymentResourcePendingPlanResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    force_delete: bool | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
) -> DeploymentResourceCrudResponse | BasicFailedReply | None:
    """Cancel resource pending plan

     Cancels the pending plan of a Resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (CancelDeploymentResourcePendingPlanResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        force_delete (bool | Unset): When `true`, deletes the pending plan instead of attempting a
            graceful cancellation. The default is `false`. Default: False.
        ignore_missing (bool | Unset): When `true`, returns successfully, even when plans are
            missing. The default is `false`. Default: False.

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
            force_delete=force_delete,
            ignore_missing=ignore_missing,
        )
    ).parsed
