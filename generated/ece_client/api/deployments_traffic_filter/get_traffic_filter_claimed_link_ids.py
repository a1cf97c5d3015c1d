"""List traffic filter claimed link id: `GET /deployments/traffic-filter/link-ids`."""

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
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.traffic_filter_claimed_link_ids import TrafficFilterClaimedLinkIds

OPERATION_ID = "get_traffic_filter_claimed_link_ids"
METHOD = "GET"
PATH = "/deployments/traffic-filter/link-ids"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TrafficFilterClaimedLinkIds"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    region: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "region": region,
            "organization_id": organization_id,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TrafficFilterClaimedLinkIds | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TrafficFilterClaimedLinkIds | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    region: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> Response[TrafficFilterClaimedLinkIds | BasicFailedReply]:
    """List traffic filter claimed link id

     List all of the traffic filter claimed link id.

    Args:
        region (str | Unset): If provided limits the claimed id to that region only.
        organization_id (str | Unset): Retrieves a list of resources that are associated to the
            specified organization ID. It only takes effect if the user is an admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrafficFilterClaimedLinkIds | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        region=region,
        organization_id=organization_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    region: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> TrafficFilterClaimedLinkIds | BasicFailedReply | None:
    """List traffic filter claimed link id

     List all of the traffic filter claimed link id.

    Args:
        region (str | Unset): If provided limits the claimed id to that region only.
        organization_id (str | Unset): Retrieves a list of resources that are associated to the
            specified organization ID. It only takes effect if the user is an admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrafficFilterClaimedLinkIds | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        region=region,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    region: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> Response[TrafficFilterClaimedLinkIds | BasicFailedReply]:
    """List traffic filter claimed link id

     List all of the traffic filter claimed link id.

    Args:
        region (str | Unset): If provided limits the claimed id to that region only.
        organization_id (str | Unset): Retrieves a list of resources that are associated to the
            specified organization ID. It only takes effect if the user is an admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrafficFilterClaimedLinkIds | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        region=region,
        organization_id=organization_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    region: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> TrafficFilterClaimedLinkIds | BasicFailedReply | None:
    """List traffic filter claimed link id

     List all of the traffic filter claimed link id.

    Args:
        region (str | Unset): If provided limits the claimed id to that region only.
        organization_id (str | Unset): Retrieves a list of resources that are associated to the
            specified organization ID. It only takes effect if the user is an admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrafficFilterClaimedLinkIds | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            organization_id=organization_id,
        )
    ).parsed
