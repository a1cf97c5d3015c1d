"""Get Deployment Domain Name for a resource kind: `GET /platform/configuration/networking/deployment_domain_name/{resource_kind}`."""

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
    from ...models.deployment_domain_name import DeploymentDomainName
    from ...models.get_resource_kind_deployment_domain_name_resource_kind import (
        GetResourceKindDeploymentDomainNameResourceKind,
    )

OPERATION_ID = "get_resource_kind_deployment_domain_name"
METHOD = "GET"
PATH = "/platform/configuration/networking/deployment_domain_name/{resource_kind}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentDomainName"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    resource_kind: GetResourceKindDeploymentDomainNameResourceKind,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/networking/deployment_domain_name/{resource_kind}".format(
            resource_kind=path_param(resource_kind, "resource_kind"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentDomainName | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentDomainName | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_kind: GetResourceKindDeploymentDomainNameResourceKind,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeploymentDomainName | BasicFailedReply]:
    """Get Deployment Domain Name for a resource kind

     Gets Deployment Domain Name configuration value for a resource kind.

    Args:
        resource_kind (GetResourceKindDeploymentDomainNameResourceKind): The kind of resource you
            want to manage a Deployment Domain Name for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentDomainName | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        resource_kind=resource_kind,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    resource_kind: GetResourceKindDeploymentDomainNameResourceKind,
    *,
    client: AuthenticatedClient | Client,
) -> DeploymentDomainName | BasicFailedReply | None:
    """Get Deployment Domain Name for a resource kind

     Gets Deployment Domain Name configuration value for a resource kind.

    Args:
        resource_kind (GetResourceKindDeploymentDomainNameResourceKind): The kind of resource you
            want to manage a Deployment Domain Name for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentDomainName | BasicFailedReply
    """

    return sync_detailed(
        resource_kind=resource_kind,
        client=client,
    ).parsed


async def asyncio_detailed(
    resource_kind: GetResourceKindDeploymentDomainNameResourceKind,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeploymentDomainName | BasicFailedReply]:
    """Get Deployment Domain Name for a resource kind

     Gets Deployment Domain Name configuration value for a resource kind.

    Args:
        resource_kind (GetResourceKindDeploymentDomainNameResourceKind): The kind of resource you
            want to manage a Deployment Domain Name for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentDomainName | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        resource_kind=resource_kind,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    resource_kind: GetResourceKindDeploymentDomainNameResourceKind,
    *,
    client: AuthenticatedClient | Client,
) -> DeploymentDomainName | BasicFailedReply | None:
    """Get Deployment Domain Name for a resource kind

     Gets Deployment Domain Name configuration value for a resource kind.

    Args:
        resource_kind (GetResourceKindDeploymentDomainNameResourceKind): The kind of resource you
            want to manage a Deployment Domain Name for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentDomainName | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            resource_kind=resource_kind,
            client=client,
        )
    ).parsed
