"""Get deployments costs for the organization. Currently unavailable in self-hosted ECE.: `GET /billing/costs/{organization_id}/deployments`."""

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
    from ...models.deployments_costs import DeploymentsCosts

OPERATION_ID = "get_costs_deployments"
METHOD = "GET"
PATH = "/billing/costs/{organization_id}/deployments"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentsCosts"),
    400: model("BasicFailedReply"),
    403: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    organization_id: str,
    *,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/billing/costs/{organization_id}/deployments".format(
            organization_id=path_param(organization_id, "organization_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "from": from_,
            "to": to,
        }
    )
    headers: dict[str, str] = {}
    if accept is not UNSET:
        headers["Accept"] = str(accept)
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentsCosts | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentsCosts | BasicFailedReply]:
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
    accept: str | Unset = UNSET,
) -> Response[DeploymentsCosts | BasicFailedReply]:
    """Get deployments costs for the organization. Currently unavailable in self-hosted ECE.

     EXPERIMENTAL (it may change in future versions): Retrieves the costs associated with all deployments
    for the organization.

    Args:
        organization_id (str): Identifier for the organization
        from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
            activity. Defaults to start of current month.
        to (str | Unset): A datetime for the end of the desired range for which to fetch activity.
            Defaults to the current date.
        accept (str | Unset): Accept header containing the content preference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentsCosts | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        from_=from_,
        to=to,
        accept=accept,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> DeploymentsCosts | BasicFailedReply | None:
    """Get deployments costs for the organization. Currently unavailable in self-hosted ECE.

     EXPERIMENTAL (it may change in future versions): Retrieves the costs associated with all deployments
    for the organization.

    Args:
        organization_id (str): Identifier for the organization
        from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
            activity. Defaults to start of current month.
        to (str | Unset): A datetime for the end of the desired range for which to fetch activity.
            Defaults to the current date.
        accept (str | Unset): Accept header containing the content preference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentsCosts | BasicFailedReply
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        from_=from_,
        to=to,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[DeploymentsCosts | BasicFailedReply]:
    """Get deployments costs for the organization. Currently unavailable in self-hosted ECE.

     EXPERIMENTAL (it may change in future versions): Retrieves the costs associated with all deployments
    for the organization.

    Args:
        organization_id (str): Identifier for the organization
        from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
            activity. Defaults to start of current month.
        to (str | Unset): A datetime for the end of the desired range for which to fetch activity.
            Defaults to the current date.
        accept (str | Unset): Accept header containing the content preference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentsCosts | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        from_=from_,
        to=to,
        accept=accept,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> DeploymentsCosts | BasicFailedReply | None:
    """Get deployments costs for the organization. Currently unavailable in self-hosted ECE.

     EXPERIMENTAL (it may change in future versions): Retrieves the costs associated with all deployments
    for the organization.

    Args:
        organization_id (str): Identifier for the organization
        from_ (str | Unset): A datetime for the beginning of the desired range for which to fetch
            activity. Defaults to start of current month.
        to (str | Unset): A datetime for the end of the desired range for which to fetch activity.
            Defaults to the current date.
        accept (str | Unset): Accept header containing the content preference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentsCosts | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            from_=from_,
            to=to,
            accept=accept,
        )
    ).parsed
