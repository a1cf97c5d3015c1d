"""Create instance configuration: `POST /platform/configuration/instances`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
)
from ..._model import model
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.instance_configuration import InstanceConfiguration
    from ...models.versioned_id_response import VersionedIdResponse

OPERATION_ID = "create_instance_configuration"
METHOD = "POST"
PATH = "/platform/configuration/instances"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    201: model("VersionedIdResponse"),
    400: model("BasicFailedReply"),
    403: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    body: InstanceConfiguration,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VersionedIdResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VersionedIdResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InstanceConfiguration,
) -> Response[VersionedIdResponse | BasicFailedReply]:
    """Create instance configuration

     Create instance configuration and return the auto-generated ID.

    Args:
        body (InstanceConfiguration): The configuration template for Elasticsearch instances,
            Kibana instances, and APM Servers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VersionedIdResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InstanceConfiguration,
) -> VersionedIdResponse | BasicFailedReply | None:
    """Create instance configuration

     Create instance configuration and return the auto-generated ID.

    Args:
        body (InstanceConfiguration): The configuration template for Elasticsearch instances,
            Kibana instances, and APM Servers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VersionedIdResponse | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InstanceConfiguration,
) -> Response[VersionedIdResponse | BasicFailedReply]:
    """Create instance configuration

     Create instance configuration and return the auto-generated ID.

    Args:
        body (InstanceConfiguration): The configuration template for Elasticsearch instances,
            Kibana instances, and APM Servers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VersionedIdResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InstanceConfiguration,
) -> VersionedIdResponse | BasicFailedReply | None:
    """Create instance configuration

     Create instance configuration and return the auto-generated ID.

    Args:
        body (InstanceConfiguration): The configuration template for Elasticsearch instances,
            Kibana instances, and APM Servers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VersionedIdResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
