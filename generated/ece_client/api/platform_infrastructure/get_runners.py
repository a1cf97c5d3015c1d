"""Get runners: `GET /platform/infrastructure/runners`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.runner_overview import RunnerOverview

OPERATION_ID = "get_runners"
METHOD = "GET"
PATH = "/platform/infrastructure/runners"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("RunnerOverview"),
}


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "q": q,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RunnerOverview | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[RunnerOverview]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
) -> Response[RunnerOverview]:
    """Get runners

     Retrieves an overview of all runners.

    Args:
        q (str | Unset): An optional query to filter runners by. Maps to an Elasticsearch
            query_string query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunnerOverview]
    """

    kwargs = _get_kwargs(
        q=q,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
) -> RunnerOverview | None:
    """Get runners

     Retrieves an overview of all runners.

    Args:
        q (str | Unset): An optional query to filter runners by. Maps to an Elasticsearch
            query_string query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunnerOverview
    """

    return sync_detailed(
        client=client,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
) -> Response[RunnerOverview]:
    """Get runners

     Retrieves an overview of all runners.

    Args:
        q (str | Unset): An optional query to filter runners by. Maps to an Elasticsearch
            query_string query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunnerOverview]
    """

    kwargs = _get_kwargs(
        q=q,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
) -> RunnerOverview | None:
    """Get runners

     Retrieves an overview of all runners.

    Args:
        q (str | Unset): An optional query to filter runners by. Maps to an Elasticsearch
            query_string query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunnerOverview
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
        )
    ).parsed
