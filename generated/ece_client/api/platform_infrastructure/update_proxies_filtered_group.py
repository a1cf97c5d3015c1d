"""Update filtered group of proxies: `PUT /platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.proxies_filtered_group import ProxiesFilteredGroup

OPERATION_ID = "update_proxies_filtered_group"
METHOD = "PUT"
PATH = "/platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ProxiesFilteredGroup"),
    400: model("BasicFailedReply"),
    409: model("BasicFailedReply"),
}


def _get_kwargs(
    proxies_filtered_group_id: str,
    *,
    body: ProxiesFilteredGroup,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}".format(
            proxies_filtered_group_id=path_param(proxies_filtered_group_id, "proxies_filtered_group_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
        }
    )
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProxiesFilteredGroup | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProxiesFilteredGroup | BasicFailedReply]:
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
    body: ProxiesFilteredGroup,
    version: str | Unset = UNSET,
) -> Response[ProxiesFilteredGroup | BasicFailedReply]:
    """Update filtered group of proxies

     Update the settings for a filtered group of proxies.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (ProxiesFilteredGroup): A set of proxy filters with an expected number of matching
            proxies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxiesFilteredGroup | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        proxies_filtered_group_id=proxies_filtered_group_id,
        body=body,
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    proxies_filtered_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProxiesFilteredGroup,
    version: str | Unset = UNSET,
) -> ProxiesFilteredGroup | BasicFailedReply | None:
    """Update filtered group of proxies

     Update the settings for a filtered group of proxies.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (ProxiesFilteredGroup): A set of proxy filters with an expected number of matching
            proxies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxiesFilteredGroup | BasicFailedReply
    """

    return sync_detailed(
        proxies_filtered_group_id=proxies_filtered_group_id,
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    proxies_filtered_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProxiesFilteredGroup,
    version: str | Unset = UNSET,
) -> Response[ProxiesFilteredGroup | BasicFailedReply]:
    """Update filtered group of proxies

     Update the settings for a filtered group of proxies.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (ProxiesFilteredGroup): A set of proxy filters with an expected number of matching
            proxies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxiesFilteredGroup | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        proxies_filtered_group_id=proxies_filtered_group_id,
        body=body,
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    proxies_filtered_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProxiesFilteredGroup,
    version: str | Unset = UNSET,
) -> ProxiesFilteredGroup | BasicFailedReply | None:
    """Update filtered group of proxies

     Update the settings for a filtered group of proxies.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (ProxiesFilteredGroup): A set of proxy filters with an expected number of matching
            proxies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxiesFilteredGroup | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            proxies_filtered_group_id=proxies_filtered_group_id,
            client=client,
            body=body,
            version=version,
        )
    ).parsed
