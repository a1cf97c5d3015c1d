"""Set runner roles: `PUT /platform/infrastructure/runners/{runner_id}/roles`."""

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
    from ...models.runner_roles_info import RunnerRolesInfo

OPERATION_ID = "set_runner_roles"
METHOD = "PUT"
PATH = "/platform/infrastructure/runners/{runner_id}/roles"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("RunnerRolesInfo"),
    400: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    runner_id: str,
    *,
    body: RunnerRolesInfo,
    bless: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/runners/{runner_id}/roles".format(
            runner_id=path_param(runner_id, "runner_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "bless": bless,
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
) -> RunnerRolesInfo | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RunnerRolesInfo | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunnerRolesInfo,
    bless: bool | Unset = UNSET,
) -> Response[RunnerRolesInfo | BasicFailedReply]:
    """Set runner roles

     Set runner roles.

    Args:
        runner_id (str): The identifier for the runner
        bless (bool | Unset): Assigns the runner to the roles.
        body (RunnerRolesInfo): A list of runner roles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunnerRolesInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        runner_id=runner_id,
        body=body,
        bless=bless,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunnerRolesInfo,
    bless: bool | Unset = UNSET,
) -> RunnerRolesInfo | BasicFailedReply | None:
    """Set runner roles

     Set runner roles.

    Args:
        runner_id (str): The identifier for the runner
        bless (bool | Unset): Assigns the runner to the roles.
        body (RunnerRolesInfo): A list of runner roles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunnerRolesInfo | BasicFailedReply
    """

    return sync_detailed(
        runner_id=runner_id,
        client=client,
        body=body,
        bless=bless,
    ).parsed


async def asyncio_detailed(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunnerRolesInfo,
    bless: bool | Unset = UNSET,
) -> Response[RunnerRolesInfo | BasicFailedReply]:
    """Set runner roles

     Set runner roles.

    Args:
        runner_id (str): The identifier for the runner
        bless (bool | Unset): Assigns the runner to the roles.
        body (RunnerRolesInfo): A list of runner roles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunnerRolesInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        runner_id=runner_id,
        body=body,
        bless=bless,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunnerRolesInfo,
    bless: bool | Unset = UNSET,
) -> RunnerRolesInfo | BasicFailedReply | None:
    """Set runner roles

     Set runner roles.

    Args:
        runner_id (str): The identifier for the runner
        bless (bool | Unset): Assigns the runner to the roles.
        body (RunnerRolesInfo): A list of runner roles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunnerRolesInfo | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            runner_id=runner_id,
            client=client,
            body=body,
            bless=bless,
        )
    ).parsed
