"""List trust relationships: `GET /platform/configuration/trust-relationships`."""

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
    from ...models.get_trust_relationships_filter import GetTrustRelationshipsFilter
    from ...models.trust_relationships_list_response import TrustRelationshipsListResponse

OPERATION_ID = "get_trust_relationships"
METHOD = "GET"
PATH = "/platform/configuration/trust-relationships"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TrustRelationshipsListResponse"),
    401: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    include_certificate: bool | Unset = UNSET,
    filter_: GetTrustRelationshipsFilter | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "include_certificate": include_certificate,
            "filter": filter_,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TrustRelationshipsListResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TrustRelationshipsListResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_certificate: bool | Unset = UNSET,
    filter_: GetTrustRelationshipsFilter | Unset = UNSET,
) -> Response[TrustRelationshipsListResponse | BasicFailedReply]:
    """List trust relationships

     List trust relationships.

    Args:
        include_certificate (bool | Unset): Whether to include the public CA certificates in the
            response. Default: False.
        filter_ (GetTrustRelationshipsFilter | Unset): Which trust relationships to return in the
            response. Defaults to `all` Default: GetTrustRelationshipsFilter.ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrustRelationshipsListResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        include_certificate=include_certificate,
        filter_=filter_,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_certificate: bool | Unset = UNSET,
    filter_: GetTrustRelationshipsFilter | Unset = UNSET,
) -> TrustRelationshipsListResponse | BasicFailedReply | None:
    """List trust relationships

     List trust relationships.

    Args:
        include_certificate (bool | Unset): Whether to include the public CA certificates in the
            response. Default: False.
        filter_ (GetTrustRelationshipsFilter | Unset): Which trust relationships to return in the
            response. Defaults to `all` Default: GetTrustRelationshipsFilter.ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrustRelationshipsListResponse | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        include_certificate=include_certificate,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_certificate: bool | Unset = UNSET,
    filter_: GetTrustRelationshipsFilter | Unset = UNSET,
) -> Response[TrustRelationshipsListResponse | BasicFailedReply]:
    """List trust relationships

     List trust relationships.

    Args:
        include_certificate (bool | Unset): Whether to include the public CA certificates in the
            response. Default: False.
        filter_ (GetTrustRelationshipsFilter | Unset): Which trust relationships to return in the
            response. Defaults to `all` Default: GetTrustRelationshipsFilter.ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrustRelationshipsListResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        include_certificate=include_certificate,
        filter_=filter_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_certificate: bool | Unset = UNSET,
    filter_: GetTrustRelationshipsFilter | Unset = UNSET,
) -> TrustRelationshipsListResponse | BasicFailedReply | None:
    """List trust relationships

     List trust relationships.

    Args:
        include_certificate (bool | Unset): Whether to include the public CA certificates in the
            response. Default: False.
        filter_ (GetTrustRelationshipsFilter | Unset): Which trust relationships to return in the
            response. Defaults to `all` Default: GetTrustRelationshipsFilter.ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrustRelationshipsListResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            include_certificate=include_certificate,
            filter_=filter_,
        )
    ).parsed
