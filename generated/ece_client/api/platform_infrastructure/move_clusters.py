"""Move clusters: `POST /platform/infrastructure/allocators/{allocator_id}/clusters/_move`."""

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
    from ...models.move_clusters_command_response import MoveClustersCommandResponse
    from ...models.move_clusters_request import MoveClustersRequest

OPERATION_ID = "move_clusters"
METHOD = "POST"
PATH = "/platform/infrastructure/allocators/{allocator_id}/clusters/_move"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("MoveClustersCommandResponse"),
    400: model("BasicFailedReply"),
    403: model("BasicFailedReply"),
}


def _get_kwargs(
    allocator_id: str,
    *,
    body: MoveClustersRequest | Unset = UNSET,
    force_update: bool | Unset = UNSET,
    move_only: bool | Unset = UNSET,
    force_move: bool | Unset = UNSET,
    allocator_down: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/allocators/{allocator_id}/clusters/_move".format(
            allocator_id=path_param(allocator_id, "allocator_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "force_update": force_update,
            "move_only": move_only,
            "force_move": force_move,
            "allocator_down": allocator_down,
            "validate_only": validate_only,
        }
    )
    headers: dict[str, str] = {}
    if body is not UNSET:
        _kwargs["content"] = json_content(body)
        headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MoveClustersCommandResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MoveClustersCommandResponse | BasicFailedReply]:
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
    body: MoveClustersRequest | Unset = UNSET,
    force_update: bool | Unset = UNSET,
    move_only: bool | Unset = UNSET,
    force_move: bool | Unset = UNSET,
    allocator_down: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
) -> Response[MoveClustersCommandResponse | BasicFailedReply]:
    """Move clusters

     Moves the clusters to a different allocator.

    Args:
        allocator_id (str): The allocator identifier.
        force_update (bool | Unset): When `true`, cancels and overwrites the pending plans, or
            treats the instance as an error. Default: False.
        move_only (bool | Unset): When `true`, moves the specified instances and ignores the
            changes for the cluster state. Default: True.
        force_move (bool | Unset): When `true`, execute a primitive vacate by moving data at file-
            system level, and recreating instances on the target allocator(s). Default: False.
        allocator_down (bool | Unset): When `true`, considers all instances on the allocator as
            permanently shut down when deciding how to migrate data to new nodes.When left blank, the
            system automatically decides. NOTE: The default treats the allocator as up.
        validate_only (bool | Unset): When `true`, validates the plan overrides, then returns the
            plan without performing the move. Default: False.
        body (MoveClustersRequest | Unset): The request for moving Elasticsearch clusters off an
            allocator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MoveClustersCommandResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        allocator_id=allocator_id,
        body=body,
        force_update=force_update,
        move_only=move_only,
        force_move=force_move,
        allocator_down=allocator_down,
        validate_only=validate_only,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    allocator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MoveClustersRequest | Unset = UNSET,
    force_update: bool | Unset = UNSET,
    move_only: bool | Unset = UNSET,
    force_move: bool | Unset = UNSET,
    allocator_down: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
) -> MoveClustersCommandResponse | BasicFailedReply | None:
    """Move clusters

     Moves the clusters to a different allocator.

    Args:
        allocator_id (str): The allocator identifier.
        force_update (bool | Unset): When `true`, cancels and overwrites the pending plans, or
            treats the instance as an error. Default: False.
        move_only (bool | Unset): When `true`, moves the specified instances and ignores the
            changes for the cluster state. Default: True.
        force_move (bool | Unset): When `true`, execute a primitive vacate by moving data at file-
            system level, and recreating instances on the target allocator(s). Default: False.
        allocator_down (bool | Unset): When `true`, considers all instances on the allocator as
            permanently shut down when deciding how to migrate data to new nodes.When left blank, the
            system automatically decides. NOTE: The default treats the allocator as up.
        validate_only (bool | Unset): When `true`, validates the plan overrides, then returns the
            plan without performing the move. Default: False.
        body (MoveClustersRequest | Unset): The request for moving Elasticsearch clusters off an
            allocator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MoveClustersCommandResponse | BasicFailedReply
    """

    return sync_detailed(
        allocator_id=allocator_id,
        client=client,
        body=body,
        force_update=force_update,
        move_only=move_only,
        force_move=force_move,
        allocator_down=allocator_down,
        validate_only=validate_only,
    ).parsed


async def asyncio_detailed(
    allocator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MoveClustersRequest | Unset = UNSET,
    force_update: bool | Unset = UNSET,
    move_only: bool | Unset = UNSET,
    force_move: bool | Unset = UNSET,
    allocator_down: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
) -> Response[MoveClustersCommandResponse | BasicFailedReply]:
    """Move clusters

     Moves the clusters to a different allocator.

    Args:
        allocator_id (str): The allocator identifier.
        force_update (bool | Unset): When `true`, cancels and overwrites the pending plans, or
            treats the instance as an error. Default: False.
        move_only (bool | Unset): When `true`, moves the specified instances and ignores the
            changes for the cluster state. Default: True.
        force_move (bool | Unset): When `true`, execute a primitive vacate by moving data at file-
            system level, and recreating instances on the target allocator(s). Default: False.
        allocator_down (bool | Unset): When `true`, considers all instances on the allocator as
            permanently shut down when deciding how to migrate data to new nodes.When left blank, the
            system automatically decides. NOTE: The default treats the allocator as up.
        validate_only (bool | Unset): When `true`, validates the plan overrides, then returns the
            plan without performing the move. Default: False.
        body (MoveClustersRequest | Unset): The request for moving Elasticsearch clusters off an
            allocator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MoveClustersCommandResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        allocator_id=allocator_id,
        body=body,
        force_update=force_update,
        move_only=move_only,
        force_move=force_move,
        allocator_down=allocator_down,
        validate_only=validate_only,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    allocator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MoveClustersRequest | Unset = UNSET,
    force_update: bool | Unset = UNSET,
    move_only: bool | Unset = UNSET,
    force_move: bool | Unset = UNSET,
    allocator_down: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
) -> MoveClustersCommandResponse | BasicFailedReply | None:
    """Move clusters

     Moves the clusters to a different allocator.

    Args:
        allocator_id (str): The allocator identifier.
        force_update (bool | Unset): When `true`, cancels and overwrites the pending plans, or
            treats the instance as an error. Default: False.
        move_only (bool | Unset): When `true`, moves the specified instances and ignores the
            changes for the cluster state. Default: True.
        force_move (bool | Unset): When `true`, execute a primitive vacate by moving data at file-
            system level, and recreating instances on the target allocator(s). Default: False.
        allocator_down (bool | Unset): When `true`, considers all instances on the allocator as
            permanently shut down when deciding how to migrate data to new nodes.When left blank, the
            system automatically decides. NOTE: The default treats the allocator as up.
        validate_only (bool | Unset): When `true`, validates the plan overrides, then returns the
            plan without performing the move. Default: False.
        body (MoveClustersRequest | Unset): The request for moving Elasticsearch clusters off an
            allocator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MoveClustersCommandResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            allocator_id=allocator_id,
            client=client,
            body=body,
            force_update=force_update,
            move_only=move_only,
            force_move=force_move,
            allocator_down=allocator_down,
            validate_only=validate_only,
        )
    ).parsed
