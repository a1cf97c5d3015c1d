"""Update trust relationship: `PUT /platform/configuration/trust-relationships/{trust_relationship_id}`."""

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
    from ...models.trust_relationship_update_request import TrustRelationshipUpdateRequest
    from ...models.trust_relationship_update_response import TrustRelationshipUpdateResponse

OPERATION_ID = "update_trust_relationship"
METHOD = "PUT"
PATH = "/platform/configuration/trust-relationships/{trust_relationship_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TrustRelationshipUpdateResponse"),
    400: model("BasicFailedReply"),
    401: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    trust_relationship_id: str,
    *,
    body: TrustRelationshipUpdateRequest,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/trust-relationships/{trust_relationship_id}".format(
            trust_relationship_id=path_param(trust_relationship_id, "trust_relationship_id"),
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
) -> TrustRelationshipUpdateResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TrustRelationshipUpdateResponse | BasicFailedReply]:
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
    body: TrustRelationshipUpdateRequest,
) -> Response[TrustRelationshipUpdateResponse | BasicFailedReply]:
    """Update trust relationship

     Updates a trust relationship.

    Args:
        trust_relationship_id (str): Identifier for the trust relationship
        body (TrustRelationshipUpdateRequest): A request for updating a trust relationship with
            another environment

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrustRelationshipUpdateResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        trust_relationship_id=trust_relationship_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    trust_relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrustRelationshipUpdateRequest,
) -> TrustRelationshipUpdateResponse | BasicFailedReply | None:
    """Update trust relationship

     Updates a trust relationship.

    Args:
        trust_relationship_id (str): Identifier for the trust relationship
        body (TrustRelationshipUpdateRequest): A request for updating a trust relationship with
            another environment

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrustRelationshipUpdateResponse | BasicFailedReply
    """

    return sync_detailed(
        trust_relationship_id=trust_relationship_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    trust_relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrustRelationshipUpdateRequest,
) -> Response[TrustRelationshipUpdateResponse | BasicFailedReply]:
    """Update trust relationship

     Updates a trust relationship.

    Args:
        trust_relationship_id (str): Identifier for the trust relationship
        body (TrustRelationshipUpdateRequest): A request for updating a trust relationship with
            another environment

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrustRelationshipUpdateResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        trust_relationship_id=trust_relationship_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    trust_relationship_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrustRelationshipUpdateRequest,
) -> TrustRelationshipUpdateResponse | BasicFailedReply | None:
    """Update trust relationship

     Updates a trust relationship.

    Args:
        trust_relationship_id (str): Identifier for the trust relationship
        body (TrustRelationshipUpdateRequest): A request for updating a trust relationship with
            another environment

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrustRelationshipUpdateResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            trust_relationship_id=trust_relationship_id,
            client=client,
            body=body,
        )
    ).parsed
