"""Get trust relationship: `GET /platform/configuration/trust-relationships/{trust_relationship_id}`."""

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
    from ...models.trust_relationship_get_response import TrustRelationshipGetResponse

OPERATION_ID = "get_trust_relationship"
METHOD = "GET"
PATH = "/platform/configuration/trust-relationships/{trust_relationship_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TrustRelationshipGetResponse"),
    401: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    trust_relationship_id: str,
    *,
    include_certificate: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/trust-relationships/{trust_relationship_id}".format(
            trust_relationship_id=path_param(trust_relationship_id, "trust_relationship_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "include_certificate": include_certificate,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TrustRelationshipGetResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TrustRelationshipGetResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trust_relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_certificate: bool | Unset = UNSET,
) -> Response[TrustRelationshipGetResponse | BasicFailedReply]:
    """Get trust relationship

     Retrieves information about a trust relationship.

    Args:
        trust_relationship_id (str): Identifier for the trust relationship
        include_certificate (bool | Unset): Whether to include the public CA certificates in the
            response. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrustRelationshipGetResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        trust_relationship_id=trust_relationship_id,
        include_certificate=include_certificate,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    trust_relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_certificate: bool | Unset = UNSET,
) -> TrustRelationshipGetResponse | BasicFailedReply | None:
    """Get trust relationship

     Retrieves information about a trust relationship.

    Args:
        trust_relationship_id (str): Identifier for the trust relationship
        include_certificate (bool | Unset): Whether to include the public CA certificates in the
            response. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrustRelationshipGetResponse | BasicFailedReply
    """

    return sync_detailed(
        trust_relationship_id=trust_relationship_id,
        client=client,
        include_certificate=include_certificate,
    ).parsed


async def asyncio_detailed(
    trust_relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_certificate: bool | Unset = UNSET,
) -> Response[TrustRelationshipGetResponse | BasicFailedReply]:
    """Get trust relationship

     Retrieves information about a trust relationship.

    Args:
        trust_relationship_id (str): Identifier for the trust relationship
        include_certificate (bool | Unset): Whether to include the public CA certificates in the
            response. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrustRelationshipGetResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        trust_relationship_id=trust_relationship_id,
        include_certificate=include_certificate,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    trust_relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_certificate: bool | Unset = UNSET,
) -> TrustRelationshipGetResponse | BasicFailedReply | None:
    """Get trust relationship

     Retrieves information about a trust relationship.

    Args:
        trust_relationship_id (str): Identifier for the trust relationship
        include_certificate (bool | Unset): Whether to include the public CA certificates in the
            response. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrustRelationshipGetResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            trust_relationship_id=trust_relationship_id,
            client=client,
            include_certificate=include_certificate,
        )
    ).parsed
