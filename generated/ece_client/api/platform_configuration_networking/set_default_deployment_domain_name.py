"""Set default Deployment Domain Name: `PUT /platform/configuration/networking/deployment_domain_name`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.deployment_domain_name import DeploymentDomainName

OPERATION_ID = "set_default_deployment_domain_name"
METHOD = "PUT"
PATH = "/platform/configuration/networking/deployment_domain_name"
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
    *,
    body: DeploymentDomainName,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
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
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentDomainName,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> Response[DeploymentDomainName | BasicFailedReply]:
    """Set default Deployment Domain Name

     Saves the default Deployment Domain Name configuration value.

    Args:
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
        body=body,
        version=version,
        skip_cascading_operations=skip_cascading_operations,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentDomainName,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> DeploymentDomainName | BasicFailedReply | None:
    """Set default Deployment Domain Name

     Saves the default Deployment Domain Name configuration value.

    Args:
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
        client=client,
        body=body,
        version=version,
        skip_cascading_operations=skip_cascading_operations,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentDomainName,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> Response[DeploymentDomainName | BasicFailedReply]:
    """Set default Deployment Domain Name

     Saves the default Deployment Domain Name configuration value.

    Args:
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
        body=body,
        version=version,
        skip_cascading_operations=skip_cascading_operations,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentDomainName,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> DeploymentDomainName | BasicFailedReply | None:
    """Set default Deployment Domain Name

     Saves the default Deployment Domain Name configuration value.

    Args:
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
            client=client,
            body=body,
            version=version,
            skip_cascading_operations=skip_cascading_operations,
        )
    ).parsed
