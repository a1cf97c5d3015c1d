"""Create a role: `POST /platform/infrastructure/blueprinter/roles`."""

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
    from ...models.role_aggregate import RoleAggregate
    from ...models.role_aggregate_create_data import RoleAggregateCreateData

OPERATION_ID = "create_blueprinter_role"
METHOD = "POST"
PATH = "/platform/infrastructure/blueprinter/roles"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    201: model("RoleAggregate"),
    409: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    body: RoleAggregateCreateData,
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
) -> RoleAggregate | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RoleAggregate | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RoleAggregateCreateData,
) -> Response[RoleAggregate | BasicFailedReply]:
    """Create a role

     Create a Blueprinter role.

    Args:
        body (RoleAggregateCreateData): Creation data for a role

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RoleAggregate | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RoleAggregateCreateData,
) -> RoleAggregate | BasicFailedReply | None:
    """Create a role

     Create a Blueprinter role.

    Args:
        body (RoleAggregateCreateData): Creation data for a role

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RoleAggregate | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RoleAggregateCreateData,
) -> Response[RoleAggregate | BasicFailedReply]:
    """Create a role

     Create a Blueprinter role.

    Args:
        body (RoleAggregateCreateData): Creation data for a role

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RoleAggregate | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RoleAggregateCreateData,
) -> RoleAggregate | BasicFailedReply | None:
    """Create a role

     Create a Blueprinter role.

    Args:
        body (RoleAggregateCreateData): Creation data for a role

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RoleAggregate | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
