"""Update organization: `PUT /organizations/{organization_id}`."""

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
    from ...models.organization import Organization
    from ...models.organization_request import OrganizationRequest

OPERATION_ID = "update_organization"
METHOD = "PUT"
PATH = "/organizations/{organization_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("Organization"),
    400: model("BasicFailedReply"),
    401: model("BasicFailedReply"),
    403: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    organization_id: str,
    *,
    body: OrganizationRequest,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/organizations/{organization_id}".format(
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
) -> Organization | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Organization | BasicFailedReply]:
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
    body: OrganizationRequest,
) -> Response[Organization | BasicFailedReply]:
    """Update organization

     > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version.

    Updates an existing organization. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        body (OrganizationRequest): A request to create or update an organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Organization | BasicFailedReply]
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
    body: OrganizationRequest,
) -> Organization | BasicFailedReply | None:
    """Update organization

     > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version.

    Updates an existing organization. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        body (OrganizationRequest): A request to create or update an organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Organization | BasicFailedReply
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
    body: OrganizationRequest,
) -> Response[Organization | BasicFailedReply]:
    """Update organization

     > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version.

    Updates an existing organization. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        body (OrganizationRequest): A request to create or update an organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Organization | BasicFailedReply]
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
    body: OrganizationRequest,
) -> Organization | BasicFailedReply | None:
    """Update organization

     > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version.

    Updates an existing organization. Currently unavailable in self-hosted ECE.

    Args:
        organization_id (str): Identifier for the Organization
        body (OrganizationRequest): A request to create or update an organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Organization | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            body=body,
        )
    ).parsed
