"""Proxy HTTP PUT request: `PUT /deployments/{deployment_id}/{resource_kind}/{ref_id}/proxy/{proxy_path}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    content_body,
    free_json_body,
    parse_documented,
    path_param,
    path_tail,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.generic_response import GenericResponse
    from ...models.put_deployment_resource_proxy_requests_resource_kind import (
        PutDeploymentResourceProxyRequestsResourceKind,
    )

OPERATION_ID = "put_deployment_resource_proxy_requests"
METHOD = "PUT"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/proxy/{proxy_path}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("GenericResponse"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    resource_kind: PutDeploymentResourceProxyRequestsResourceKind,
    ref_id: str,
    proxy_path: str,
    *,
    body: Any | str | Unset = UNSET,
    x_management_request: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/proxy/{proxy_path}".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
            proxy_path=path_tail(proxy_path, "proxy_path"),  # the proxied path keeps its slashes
        ),
    }
    headers: dict[str, str] = {}
    headers["X-Management-Request"] = str(x_management_request)
    if body is UNSET:
        pass  # no body: the operation works without one (a GET through the proxy)
    elif isinstance(body, (str, bytes)):
        _kwargs["content"] = content_body(body)
        headers["Content-Type"] = "application/x-ndjson"

    else:
        _kwargs.update(free_json_body(body))  # free-form: a str is JSON text, sent as is
        headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GenericResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GenericResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    resource_kind: PutDeploymentResourceProxyRequestsResourceKind,
    ref_id: str,
    proxy_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any | str | Unset = UNSET,
    x_management_request: str,
) -> Response[GenericResponse | BasicFailedReply]:
    """Proxy HTTP PUT request

     Proxies the HTTP PUT request to the deployment resource. You must specify the `X-Management-Request`
    HTTP header. NOTE: Use this endpoint for management purposes. It does not provide high performance.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (PutDeploymentResourceProxyRequestsResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        proxy_path (str): The URL part to proxy to the deployment resource. Example: _cat/indices,
            /api/spaces/space or /api/ent/v1/internal/health
        x_management_request (str): You must specify the `X-Management-Request` HTTP header with
            value `true`. NOTE: Use this endpoint for management purposes. It does not provide high
            performance.
        body (Any | Unset):
        body (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        proxy_path=proxy_path,
        body=body,
        x_management_request=x_management_request,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    resource_kind: PutDeploymentResourceProxyRequestsResourceKind,
    ref_id: str,
    proxy_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any | str | Unset = UNSET,
    x_management_request: str,
) -> GenericResponse | BasicFailedReply | None:
    """Proxy HTTP PUT request

     Proxies the HTTP PUT request to the deployment resource. You must specify the `X-Management-Request`
    HTTP header. NOTE: Use this endpoint for management purposes. It does not provide high performance.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (PutDeploymentResourceProxyRequestsResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        proxy_path (str): The URL part to proxy to the deployment resource. Example: _cat/indices,
            /api/spaces/space or /api/ent/v1/internal/health
        x_management_request (str): You must specify the `X-Management-Request` HTTP header with
            value `true`. NOTE: Use this endpoint for management purposes. It does not provide high
            performance.
        body (Any | Unset):
        body (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        proxy_path=proxy_path,
        client=client,
        body=body,
        x_management_request=x_management_request,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    resource_kind: PutDeploymentResourceProxyRequestsResourceKind,
    ref_id: str,
    proxy_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any | str | Unset = UNSET,
    x_management_request: str,
) -> Response[GenericResponse | BasicFailedReply]:
    """Proxy HTTP PUT request

     Proxies the HTTP PUT request to the deployment resource. You must specify the `X-Management-Request`
    HTTP header. NOTE: Use this endpoint for management purposes. It does not provide high performance.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (PutDeploymentResourceProxyRequestsResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        proxy_path (str): The URL part to proxy to the deployment resource. Example: _cat/indices,
            /api/spaces/space or /api/ent/v1/internal/health
        x_management_request (str): You must specify the `X-Management-Request` HTTP header with
            value `true`. NOTE: Use this endpoint for management purposes. It does not provide high
            performance.
        body (Any | Unset):
        body (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        proxy_path=proxy_path,
        body=body,
        x_management_request=x_management_request,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    resource_kind: PutDeploymentResourceProxyRequestsResourceKind,
    ref_id: str,
    proxy_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any | str | Unset = UNSET,
    x_management_request: str,
) -> GenericResponse | BasicFailedReply | None:
    """Proxy HTTP PUT request

     Proxies the HTTP PUT request to the deployment resource. You must specify the `X-Management-Request`
    HTTP header. NOTE: Use this endpoint for management purposes. It does not provide high performance.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (PutDeploymentResourceProxyRequestsResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        proxy_path (str): The URL part to proxy to the deployment resource. Example: _cat/indices,
            /api/spaces/space or /api/ent/v1/internal/health
        x_management_request (str): You must specify the `X-Management-Request` HTTP header with
            value `true`. NOTE: Use this endpoint for management purposes. It does not provide high
            performance.
        body (Any | Unset):
        body (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            resource_kind=resource_kind,
            ref_id=ref_id,
            proxy_path=proxy_path,
            client=client,
            body=body,
            x_management_request=x_management_request,
        )
    ).parsed
