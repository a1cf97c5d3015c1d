"""List Comments: `GET /comments/{resource_type}/{resource_id}`."""

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
    from ...models.comments_with_metas import CommentsWithMetas

OPERATION_ID = "list_comment"
METHOD = "GET"
PATH = "/comments/{resource_type}/{resource_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("CommentsWithMetas"),
}


def _get_kwargs(
    resource_type: str,
    resource_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/comments/{resource_type}/{resource_id}".format(
            resource_type=path_param(resource_type, "resource_type"),
            resource_id=path_param(resource_id, "resource_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommentsWithMetas | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CommentsWithMetas]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_type: str,
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommentsWithMetas]:
    """List Comments

     Retrieves all the comments for a given Resource, in reverse modified time order.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentsWithMetas]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    resource_type: str,
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommentsWithMetas | None:
    """List Comments

     Retrieves all the comments for a given Resource, in reverse modified time order.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentsWithMetas
    """

    return sync_detailed(
        resource_type=resource_type,
        resource_id=resource_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    resource_type: str,
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommentsWithMetas]:
    """List Comments

     Retrieves all the comments for a given Resource, in reverse modified time order.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentsWithMetas]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    resource_type: str,
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommentsWithMetas | None:
    """List Comments

     Retrieves all the comments for a given Resource, in reverse modified time order.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentsWithMetas
    """

    return (
        await asyncio_detailed(
            resource_type=resource_type,
            resource_id=resource_id,
            client=client,
        )
    ).parsed
