"""Update allocator logging settings: `PATCH /platform/infrastructure/allocators/{allocator_id}/logging_settings`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    free_json_body,
    parse_documented,
    path_param,
)
from ..._model import model
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.logging_settings import LoggingSettings

OPERATION_ID = "update_allocator_logging_settings"
METHOD = "PATCH"
PATH = "/platform/infrastructure/allocators/{allocator_id}/logging_settings"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("LoggingSettings"),
    400: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    allocator_id: str,
    *,
    body: Any,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/allocators/{allocator_id}/logging_settings".format(
            allocator_id=path_param(allocator_id, "allocator_id"),
        ),
    }
    headers: dict[str, str] = {}
    _kwargs.update(free_json_body(body))  # free-form: a str is JSON text, sent as is
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoggingSettings | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LoggingSettings | BasicFailedReply]:
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
) -> Response[LoggingSettings | BasicFailedReply]:
    """Update allocator logging settings

     All changes in the specified object are applied to the logging settings for this allocator instance
    according to the JSON Merge Patch processing rules. Omitting existing fields causes the same values
    to be reapplied. Specifying a `null` value reverts the field to the default value, or removes the
    field when no default value exists.

    Args:
        allocator_id (str): The allocator identifier.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoggingSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        allocator_id=allocator_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    allocator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> LoggingSettings | BasicFailedReply | None:
    """Update allocator logging settings

     All changes in the specified object are applied to the logging settings for this allocator instance
    according to the JSON Merge Patch processing rules. Omitting existing fields causes the same values
    to be reapplied. Specifying a `null` value reverts the field to the default value, or removes the
    field when no default value exists.

    Args:
        allocator_id (str): The allocator identifier.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoggingSettings | BasicFailedReply
    """

    return sync_detailed(
        allocator_id=allocator_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    allocator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[LoggingSettings | BasicFailedReply]:
    """Update allocator logging settings

     All changes in the specified object are applied to the logging settings for this allocator instance
    according to the JSON Merge Patch processing rules. Omitting existing fields causes the same values
    to be reapplied. Specifying a `null` value reverts the field to the default value, or removes the
    field when no default value exists.

    Args:
        allocator_id (str): The allocator identifier.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoggingSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        allocator_id=allocator_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    allocator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> LoggingSettings | BasicFailedReply | None:
    """Update allocator logging settings

     All changes in the specified object are applied to the logging settings for this allocator instance
    according to the JSON Merge Patch processing rules. Omitting existing fields causes the same values
    to be reapplied. Specifying a `null` value reverts the field to the default value, or removes the
    field when no default value exists.

    Args:
        allocator_id (str): The allocator identifier.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoggingSettings | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            allocator_id=allocator_id,
            client=client,
            body=body,
        )
    ).parsed
