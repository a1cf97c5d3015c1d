"""Capture a new on-demand heap dump for the given instance: `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_id}/heap_dump/_capture`."""

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
    from ...models.empty_response import EmptyResponse

OPERATION_ID = "capture_deployment_instance_heap_dump"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_id}/heap_dump/_capture"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("EmptyResponse"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_id}/heap_dump/_capture".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
            instance_id=path_param(instance_id, "instance_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Capture a new on-demand heap dump for the given instance

     Captures a new on-demand heap dump for the given instance. The capture is completed asynchronously,
    and you can check its progress by getting heap dumps for the given resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource (one of elasticsearch, kibana or apm).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_id (str): The instance identifier

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        instance_id=instance_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmptyResponse | BasicFailedReply | None:
    """Capture a new on-demand heap dump for the given instance

     Captures a new on-demand heap dump for the given instance. The capture is completed asynchronously,
    and you can check its progress by getting heap dumps for the given resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource (one of elasticsearch, kibana or apm).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_id (str): The instance identifier

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        instance_id=instance_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Capture a new on-demand heap dump for the given instance

     Captures a new on-demand heap dump for the given instance. The capture is completed asynchronously,
    and you can check its progress by getting heap dumps for the given resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource (one of elasticsearch, kibana or apm).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_id (str): The instance identifier

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        instance_id=instance_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmptyResponse | BasicFailedReply | None:
    """Capture a new on-demand heap dump for the given instance

     Captures a new on-demand heap dump for the given instance. The capture is completed asynchronously,
    and you can check its progress by getting heap dumps for the given resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource (one of elasticsearch, kibana or apm).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_id (str): The instance identifier

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            resource_kind=resource_kind,
            ref_id=ref_id,
            instance_id=instance_id,
            client=client,
        )
    ).parsed
