"""Delete organization invitations: `DELETE /organizations/{organization_id}/invitations/{invitation_tokens}`."""

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

OPERATION_ID = "delete_organization_invitations"
METHOD = "DELETE"
PATH = "/organizations/{organization_id}/invitations/{invitation_tokens}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse"),
    400: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    organization_id: str,
    invitation_tokens: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/organizations/{organization_id}/invitations/{invitation_tokens}".format(
            organization_id=path_param(organization_id, "organization_id"),
            invitation_tokens=path_param(invitation_tokens, "invitation_tokens"),
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
    organization_id: str,
    invitation_tokens: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete organization invitations

     Deletes one or more organization invitations. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        invitation_tokens (str): CSV list of Invitation tokens

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        invitation_tokens=invitation_tokens,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    invitation_tokens: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete organization invitations

     Deletes one or more organization invitations. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        invitation_tokens (str): CSV list of Invitation tokens

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        organization_id=organization_id,
        invitation_tokens=invitation_tokens,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    invitation_tokens: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete organization invitations

     Deletes one or more organization invitations. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        invitation_tokens (str): CSV list of Invitation tokens

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        invitation_tokens=invitation_tokens,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    invitation_tokens: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete organization invitations

     Deletes one or more organization invitations. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        invitation_tokens (str): CSV list of Invitation tokens

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            invitation_tokens=invitation_tokens,
            client=client,
        )
    ).parsed
