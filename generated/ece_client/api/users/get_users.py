"""Fetch all users: `GET /users`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.user_list import UserList

OPERATION_ID = "get_users"
METHOD = "GET"
PATH = "/users"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("UserList"),
}


def _get_kwargs(
    *,
    include_disabled: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "include_disabled": include_disabled,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserList | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UserList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_disabled: bool | Unset = UNSET,
) -> Response[UserList]:
    """Fetch all users

     Fetches all available users.

    Args:
        include_disabled (bool | Unset): True if disabled users should be included in the response
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserList]
    """

    kwargs = _get_kwargs(
        include_disabled=include_disabled,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_disabled: bool | Unset = UNSET,
) -> UserList | None:
    """Fetch all users

     Fetches all available users.

    Args:
        include_disabled (bool | Unset): True if disabled users should be included in the response
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserList
    """

    return sync_detailed(
        client=client,
        include_disabled=include_disabled,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_disabled: bool | Unset = UNSET,
) -> Response[UserList]:
    """Fetch all users

     Fetches all available users.

    Args:
        include_disabled (bool | Unset): True if disabled users should be included in the response
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserList]
    """

    kwargs = _get_kwargs(
        include_disabled=include_disabled,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_disabled: bool | Unset = UNSET,
) -> UserList | None:
    """Fetch all users

     Fetches all available users.

    Args:
        include_disabled (bool | Unset): True if disabled users should be included in the response
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserList
    """

    return (
        await asyncio_detailed(
            client=client,
            include_disabled=include_disabled,
        )
    ).parsed
