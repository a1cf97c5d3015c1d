"""Get Comment: `GET /comments/{resource_type}/{resource_id}/{comment_id}`."""

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
    from ...models.comment import Comment

OPERATION_ID = "get_comment"
METHOD = "GET"
PATH = "/comments/{resource_type}/{resource_id}/{comment_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("Comment"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    resource_type: str,
    resource_id: str,
    comment_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/comments/{resource_type}/{resource_id}/{comment_id}".format(
            resource_type=path_param(resource_type, "resource_type"),
            resource_id=path_param(resource_id, "resource_id"),
            comment_id=path_param(comment_id, "comment_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Comment | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Comment | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_type: str,
    resource_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Comment | BasicFailedReply]:
    """Get Comment

     Retrieves a Comment.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.
        comment_id (str): Id of a Comment

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comment | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        comment_id=comment_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    resource_type: str,
    resource_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Comment | BasicFailedReply | None:
    """Get Comment

     Retrieves a Comment.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.
        comment_id (str): Id of a Comment

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comment | BasicFailedReply
    """

    return sync_detailed(
        resource_type=resource_type,
        resource_id=resource_id,
        comment_id=comment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    resource_type: str,
    resource_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Comment | BasicFailedReply]:
    """Get Comment

     Retrieves a Comment.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.
        comment_id (str): Id of a Comment

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comment | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        comment_id=comment_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    resource_type: str,
    resource_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Comment | BasicFailedReply | None:
    """Get Comment

     Retrieves a Comment.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.
        comment_id (str): Id of a Comment

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comment | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            resource_type=resource_type,
            resource_id=resource_id,
            comment_id=comment_id,
            client=client,
        )
    ).parsed
