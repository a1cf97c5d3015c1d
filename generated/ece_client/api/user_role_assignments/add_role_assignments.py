"""Add Role Assignments: `POST /users/{user_id}/role_assignments`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
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
    from ...models.role_assignments import RoleAssignments

OPERATION_ID = "add_role_assignments"
METHOD = "POST"
PATH = "/users/{user_id}/role_assignments"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse"),
    400: model("BasicFailedReply"),
    401: model("BasicFailedReply"),
    403: model("BasicFailedReply"),
}


def _get_kwargs(
    user_id: str,
    *,
    body: RoleAssignments,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/users/{user_id}/role_assignments".format(
            user_id=path_param(user_id, "user_id"),
        ),
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

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
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RoleAssignments,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Add Role Assignments

     Adds a set of RoleAssignments to the specified User. Currently unavailable in self-hosted ECE.

    Args:
        user_id (str): Identifier for the user; include realm name and id if required
        body (RoleAssignments): Roles assigned to users, API keys or organization invitations.
            Currently unavailable in self-hosted ECE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RoleAssignments,
) -> EmptyResponse | BasicFailedReply | None:
    """Add Role Assignments

     Adds a set of RoleAssignments to the specified User. Currently unavailable in self-hosted ECE.

    Args:
        user_id (str): Identifier for the user; include realm name and id if required
        body (RoleAssignments): Roles assigned to users, API keys or organization invitations.
            Currently unavailable in self-hosted ECE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RoleAssignments,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Add Role Assignments

     Adds a set of RoleAssignments to the specified User. Currently unavailable in self-hosted ECE.

    Args:
        user_id (str): Identifier for the user; include realm name and id if required
        body (RoleAssignments): Roles assigned to users, API keys or organization invitations.
            Currently unavailable in self-hosted ECE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RoleAssignments,
) -> EmptyResponse | BasicFailedReply | None:
    """Add Role Assignments

     Adds a set of RoleAssignments to the specified User. Currently unavailable in self-hosted ECE.

    Args:
        user_id (str): Identifier for the user; include realm name and id if required
        body (RoleAssignments): Roles assigned to users, API keys or organization invitations.
            Currently unavailable in self-hosted ECE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
