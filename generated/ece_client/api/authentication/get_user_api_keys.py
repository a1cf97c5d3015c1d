"""Get API key metadata for all keys created by the user: `GET /users/{user_id}/auth/keys`."""

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
    from ...models.api_keys_response import ApiKeysResponse
    from ...models.basic_failed_reply import BasicFailedReply

OPERATION_ID = "get_user_api_keys"
METHOD = "GET"
PATH = "/users/{user_id}/auth/keys"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ApiKeysResponse"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    user_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/users/{user_id}/auth/keys".format(
            user_id=path_param(user_id, "user_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeysResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKeysResponse | BasicFailedReply]:
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
) -> Response[ApiKeysResponse | BasicFailedReply]:
    """Get API key metadata for all keys created by the user

     Retrieves metadata for all API keys created by the given user.

    Args:
        user_id (str): The user ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeysResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiKeysResponse | BasicFailedReply | None:
    """Get API key metadata for all keys created by the user

     Retrieves metadata for all API keys created by the given user.

    Args:
        user_id (str): The user ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeysResponse | BasicFailedReply
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiKeysResponse | BasicFailedReply]:
    """Get API key metadata for all keys created by the user

     Retrieves metadata for all API keys created by the given user.

    Args:
        user_id (str): The user ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeysResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiKeysResponse | BasicFailedReply | None:
    """Get API key metadata for all keys created by the user

     Retrieves metadata for all API keys created by the given user.

    Args:
        user_id (str): The user ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeysResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
        )
    ).parsed
