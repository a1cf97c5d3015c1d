"""Get associated rulesets: `GET /deployments/traffic-filter/associations/{association_type}/{associated_entity_id}/rulesets`."""

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
    from ...models.traffic_filter_settings import TrafficFilterSettings

OPERATION_ID = "get_traffic_filter_deployment_ruleset_associations"
METHOD = "GET"
PATH = "/deployments/traffic-filter/associations/{association_type}/{associated_entity_id}/rulesets"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TrafficFilterSettings"),
    400: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    association_type: str,
    associated_entity_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/traffic-filter/associations/{association_type}/{associated_entity_id}/rulesets".format(
            association_type=path_param(association_type, "association_type"),
            associated_entity_id=path_param(associated_entity_id, "associated_entity_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TrafficFilterSettings | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TrafficFilterSettings | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    association_type: str,
    associated_entity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TrafficFilterSettings | BasicFailedReply]:
    """Get associated rulesets

     Retrieves the rulesets associated with a deployment.

    Args:
        association_type (str): Association type
        associated_entity_id (str): Associated entity ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrafficFilterSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        association_type=association_type,
        associated_entity_id=associated_entity_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    association_type: str,
    associated_entity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TrafficFilterSettings | BasicFailedReply | None:
    """Get associated rulesets

     Retrieves the rulesets associated with a deployment.

    Args:
        association_type (str): Association type
        associated_entity_id (str): Associated entity ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrafficFilterSettings | BasicFailedReply
    """

    return sync_detailed(
        association_type=association_type,
        associated_entity_id=associated_entity_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    association_type: str,
    associated_entity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TrafficFilterSettings | BasicFailedReply]:
    """Get associated rulesets

     Retrieves the rulesets associated with a deployment.

    Args:
        association_type (str): Association type
        associated_entity_id (str): Associated entity ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrafficFilterSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        association_type=association_type,
        associated_entity_id=associated_entity_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    association_type: str,
    associated_entity_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TrafficFilterSettings | BasicFailedReply | None:
    """Get associated rulesets

     Retrieves the rulesets associated with a deployment.

    Args:
        association_type (str): Association type
        associated_entity_id (str): Associated entity ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrafficFilterSettings | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            association_type=association_type,
            associated_entity_id=associated_entity_id,
            client=client,
        )
    ).parsed
