"""Get associated deployments: `GET /deployments/traffic-filter/rulesets/{ruleset_id}/associations`."""

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
    from ...models.ruleset_associations import RulesetAssociations

OPERATION_ID = "get_traffic_filter_ruleset_deployment_associations"
METHOD = "GET"
PATH = "/deployments/traffic-filter/rulesets/{ruleset_id}/associations"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("RulesetAssociations"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    ruleset_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/traffic-filter/rulesets/{ruleset_id}/associations".format(
            ruleset_id=path_param(ruleset_id, "ruleset_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RulesetAssociations | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RulesetAssociations | BasicFailedReply]:
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
) -> Response[RulesetAssociations | BasicFailedReply]:
    """Get associated deployments

     Retrieves a list of deployments that are associated to the specified ruleset.

    Args:
        ruleset_id (str): The mandatory ruleset ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RulesetAssociations | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        ruleset_id=ruleset_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RulesetAssociations | BasicFailedReply | None:
    """Get associated deployments

     Retrieves a list of deployments that are associated to the specified ruleset.

    Args:
        ruleset_id (str): The mandatory ruleset ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RulesetAssociations | BasicFailedReply
    """

    return sync_detailed(
        ruleset_id=ruleset_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RulesetAssociations | BasicFailedReply]:
    """Get associated deployments

     Retrieves a list of deployments that are associated to the specified ruleset.

    Args:
        ruleset_id (str): The mandatory ruleset ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RulesetAssociations | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        ruleset_id=ruleset_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RulesetAssociations | BasicFailedReply | None:
    """Get associated deployments

     Retrieves a list of deployments that are associated to the specified ruleset.

    Args:
        ruleset_id (str): The mandatory ruleset ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RulesetAssociations | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            ruleset_id=ruleset_id,
            client=client,
        )
    ).parsed
