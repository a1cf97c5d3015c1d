"""Stop maintenance mode: `POST /platform/infrastructure/constructors/{constructor_id}/maintenance-mode/_stop`."""

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
    from ...models.empty_response import EmptyResponse

OPERATION_ID = "stop_constructor_maintenance_mode"
METHOD = "POST"
PATH = "/platform/infrastructure/constructors/{constructor_id}/maintenance-mode/_stop"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("EmptyResponse"),
    403: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    constructor_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/constructors/{constructor_id}/maintenance-mode/_stop".format(
            constructor_id=path_param(constructor_id, "constructor_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    constructor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Stop maintenance mode

     Stop maintenance mode of a constructor. It will resume the construction of submitted plans.

    Args:
        constructor_id (str): Identifier for the constructor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        constructor_id=constructor_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    constructor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmptyResponse | BasicFailedReply | None:
    """Stop maintenance mode

     Stop maintenance mode of a constructor. It will resume the construction of submitted plans.

    Args:
        constructor_id (str): Identifier for the constructor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        constructor_id=constructor_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    constructor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Stop maintenance mode

     Stop maintenance mode of a constructor. It will resume the construction of submitted plans.

    Args:
        constructor_id (str): Identifier for the constructor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        constructor_id=constructor_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    constructor_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmptyResponse | BasicFailedReply | None:
    """Stop maintenance mode

     Stop maintenance mode of a constructor. It will resume the construction of submitted plans.

    Args:
        constructor_id (str): Identifier for the constructor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            constructor_id=constructor_id,
            client=client,
        )
    ).parsed
