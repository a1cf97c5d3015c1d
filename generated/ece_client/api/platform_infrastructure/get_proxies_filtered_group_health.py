"""Get health for a filtered group of proxies: `GET /platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}/health`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.proxies_filtered_group_health import ProxiesFilteredGroupHealth

OPERATION_ID = "get_proxies_filtered_group_health"
METHOD = "GET"
PATH = "/platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}/health"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ProxiesFilteredGroupHealth"),
    417: model("ProxiesFilteredGroupHealth"),
}


def _get_kwargs(
    proxies_filtered_group_id: str,
    *,
    expect_status: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}/health".format(
            proxies_filtered_group_id=path_param(proxies_filtered_group_id, "proxies_filtered_group_id"),
        ),
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProxiesFilteredGroupHealth | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProxiesFilteredGroupHealth]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    proxies_filtered_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    expect_status: str | Unset = UNSET,
) -> Response[ProxiesFilteredGroupHealth]:
    """Get health for a filtered group of proxies

     Get the health status of a filtered group of proxies.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        expect_status (str | Unset): The expected status

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxiesFilteredGroupHealth]
    """

    kwargs = _get_kwargs(
        proxies_filtered_group_id=proxies_filtered_group_id,
        expect_status=expect_status,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    proxies_filtered_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    expect_status: str | Unset = UNSET,
) -> ProxiesFilteredGroupHealth | None:
    """Get health for a filtered group of proxies

     Get the health status of a filtered group of proxies.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        expect_status (str | Unset): The expected status

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxiesFilteredGroupHealth
    """

    return sync_detailed(
        proxies_filtered_group_id=proxies_filtered_group_id,
        client=client,
        expect_status=expect_status,
    ).parsed


async def asyncio_detailed(
    proxies_filtered_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    expect_status: str | Unset = UNSET,
) -> Response[ProxiesFilteredGroupHealth]:
    """Get health for a filtered group of proxies

     Get the health status of a filtered group of proxies.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        expect_status (str | Unset): The expected status

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxiesFilteredGroupHealth]
    """

    kwargs = _get_kwargs(
        proxies_filtered_group_id=proxies_filtered_group_id,
        expect_status=expect_status,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    proxies_filtered_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    expect_status: str | Unset = UNSET,
) -> ProxiesFilteredGroupHealth | None:
    """Get health for a filtered group of proxies

     Get the health status of a filtered group of proxies.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        expect_status (str | Unset): The expected status

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxiesFilteredGroupHealth
    """

    return (
        await asyncio_detailed(
            proxies_filtered_group_id=proxies_filtered_group_id,
            client=client,
            expect_status=expect_status,
        )
    ).parsed
