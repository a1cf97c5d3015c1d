"""Accept an organization invitation: `POST /organizations/invitations/{invitation_token}/_accept`."""

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

OPERATION_ID = "accept_organization_invitation"
METHOD = "POST"
PATH = "/organizations/invitations/{invitation_token}/_accept"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse"),
    400: model("BasicFailedReply"),
    403: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    invitation_token: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/organizations/invitations/{invitation_token}/_accept".format(
            invitation_token=path_param(invitation_token, "invitation_token"),
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
    invitation_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Accept an organization invitation

     Accepts an organization invitation. Currently unavailable in self-hosted ECE.

    Args:
        invitation_token (str): Organization invitation token

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        invitation_token=invitation_token,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    invitation_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmptyResponse | BasicFailedReply | None:
    """Accept an organization invitation

     Accepts an organization invitation. Currently unavailable in self-hosted ECE.

    Args:
        invitation_token (str): Organization invitation token

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        invitation_token=invitation_token,
        client=client,
    ).parsed


async def asyncio_detailed(
    invitation_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Accept an organization invitation

     Accepts an organization invitation. Currently unavailable in self-hosted ECE.

    Args:
        invitation_token (str): Organization invitation token

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        invitation_token=invitation_token,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    invitation_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmptyResponse | BasicFailedReply | None:
    """Accept an organization invitation

     Accepts an organization invitation. Currently unavailable in self-hosted ECE.

    Args:
        invitation_token (str): Organization invitation token

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            invitation_token=invitation_token,
            client=client,
        )
    ).parsed
