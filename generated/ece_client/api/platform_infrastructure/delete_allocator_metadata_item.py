"""Delete allocator metadata item: `DELETE /platform/infrastructure/allocators/{allocator_id}/metadata/{key}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    path_param,
    query_params,
)
from ..._model import list_of, model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.metadata_item import MetadataItem

OPERATION_ID = "delete_allocator_metadata_item"
METHOD = "DELETE"
PATH = "/platform/infrastructure/allocators/{allocator_id}/metadata/{key}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: list_of(model("MetadataItem")),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    allocator_id: str,
    key: str,
    *,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/allocators/{allocator_id}/metadata/{key}".format(
            allocator_id=path_param(allocator_id, "allocator_id"),
            key=path_param(key, "key"),
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
) -> list[MetadataItem] | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[MetadataItem] | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    allocator_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> Response[list[MetadataItem] | BasicFailedReply]:
    """Delete allocator metadata item

     Removes a single item from the allocator metadata.

    Args:
        allocator_id (str): The allocator identifier.
        key (str): The metadata item key.
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[MetadataItem] | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        allocator_id=allocator_id,
        key=key,
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    allocator_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> list[MetadataItem] | BasicFailedReply | None:
    """Delete allocator metadata item

     Removes a single item from the allocator metadata.

    Args:
        allocator_id (str): The allocator identifier.
        key (str): The metadata item key.
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[MetadataItem] | BasicFailedReply
    """

    return sync_detailed(
        allocator_id=allocator_id,
        key=key,
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    allocator_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> Response[list[MetadataItem] | BasicFailedReply]:
    """Delete allocator metadata item

     Removes a single item from the allocator metadata.

    Args:
        allocator_id (str): The allocator identifier.
        key (str): The metadata item key.
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[MetadataItem] | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        allocator_id=allocator_id,
        key=key,
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    allocator_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> list[MetadataItem] | BasicFailedReply | None:
    """Delete allocator metadata item

     Removes a single item from the allocator metadata.

    Args:
        allocator_id (str): The allocator identifier.
        key (str): The metadata item key.
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[MetadataItem] | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            allocator_id=allocator_id,
            key=key,
            client=client,
            version=version,
        )
    ).parsed
