"""Create organization invitations: `POST /organizations/{organization_id}/invitations`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
    path_param,
)
from ..._model import model
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.organization_invitation_request import OrganizationInvitationRequest
    from ...models.organization_invitations import OrganizationInvitations

OPERATION_ID = "create_organization_invitations"
METHOD = "POST"
PATH = "/organizations/{organization_id}/invitations"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    201: model("OrganizationInvitations"),
    400: model("BasicFailedReply"),
    403: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    429: model("BasicFailedReply"),
}


def _get_kwargs(
    organization_id: str,
    *,
    body: OrganizationInvitationRequest,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/organizations/{organization_id}/invitations".format(
            organization_id=path_param(organization_id, "organization_id"),
        ),
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganizationInvitations | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrganizationInvitations | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationInvitationRequest,
) -> Response[OrganizationInvitations | BasicFailedReply]:
    """Create organization invitations

     Creates or refreshes organization invitations. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        body (OrganizationInvitationRequest): A request to create one or more invitations to an
            organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationInvitations | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationInvitationRequest,
) -> OrganizationInvitations | BasicFailedReply | None:
    """Create organization invitations

     Creates or refreshes organization invitations. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        body (OrganizationInvitationRequest): A request to create one or more invitations to an
            organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationInvitations | BasicFailedReply
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationInvitationRequest,
) -> Response[OrganizationInvitations | BasicFailedReply]:
    """Create organization invitations

     Creates or refreshes organization invitations. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        body (OrganizationInvitationRequest): A request to create one or more invitations to an
            organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationInvitations | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationInvitationRequest,
) -> OrganizationInvitations | BasicFailedReply | None:
    """Create organization invitations

     Creates or refreshes organization invitations. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        body (OrganizationInvitationRequest): A request to create one or more invitations to an
            organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationInvitations | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            body=body,
        )
    ).parsed
