"""Retrieves the ruleset by ID.: `GET /deployments/traffic-filter/rulesets/{ruleset_id}`."""

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
    from ...models.traffic_filter_ruleset_info import TrafficFilterRulesetInfo

OPERATION_ID = "get_traffic_filter_ruleset"
METHOD = "GET"
PATH = "/deployments/traffic-filter/rulesets/{ruleset_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TrafficFilterRulesetInfo"),
    404: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    ruleset_id: str,
    *,
    include_associations: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/traffic-filter/rulesets/{ruleset_id}".format(
            ruleset_id=path_param(ruleset_id, "ruleset_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "include_associations": include_associations,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TrafficFilterRulesetInfo | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TrafficFilterRulesetInfo | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_associations: bool | Unset = UNSET,
) -> Response[TrafficFilterRulesetInfo | BasicFailedReply]:
    """Retrieves the ruleset by ID.

     Retrieves a list of resources that are associated to the specified ruleset.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        include_associations (bool | Unset): Retrieves a list of resources that are associated to
            the specified ruleset. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrafficFilterRulesetInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        ruleset_id=ruleset_id,
        include_associations=include_associations,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_associations: bool | Unset = UNSET,
) -> TrafficFilterRulesetInfo | BasicFailedReply | None:
    """Retrieves the ruleset by ID.

     Retrieves a list of resources that are associated to the specified ruleset.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        include_associations (bool | Unset): Retrieves a list of resources that are associated to
            the specified ruleset. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrafficFilterRulesetInfo | BasicFailedReply
    """

    return sync_detailed(
        ruleset_id=ruleset_id,
        client=client,
        include_associations=include_associations,
    ).parsed


async def asyncio_detailed(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_associations: bool | Unset = UNSET,
) -> Response[TrafficFilterRulesetInfo | BasicFailedReply]:
    """Retrieves the ruleset by ID.

     Retrieves a list of resources that are associated to the specified ruleset.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        include_associations (bool | Unset): Retrieves a list of resources that are associated to
            the specified ruleset. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrafficFilterRulesetInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        ruleset_id=ruleset_id,
        include_associations=include_associations,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_associations: bool | Unset = UNSET,
) -> TrafficFilterRulesetInfo | BasicFailedReply | None:
    """Retrieves the ruleset by ID.

     Retrieves a list of resources that are associated to the specified ruleset.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        include_associations (bool | Unset): Retrieves a list of resources that are associated to
            the specified ruleset. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrafficFilterRulesetInfo | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            ruleset_id=ruleset_id,
            client=client,
            include_associations=include_associations,
        )
    ).parsed
