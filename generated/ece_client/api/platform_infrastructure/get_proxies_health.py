"""Get proxy health: `GET /platform/infrastructure/proxies/health`."""

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
    from ...models.proxies_health import ProxiesHealth

OPERATION_ID = "get_proxies_health"
METHOD = "GET"
PATH = "/platform/infrastructure/proxies/health"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ProxiesHealth"),
    417: model("ProxiesHealth"),
}


def _get_kwargs(
    *,
    expect_status: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "expect_status": expect_status,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProxiesHealth | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProxiesHealth]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    expect_status: str | Unset = UNSET,
) -> Response[ProxiesHealth]:
    """Get proxy health

     Get the health status of all proxies.

    Args:
        expect_status (str | Unset): The expected status

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxiesHealth]
    """

    kwargs = _get_kwargs(
        expect_status=expect_status,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    expect_status: str | Unset = UNSET,
) -> ProxiesHealth | None:
    """Get proxy health

     Get the health status of all proxies.

    Args:
        expect_status (str | Unset): The expected status

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxiesHealth
    """

    return sync_detailed(
        client=client,
        expect_status=expect_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    expect_status: str | Unset = UNSET,
) -> Response[ProxiesHealth]:
    """Get proxy health

     Get the health status of all proxies.

    Args:
        expect_status (str | Unset): The expected status

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxiesHealth]
    """

    kwargs = _get_kwargs(
        expect_status=expect_status,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    expect_status: str | Unset = UNSET,
) -> ProxiesHealth | None:
    """Get proxy health

     Get the health status of all proxies.

    Args:
        expect_status (str | Unset): The expected status

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxiesHealth
    """

    return (
        await asyncio_detailed(
            client=client,
            expect_status=expect_status,
        )
    ).parsed
