"""Upgrade Kibana, APM, Integrations Server, AppSearch, Enterprise Search inside Deployment: `POST /deployments/{deployment_id}/{stateless_resource_kind}/{ref_id}/_upgrade`."""

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
    from ...models.deployment_resource_upgrade_response import DeploymentResourceUpgradeResponse
    from ...models.upgrade_deployment_stateless_resource_stateless_resource_kind import (
        UpgradeDeploymentStatelessResourceStatelessResourceKind,
    )

OPERATION_ID = "upgrade_deployment_stateless_resource"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/{stateless_resource_kind}/{ref_id}/_upgrade"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("DeploymentResourceUpgradeResponse"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    stateless_resource_kind: UpgradeDeploymentStatelessResourceStatelessResourceKind,
    ref_id: str,
    *,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{stateless_resource_kind}/{ref_id}/_upgrade".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            stateless_resource_kind=path_param(stateless_resource_kind, "stateless_resource_kind"),
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
) -> DeploymentResourceUpgradeResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentResourceUpgradeResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    stateless_resource_kind: UpgradeDeploymentStatelessResourceStatelessResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    validate_only: bool | Unset = UNSET,
) -> Response[DeploymentResourceUpgradeResponse | BasicFailedReply]:
    """Upgrade Kibana, APM, Integrations Server, AppSearch, Enterprise Search inside Deployment

     Upgrades a running cluster.

    Args:
        deployment_id (str): Identifier for the Deployment.
        stateless_resource_kind (UpgradeDeploymentStatelessResourceStatelessResourceKind): The
            kind of stateless resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        validate_only (bool | Unset): When `true`, returns the update version without performing
            the upgrade Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResourceUpgradeResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        stateless_resource_kind=stateless_resource_kind,
        ref_id=ref_id,
        validate_only=validate_only,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    stateless_resource_kind: UpgradeDeploymentStatelessResourceStatelessResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    validate_only: bool | Unset = UNSET,
) -> DeploymentResourceUpgradeResponse | BasicFailedReply | None:
    """Upgrade Kibana, APM, Integrations Server, AppSearch, Enterprise Search inside Deployment

     Upgrades a running cluster.

    Args:
        deployment_id (str): Identifier for the Deployment.
        stateless_resource_kind (UpgradeDeploymentStatelessResourceStatelessResourceKind): The
            kind of stateless resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        validate_only (bool | Unset): When `true`, returns the update version without performing
            the upgrade Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResourceUpgradeResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        stateless_resource_kind=stateless_resource_kind,
        ref_id=ref_id,
        client=client,
        validate_only=validate_only,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    stateless_resource_kind: UpgradeDeploymentStatelessResourceStatelessResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    validate_only: bool | Unset = UNSET,
) -> Response[DeploymentResourceUpgradeResponse | BasicFailedReply]:
    """Upgrade Kibana, APM, Integrations Server, AppSearch, Enterprise Search inside Deployment

     Upgrades a running cluster.

    Args:
        deployment_id (str): Identifier for the Deployment.
        stateless_resource_kind (UpgradeDeploymentStatelessResourceStatelessResourceKind): The
            kind of stateless resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        validate_only (bool | Unset): When `true`, returns the update version without performing
            the upgrade Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResourceUpgradeResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        stateless_resource_kind=stateless_resource_kind,
        ref_id=ref_id,
        validate_only=validate_only,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    stateless_resource_kind: UpgradeDeploymentStatelessResourceStatelessResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    validate_only: bool | Unset = UNSET,
) -> DeploymentResourceUpgradeResponse | BasicFailedReply | None:
    """Upgrade Kibana, APM, Integrations Server, AppSearch, Enterprise Search inside Deployment

     Upgrades a running cluster.

    Args:
        deployment_id (str): Identifier for the Deployment.
        stateless_resource_kind (UpgradeDeploymentStatelessResourceStatelessResourceKind): The
            kind of stateless resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        validate_only (bool | Unset): When `true`, returns the update version without performing
            the upgrade Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResourceUpgradeResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            stateless_resource_kind=stateless_resource_kind,
            ref_id=ref_id,
            client=client,
            validate_only=validate_only,
        )
    ).parsed
