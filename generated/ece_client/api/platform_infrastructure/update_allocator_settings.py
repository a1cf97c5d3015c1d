"""Update allocator settings: `PATCH /platform/infrastructure/allocators/{allocator_id}/settings`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    free_json_body,
    parse_documented,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.allocator_settings import AllocatorSettings
    from ...models.basic_failed_reply import BasicFailedReply

OPERATION_ID = "update_allocator_settings"
METHOD = "PATCH"
PATH = "/platform/infrastructure/allocators/{allocator_id}/settings"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("AllocatorSettings"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    allocator_id: str,
    *,
    body: Any,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/allocators/{allocator_id}/settings".format(
            allocator_id=path_param(allocator_id, "allocator_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
        }
    )
    headers: dict[str, str] = {}
    _kwargs.update(free_json_body(body))  # free-form: a str is JSON text, sent as is
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AllocatorSettings | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AllocatorSettings | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    allocator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> Response[AllocatorSettings | BasicFailedReply]:
    """Update allocator settings

     Applies the settings as a patch. Only the fields that are referenced in the update are altered.

    Args:
        allocator_id (str): The allocator identifier.
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocatorSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        allocator_id=allocator_id,
        body=body,
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    allocator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> AllocatorSettings | BasicFailedReply | None:
    """Update allocator settings

     Applies the settings as a patch. Only the fields that are referenced in the update are altered.

    Args:
        allocator_id (str): The allocator identifier.
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocatorSettings | BasicFailedReply
    """

    return sync_detailed(
        allocator_id=allocator_id,
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    allocator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> Response[AllocatorSettings | BasicFailedReply]:
    """Update allocator settings

     Applies the settings as a patch. Only the fields that are referenced in the update are altered.

    Args:
        allocator_id (str): The allocator identifier.
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocatorSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        allocator_id=allocator_id,
        body=body,
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    allocator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> AllocatorSettings | BasicFailedReply | None:
    """Update allocator settings

     Applies the settings as a patch. Only the fields that are referenced in the update are altered.

    Args:
        allocator_id (str): The allocator identifier.
        version (str | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocatorSettings | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            allocator_id=allocator_id,
            client=client,
            body=body,
            version=version,
        )
    ).parsed
