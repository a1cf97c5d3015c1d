"""Delete a ruleset: `DELETE /deployments/traffic-filter/rulesets/{ruleset_id}`."""

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

OPERATION_ID = "delete_traffic_filter_ruleset"
METHOD = "DELETE"
PATH = "/deployments/traffic-filter/rulesets/{ruleset_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse"),
    404: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    ruleset_id: str,
    *,
    ignore_associations: bool | Unset = UNSET,
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
            "ignore_associations": ignore_associations,
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
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
    ignore_associations: bool | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete a ruleset

     Deletes the ruleset by ID.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        ignore_associations (bool | Unset): When true, ignores the associations and deletes the
            ruleset. When false, recognizes the associations, which prevents the deletion of the rule
            set. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        ruleset_id=ruleset_id,
        ignore_associations=ignore_associations,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
    ignore_associations: bool | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete a ruleset

     Deletes the ruleset by ID.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        ignore_associations (bool | Unset): When true, ignores the associations and deletes the
            ruleset. When false, recognizes the associations, which prevents the deletion of the rule
            set. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        ruleset_id=ruleset_id,
        client=client,
        ignore_associations=ignore_associations,
    ).parsed


async def asyncio_detailed(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
    ignore_associations: bool | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete a ruleset

     Deletes the ruleset by ID.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        ignore_associations (bool | Unset): When true, ignores the associations and deletes the
            ruleset. When false, recognizes the associations, which prevents the deletion of the rule
            set. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        ruleset_id=ruleset_id,
        ignore_associations=ignore_associations,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    ruleset_id: str,
    *,
    client: AuthenticatedClient | Client,
    ignore_associations: bool | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete a ruleset

     Deletes the ruleset by ID.

    Args:
        ruleset_id (str): The mandatory ruleset ID.
        ignore_associations (bool | Unset): When true, ignores the associations and deletes the
            ruleset. When false, recognizes the associations, which prevents the deletion of the rule
            set. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            ruleset_id=ruleset_id,
            client=client,
            ignore_associations=ignore_associations,
        )
    ).parsed
