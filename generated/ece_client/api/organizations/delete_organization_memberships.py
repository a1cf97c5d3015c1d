"""Delete organization memberships: `DELETE /organizations/{organization_id}/members/{user_ids}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
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
    from ...models.empty_response import EmptyResponse

OPERATION_ID = "delete_organization_memberships"
METHOD = "DELETE"
PATH = "/organizations/{organization_id}/members/{user_ids}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    organization_id: str,
    user_ids: str,
    *,
    force: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/organizations/{organization_id}/members/{user_ids}".format(
            organization_id=path_param(organization_id, "organization_id"),
            user_ids=path_param(user_ids, "user_ids"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "force": force,
        }
    )
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
    user_ids: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete organization memberships

     Deletes one or more organization memberships. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        user_ids (str): CSV list of User identifiers
        force (bool | Unset): Whether or not to force the removal of Org memberships (effective
            only for Platform Admins) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        user_ids=user_ids,
        force=force,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    user_ids: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete organization memberships

     Deletes one or more organization memberships. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        user_ids (str): CSV list of User identifiers
        force (bool | Unset): Whether or not to force the removal of Org memberships (effective
            only for Platform Admins) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        organization_id=organization_id,
        user_ids=user_ids,
        client=client,
        force=force,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    user_ids: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete organization memberships

     Deletes one or more organization memberships. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        user_ids (str): CSV list of User identifiers
        force (bool | Unset): Whether or not to force the removal of Org memberships (effective
            only for Platform Admins) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        user_ids=user_ids,
        force=force,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    user_ids: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete organization memberships

     Deletes one or more organization memberships. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        user_ids (str): CSV list of User identifiers
        force (bool | Unset): Whether or not to force the removal of Org memberships (effective
            only for Platform Admins) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            user_ids=user_ids,
            client=client,
            force=force,
        )
    ).parsed
