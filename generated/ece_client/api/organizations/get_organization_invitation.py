"""Get organization invitation: `GET /organizations/invitations/{invitation_token}`."""

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
    from ...models.organization_invitation import OrganizationInvitation

OPERATION_ID = "get_organization_invitation"
METHOD = "GET"
PATH = "/organizations/invitations/{invitation_token}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("OrganizationInvitation"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    invitation_token: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/organizations/invitations/{invitation_token}".format(
            invitation_token=path_param(invitation_token, "invitation_token"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganizationInvitation | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrganizationInvitation | BasicFailedReply]:
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
) -> Response[OrganizationInvitation | BasicFailedReply]:
    """Get organization invitation

     Gets a single invitation to an organization by token. Currently unavailable in self-hosted ECE.

    Args:
        invitation_token (str): Organization invitation token

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationInvitation | BasicFailedReply]
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
) -> OrganizationInvitation | BasicFailedReply | None:
    """Get organization invitation

     Gets a single invitation to an organization by token. Currently unavailable in self-hosted ECE.

    Args:
        invitation_token (str): Organization invitation token

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationInvitation | BasicFailedReply
    """

    return sync_detailed(
        invitation_token=invitation_token,
        client=client,
    ).parsed


async def asyncio_detailed(
    invitation_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OrganizationInvitation | BasicFailedReply]:
    """Get organization invitation

     Gets a single invitation to an organization by token. Currently unavailable in self-hosted ECE.

    Args:
        invitation_token (str): Organization invitation token

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationInvitation | BasicFailedReply]
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
) -> OrganizationInvitation | BasicFailedReply | None:
    """Get organization invitation

     Gets a single invitation to an organization by token. Currently unavailable in self-hosted ECE.

    Args:
        invitation_token (str): Organization invitation token

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationInvitation | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            invitation_token=invitation_token,
            client=client,
        )
    ).parsed
