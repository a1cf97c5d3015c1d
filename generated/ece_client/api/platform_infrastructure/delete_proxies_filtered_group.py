"""Delete filtered group of proxies: `DELETE /platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}`."""

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
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.empty_response import EmptyResponse

OPERATION_ID = "delete_proxies_filtered_group"
METHOD = "DELETE"
PATH = "/platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse"),
    404: model("BasicFailedReply"),
    409: model("BasicFailedReply"),
}


def _get_kwargs(
    proxies_filtered_group_id: str,
    *,
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
    proxies_filtered_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete filtered group of proxies

     Deletes a filtered group of proxies by ID.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        proxies_filtered_group_id=proxies_filtered_group_id,
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    proxies_filtered_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete filtered group of proxies

     Deletes a filtered group of proxies by ID.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        proxies_filtered_group_id=proxies_filtered_group_id,
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    proxies_filtered_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete filtered group of proxies

     Deletes a filtered group of proxies by ID.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        proxies_filtered_group_id=proxies_filtered_group_id,
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    proxies_filtered_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete filtered group of proxies

     Deletes a filtered group of proxies by ID.

    Args:
        proxies_filtered_group_id (str): "The identifier for the filtered group of proxies
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            proxies_filtered_group_id=proxies_filtered_group_id,
            client=client,
            version=version,
        )
    ).parsed
