"""Update Comment: `PUT /comments/{resource_type}/{resource_id}/{comment_id}`."""

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
    from ...models.comment import Comment
    from ...models.comment_update_request import CommentUpdateRequest

OPERATION_ID = "update_comment"
METHOD = "PUT"
PATH = "/comments/{resource_type}/{resource_id}/{comment_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("Comment"),
    401: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    409: model("BasicFailedReply"),
}


def _get_kwargs(
    resource_type: str,
    resource_id: str,
    comment_id: str,
    *,
    body: CommentUpdateRequest,
    version: str | Unset = UNSET,
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
    body: CommentUpdateRequest,
    version: str | Unset = UNSET,
) -> Response[Comment | BasicFailedReply]:
    """Update Comment

     Updates a Comment.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.
        comment_id (str): Id of a Comment
        version (str | Unset): If specified then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
        body (CommentUpdateRequest): A request for updating an existing Comment

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
        body=body,
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    resource_type: str,
    resource_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommentUpdateRequest,
    version: str | Unset = UNSET,
) -> Comment | BasicFailedReply | None:
    """Update Comment

     Updates a Comment.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.
        comment_id (str): Id of a Comment
        version (str | Unset): If specified then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
        body (CommentUpdateRequest): A request for updating an existing Comment

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
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    resource_type: str,
    resource_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommentUpdateRequest,
    version: str | Unset = UNSET,
) -> Response[Comment | BasicFailedReply]:
    """Update Comment

     Updates a Comment.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.
        comment_id (str): Id of a Comment
        version (str | Unset): If specified then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
        body (CommentUpdateRequest): A request for updating an existing Comment

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
        body=body,
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    resource_type: str,
    resource_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommentUpdateRequest,
    version: str | Unset = UNSET,
) -> Comment | BasicFailedReply | None:
    """Update Comment

     Updates a Comment.

    Args:
        resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
            [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
            constructor, runner, proxy].
        resource_id (str): Id of the Resource that a Comment belongs to.
        comment_id (str): Id of a Comment
        version (str | Unset): If specified then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
        body (CommentUpdateRequest): A request for updating an existing Comment

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
            body=body,
            version=version,
        )
    ).parsed
