"""Get proxy: `GET /platform/infrastructure/proxies/{proxy_id}`."""

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
    from ...models.proxy_info import ProxyInfo

OPERATION_ID = "get_proxy"
METHOD = "GET"
PATH = "/platform/infrastructure/proxies/{proxy_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ProxyInfo"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    proxy_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/proxies/{proxy_id}".format(
            proxy_id=path_param(proxy_id, "proxy_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProxyInfo | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProxyInfo | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    proxy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProxyInfo | BasicFailedReply]:
    """Get proxy

     Retrieves a single proxy by ID.

    Args:
        proxy_id (str): The identifier for the proxy

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxyInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        proxy_id=proxy_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    proxy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ProxyInfo | BasicFailedReply | None:
    """Get proxy

     Retrieves a single proxy by ID.

    Args:
        proxy_id (str): The identifier for the proxy

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxyInfo | BasicFailedReply
    """

    return sync_detailed(
        proxy_id=proxy_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    proxy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProxyInfo | BasicFailedReply]:
    """Get proxy

     Retrieves a single proxy by ID.

    Args:
        proxy_id (str): The identifier for the proxy

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxyInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        proxy_id=proxy_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    proxy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ProxyInfo | BasicFailedReply | None:
    """Get proxy

     Retrieves a single proxy by ID.

    Args:
        proxy_id (str): The identifier for the proxy

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxyInfo | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            proxy_id=proxy_id,
            client=client,
        )
    ).parsed
