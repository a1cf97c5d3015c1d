"""List traffic filter rulesets: `GET /deployments/traffic-filter/rulesets`."""

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
    from ...models.traffic_filter_rulesets import TrafficFilterRulesets

OPERATION_ID = "get_traffic_filter_rulesets"
METHOD = "GET"
PATH = "/deployments/traffic-filter/rulesets"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TrafficFilterRulesets"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    include_associations: bool | Unset = UNSET,
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
            "include_associations": include_associations,
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
) -> TrafficFilterRulesets | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TrafficFilterRulesets | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_associations: bool | Unset = UNSET,
    region: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> Response[TrafficFilterRulesets | BasicFailedReply]:
    """List traffic filter rulesets

     List all of the traffic filter rulesets.

    Args:
        include_associations (bool | Unset): Retrieves a list of resources that are associated to
            the specified ruleset. Default: False.
        region (str | Unset): If provided limits the rulesets to that region only.
        organization_id (str | Unset): Retrieves a list of resources that are associated to the
            specified organization ID. It only takes effect if the user is an admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrafficFilterRulesets | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        include_associations=include_associations,
        region=region,
        organization_id=organization_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_associations: bool | Unset = UNSET,
    region: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> TrafficFilterRulesets | BasicFailedReply | None:
    """List traffic filter rulesets

     List all of the traffic filter rulesets.

    Args:
        include_associations (bool | Unset): Retrieves a list of resources that are associated to
            the specified ruleset. Default: False.
        region (str | Unset): If provided limits the rulesets to that region only.
        organization_id (str | Unset): Retrieves a list of resources that are associated to the
            specified organization ID. It only takes effect if the user is an admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrafficFilterRulesets | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        include_associations=include_associations,
        region=region,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_associations: bool | Unset = UNSET,
    region: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> Response[TrafficFilterRulesets | BasicFailedReply]:
    """List traffic filter rulesets

     List all of the traffic filter rulesets.

    Args:
        include_associations (bool | Unset): Retrieves a list of resources that are associated to
            the specified ruleset. Default: False.
        region (str | Unset): If provided limits the rulesets to that region only.
        organization_id (str | Unset): Retrieves a list of resources that are associated to the
            specified organization ID. It only takes effect if the user is an admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrafficFilterRulesets | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        include_associations=include_associations,
        region=region,
        organization_id=organization_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_associations: bool | Unset = UNSET,
    region: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> TrafficFilterRulesets | BasicFailedReply | None:
    """List traffic filter rulesets

     List all of the traffic filter rulesets.

    Args:
        include_associations (bool | Unset): Retrieves a list of resources that are associated to
            the specified ruleset. Default: False.
        region (str | Unset): If provided limits the rulesets to that region only.
        organization_id (str | Unset): Retrieves a list of resources that are associated to the
            specified organization ID. It only takes effect if the user is an admin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrafficFilterRulesets | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            include_associations=include_associations,
            region=region,
            organization_id=organization_id,
        )
    ).parsed
