"""Set Deployment Domain Name for a resource kind.: `PUT /platform/configuration/networking/deployment_domain_name/{resource_kind}`."""

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
    from ...models.deployment_domain_name import DeploymentDomainName
    from ...models.set_resource_kind_deployment_domain_name_resource_kind import (
        SetResourceKindDeploymentDomainNameResourceKind,
    )

OPERATION_ID = "set_resource_kind_deployment_domain_name"
METHOD = "PUT"
PATH = "/platform/configuration/networking/deployment_domain_name/{resource_kind}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentDomainName"),
    400: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    409: model("BasicFailedReply"),
    412: model("BasicFailedReply"),
}


def _get_kwargs(
    resource_kind: SetResourceKindDeploymentDomainNameResourceKind,
    *,
    body: DeploymentDomainName,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/networking/deployment_domain_name/{resource_kind}".format(
            resource_kind=path_param(resource_kind, "resource_kind"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
            "skip_cascading_operations": skip_cascading_operations,
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
    resource_kind: SetResourceKindDeploymentDomainNameResourceKind,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentDomainName,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> Response[DeploymentDomainName | BasicFailedReply]:
    """Set Deployment Domain Name for a resource kind.

     Saves the Deployment Domain Name configuration value for a resource kind.

    Args:
        resource_kind (SetResourceKindDeploymentDomainNameResourceKind): The kind of resource you
            want to manage a Deployment Domain Name for.
        version (str | Unset): If specified, then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request). If
            not specified, will unconditionally upsert.
        skip_cascading_operations (bool | Unset): Whether or not to skip cascading operations,
            such as re-provisioning the Security Deployment. Default: False.
        body (DeploymentDomainName): Deployment domain name configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentDomainName | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        resource_kind=resource_kind,
        body=body,
        version=version,
        skip_cascading_operations=skip_cascading_operations,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    resource_kind: SetResourceKindDeploymentDomainNameResourceKind,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentDomainName,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> DeploymentDomainName | BasicFailedReply | None:
    """Set Deployment Domain Name for a resource kind.

     Saves the Deployment Domain Name configuration value for a resource kind.

    Args:
        resource_kind (SetResourceKindDeploymentDomainNameResourceKind): The kind of resource you
            want to manage a Deployment Domain Name for.
        version (str | Unset): If specified, then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request). If
            not specified, will unconditionally upsert.
        skip_cascading_operations (bool | Unset): Whether or not to skip cascading operations,
            such as re-provisioning the Security Deployment. Default: False.
        body (DeploymentDomainName): Deployment domain name configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentDomainName | BasicFailedReply
    """

    return sync_detailed(
        resource_kind=resource_kind,
        client=client,
        body=body,
        version=version,
        skip_cascading_operations=skip_cascading_operations,
    ).parsed


async def asyncio_detailed(
    resource_kind: SetResourceKindDeploymentDomainNameResourceKind,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentDomainName,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> Response[DeploymentDomainName | BasicFailedReply]:
    """Set Deployment Domain Name for a resource kind.

     Saves the Deployment Domain Name configuration value for a resource kind.

    Args:
        resource_kind (SetResourceKindDeploymentDomainNameResourceKind): The kind of resource you
            want to manage a Deployment Domain Name for.
        version (str | Unset): If specified, then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request). If
            not specified, will unconditionally upsert.
        skip_cascading_operations (bool | Unset): Whether or not to skip cascading operations,
            such as re-provisioning the Security Deployment. Default: False.
        body (DeploymentDomainName): Deployment domain name configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentDomainName | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        resource_kind=resource_kind,
        body=body,
        version=version,
        skip_cascading_operations=skip_cascading_operations,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    resource_kind: SetResourceKindDeploymentDomainNameResourceKind,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentDomainName,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> DeploymentDomainName | BasicFailedReply | None:
    """Set Deployment Domain Name for a resource kind.

     Saves the Deployment Domain Name configuration value for a resource kind.

    Args:
        resource_kind (SetResourceKindDeploymentDomainNameResourceKind): The kind of resource you
            want to manage a Deployment Domain Name for.
        version (str | Unset): If specified, then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request). If
            not specified, will unconditionally upsert.
        skip_cascading_operations (bool | Unset): Whether or not to skip cascading operations,
            such as re-provisioning the Security Deployment. Default: False.
        body (DeploymentDomainName): Deployment domain name configuration

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
            body=body,
            version=version,
            skip_cascading_operations=skip_cascading_operations,
        )
    ).parsed
