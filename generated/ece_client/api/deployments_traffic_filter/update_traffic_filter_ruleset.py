"""Updates a ruleset: `PUT /deployments/traffic-filter/rulesets/{ruleset_id}`."""

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
    from ...models.traffic_filter_ruleset_request import TrafficFilterRulesetRequest
    from ...models.traffic_filter_ruleset_response import TrafficFilterRulesetResponse

OPERATION_ID = "update_traffic_filter_ruleset"
METHOD = "PUT"
PATH = "/deployments/traffic-filter/rulesets/{ruleset_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TrafficFilterRulesetResponse"),
    404: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    ruleset_id: str,
    *,
    body: TrafficFilterRulesetRequest,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/traffic-filter/rulesets/{ruleset_id}".format(
            ruleset_id=path_param(ruleset_id, "ruleset_id"),
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
) -> TrafficFilterRulesetResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TrafficFilterRulesetResponse | BasicFailedReply]:
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
    body: TrafficFilterRulesetRequest,
) -> Response[TrafficFilterRulesetResponse | BasicFailedReply]:
    """Updates a ruleset

     Updates the ruleset with the definition.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        body (TrafficFilterRulesetRequest): The specification for traffic filter ruleset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrafficFilterRulesetResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        ruleset_id=ruleset_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrafficFilterRulesetRequest,
) -> TrafficFilterRulesetResponse | BasicFailedReply | None:
    """Updates a ruleset

     Updates the ruleset with the definition.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        body (TrafficFilterRulesetRequest): The specification for traffic filter ruleset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrafficFilterRulesetResponse | BasicFailedReply
    """

    return sync_detailed(
        ruleset_id=ruleset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrafficFilterRulesetRequest,
) -> Response[TrafficFilterRulesetResponse | BasicFailedReply]:
    """Updates a ruleset

     Updates the ruleset with the definition.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        body (TrafficFilterRulesetRequest): The specification for traffic filter ruleset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrafficFilterRulesetResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        ruleset_id=ruleset_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrafficFilterRulesetRequest,
) -> TrafficFilterRulesetResponse | BasicFailedReply | None:
    """Updates a ruleset

     Updates the ruleset with the definition.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        body (TrafficFilterRulesetRequest): The specification for traffic filter ruleset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrafficFilterRulesetResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            ruleset_id=ruleset_id,
            client=client,
            body=body,
        )
    ).parsed
