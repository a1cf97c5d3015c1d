"""Promote a coordinator candidate: `POST /platform/infrastructure/coordinators/candidates/{coordinator_candidate_id}/_promote`."""

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
    from ...models.coordinator_candidate_info import CoordinatorCandidateInfo

OPERATION_ID = "promote_coordinator_candidate"
METHOD = "POST"
PATH = "/platform/infrastructure/coordinators/candidates/{coordinator_candidate_id}/_promote"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("CoordinatorCandidateInfo"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    coordinator_candidate_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/coordinators/candidates/{coordinator_candidate_id}/_promote".format(
            coordinator_candidate_id=path_param(coordinator_candidate_id, "coordinator_candidate_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoordinatorCandidateInfo | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CoordinatorCandidateInfo | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    coordinator_candidate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CoordinatorCandidateInfo | BasicFailedReply]:
    """Promote a coordinator candidate

     Promotes a coordinator candidate.

    Args:
        coordinator_candidate_id (str): The identifier for the coordinator candidate

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoordinatorCandidateInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        coordinator_candidate_id=coordinator_candidate_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    coordinator_candidate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CoordinatorCandidateInfo | BasicFailedReply | None:
    """Promote a coordinator candidate

     Promotes a coordinator candidate.

    Args:
        coordinator_candidate_id (str): The identifier for the coordinator candidate

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoordinatorCandidateInfo | BasicFailedReply
    """

    return sync_detailed(
        coordinator_candidate_id=coordinator_candidate_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    coordinator_candidate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CoordinatorCandidateInfo | BasicFailedReply]:
    """Promote a coordinator candidate

     Promotes a coordinator candidate.

    Args:
        coordinator_candidate_id (str): The identifier for the coordinator candidate

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoordinatorCandidateInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        coordinator_candidate_id=coordinator_candidate_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    coordinator_candidate_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CoordinatorCandidateInfo | BasicFailedReply | None:
    """Promote a coordinator candidate

     Promotes a coordinator candidate.

    Args:
        coordinator_candidate_id (str): The identifier for the coordinator candidate

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoordinatorCandidateInfo | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            coordinator_candidate_id=coordinator_candidate_id,
            client=client,
        )
    ).parsed
