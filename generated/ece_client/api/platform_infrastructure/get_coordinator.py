"""Get a coordinator: `GET /platform/infrastructure/coordinators/{coordinator_id}`."""

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
    from ...models.coordinator_summary import CoordinatorSummary

OPERATION_ID = "get_coordinator"
METHOD = "GET"
PATH = "/platform/infrastructure/coordinators/{coordinator_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("CoordinatorSummary"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    coordinator_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/coordinators/{coordinator_id}".format(
            coordinator_id=path_param(coordinator_id, "coordinator_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoordinatorSummary | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoordinatorSummary | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    coordinator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CoordinatorSummary | BasicFailedReply]:
    """Get a coordinator

     Retrieve overview of a single coordinator.

    Args:
        coordinator_id (str): The identifier for the coordinator

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoordinatorSummary | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        coordinator_id=coordinator_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    coordinator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CoordinatorSummary | BasicFailedReply | None:
    """Get a coordinator

     Retrieve overview of a single coordinator.

    Args:
        coordinator_id (str): The identifier for the coordinator

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoordinatorSummary | BasicFailedReply
    """

    return sync_detailed(
        coordinator_id=coordinator_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    coordinator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CoordinatorSummary | BasicFailedReply]:
    """Get a coordinator

     Retrieve overview of a single coordinator.

    Args:
        coordinator_id (str): The identifier for the coordinator

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoordinatorSummary | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        coordinator_id=coordinator_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    coordinator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CoordinatorSummary | BasicFailedReply | None:
    """Get a coordinator

     Retrieve overview of a single coordinator.

    Args:
        coordinator_id (str): The identifier for the coordinator

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoordinatorSummary | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            coordinator_id=coordinator_id,
            client=client,
        )
    ).parsed
