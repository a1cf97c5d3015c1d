"""Get charts for the organization. Currently unavailable in self-hosted ECE.: `GET /billing/costs/{organization_id}/charts`."""

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
    from ...models.chart_items import ChartItems
    from ...models.get_costs_charts_bucketing_strategy import GetCostsChartsBucketingStrategy

OPERATION_ID = "get_costs_charts"
METHOD = "GET"
PATH = "/billing/costs/{organization_id}/charts"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ChartItems"),
    400: model("BasicFailedReply"),
    403: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    429: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    organization_id: str,
    *,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    bucketing_strategy: GetCostsChartsBucketingStrategy | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/billing/costs/{organization_id}/charts".format(
            organization_id=path_param(organization_id, "organization_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "from": from_,
            "to": to,
            "bucketing_strategy": bucketing_strategy,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChartItems | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChartItems | BasicFailedReply]:
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
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    bucketing_strategy: GetCostsChartsBucketingStrategy | Unset = UNSET,
) -> Response[ChartItems | BasicFailedReply]:
    """Get charts for the organization. Currently unavailable in self-hosted ECE.

     EXPERIMENTAL (it may change in future versions): Retrieves the usage charts for the organization.

    Args:
        organization_id (str): Identifier for the organization
        from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
            costs. Defaults to start of current month.
        to (str | Unset): A datetime for the end of the desired range for which to fetch costs.
            Defaults to the current date.
        bucketing_strategy (GetCostsChartsBucketingStrategy | Unset): The desired bucketing
            strategy for the charts. Defaults to `daily`. Default:
            GetCostsChartsBucketingStrategy.DAILY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChartItems | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        from_=from_,
        to=to,
        bucketing_strategy=bucketing_strategy,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    bucketing_strategy: GetCostsChartsBucketingStrategy | Unset = UNSET,
) -> ChartItems | BasicFailedReply | None:
    """Get charts for the organization. Currently unavailable in self-hosted ECE.

     EXPERIMENTAL (it may change in future versions): Retrieves the usage charts for the organization.

    Args:
        organization_id (str): Identifier for the organization
        from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
            costs. Defaults to start of current month.
        to (str | Unset): A datetime for the end of the desired range for which to fetch costs.
            Defaults to the current date.
        bucketing_strategy (GetCostsChartsBucketingStrategy | Unset): The desired bucketing
            strategy for the charts. Defaults to `daily`. Default:
            GetCostsChartsBucketingStrategy.DAILY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChartItems | BasicFailedReply
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        from_=from_,
        to=to,
        bucketing_strategy=bucketing_strategy,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    bucketing_strategy: GetCostsChartsBucketingStrategy | Unset = UNSET,
) -> Response[ChartItems | BasicFailedReply]:
    """Get charts for the organization. Currently unavailable in self-hosted ECE.

     EXPERIMENTAL (it may change in future versions): Retrieves the usage charts for the organization.

    Args:
        organization_id (str): Identifier for the organization
        from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
            costs. Defaults to start of current month.
        to (str | Unset): A datetime for the end of the desired range for which to fetch costs.
            Defaults to the current date.
        bucketing_strategy (GetCostsChartsBucketingStrategy | Unset): The desired bucketing
            strategy for the charts. Defaults to `daily`. Default:
            GetCostsChartsBucketingStrategy.DAILY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChartItems | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        from_=from_,
        to=to,
        bucketing_strategy=bucketing_strategy,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    bucketing_strategy: GetCostsChartsBucketingStrategy | Unset = UNSET,
) -> ChartItems | BasicFailedReply | None:
    """Get charts for the organization. Currently unavailable in self-hosted ECE.

     EXPERIMENTAL (it may change in future versions): Retrieves the usage charts for the organization.

    Args:
        organization_id (str): Identifier for the organization
        from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
            costs. Defaults to start of current month.
        to (str | Unset): A datetime for the end of the desired range for which to fetch costs.
            Defaults to the current date.
        bucketing_strategy (GetCostsChartsBucketingStrategy | Unset): The desired bucketing
            strategy for the charts. Defaults to `daily`. Default:
            GetCostsChartsBucketingStrategy.DAILY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChartItems | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            from_=from_,
            to=to,
            bucketing_strategy=bucketing_strategy,
        )
    ).parsed
