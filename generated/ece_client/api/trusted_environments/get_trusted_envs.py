"""Get trusted environments: `GET /trusted-environments`."""

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
    from ...models.elasticsearch_cluster_trust_settings import ElasticsearchClusterTrustSettings

OPERATION_ID = "get_trusted_envs"
METHOD = "GET"
PATH = "/trusted-environments"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ElasticsearchClusterTrustSettings"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    organization_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "organization_id": organization_id,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ElasticsearchClusterTrustSettings | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ElasticsearchClusterTrustSettings | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
) -> Response[ElasticsearchClusterTrustSettings | BasicFailedReply]:
    """Get trusted environments

     Returns the list of trusted environments for the organization. If no organization is passed in, the
    organization attached to the user is assumed.

    Args:
        organization_id (str | Unset): (Optional) Organization Id for which to retrieve the
            trusted environments

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ElasticsearchClusterTrustSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
) -> ElasticsearchClusterTrustSettings | BasicFailedReply | None:
    """Get trusted environments

     Returns the list of trusted environments for the organization. If no organization is passed in, the
    organization attached to the user is assumed.

    Args:
        organization_id (str | Unset): (Optional) Organization Id for which to retrieve the
            trusted environments

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ElasticsearchClusterTrustSettings | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
) -> Response[ElasticsearchClusterTrustSettings | BasicFailedReply]:
    """Get trusted environments

     Returns the list of trusted environments for the organization. If no organization is passed in, the
    organization attached to the user is assumed.

    Args:
        organization_id (str | Unset): (Optional) Organization Id for which to retrieve the
            trusted environments

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ElasticsearchClusterTrustSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
) -> ElasticsearchClusterTrustSettings | BasicFailedReply | None:
    """Get trusted environments

     Returns the list of trusted environments for the organization. If no organization is passed in, the
    organization attached to the user is assumed.

    Args:
        organization_id (str | Unset): (Optional) Organization Id for which to retrieve the
            trusted environments

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ElasticsearchClusterTrustSettings | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
        )
    ).parsed
