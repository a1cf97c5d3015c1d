"""Get role: `GET /platform/infrastructure/blueprinter/roles/{blueprinter_role_id}`."""

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
    from ...models.role_aggregate import RoleAggregate

OPERATION_ID = "get_blueprinter_role"
METHOD = "GET"
PATH = "/platform/infrastructure/blueprinter/roles/{blueprinter_role_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("RoleAggregate"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    blueprinter_role_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/blueprinter/roles/{blueprinter_role_id}".format(
            blueprinter_role_id=path_param(blueprinter_role_id, "blueprinter_role_id"),
        ),
    }
    headers: dict[str, str] = {}
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
    blueprinter_role_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RoleAggregate | BasicFailedReply]:
    """Get role

     Retrieve a role.

    Args:
        blueprinter_role_id (str): User-specified Blueprinter role ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RoleAggregate | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        blueprinter_role_id=blueprinter_role_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    blueprinter_role_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RoleAggregate | BasicFailedReply | None:
    """Get role

     Retrieve a role.

    Args:
        blueprinter_role_id (str): User-specified Blueprinter role ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RoleAggregate | BasicFailedReply
    """

    return sync_detailed(
        blueprinter_role_id=blueprinter_role_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    blueprinter_role_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RoleAggregate | BasicFailedReply]:
    """Get role

     Retrieve a role.

    Args:
        blueprinter_role_id (str): User-specified Blueprinter role ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RoleAggregate | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        blueprinter_role_id=blueprinter_role_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    blueprinter_role_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RoleAggregate | BasicFailedReply | None:
    """Get role

     Retrieve a role.

    Args:
        blueprinter_role_id (str): User-specified Blueprinter role ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RoleAggregate | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            blueprinter_role_id=blueprinter_role_id,
            client=client,
        )
    ).parsed
