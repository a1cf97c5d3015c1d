"""Delete Active Directory configuration: `DELETE /platform/configuration/security/realms/active-directory/{realm_id}`."""

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

OPERATION_ID = "delete_active_directory_configuration"
METHOD = "DELETE"
PATH = "/platform/configuration/security/realms/active-directory/{realm_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse"),
    404: model("BasicFailedReply"),
    409: model("BasicFailedReply"),
}


def _get_kwargs(
    realm_id: str,
    *,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/security/realms/active-directory/{realm_id}".format(
            realm_id=path_param(realm_id, "realm_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
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
    realm_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete Active Directory configuration

     Deletes a single Active Directory configuration.

    Args:
        realm_id (str): The Elasticsearch Security realm identifier.
        version (str | Unset): When specified, checks for conflicts against the version stored in
            the persistent store (returned in 'x-cloud-resource-version' of the GET request)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        realm_id=realm_id,
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    realm_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete Active Directory configuration

     Deletes a single Active Directory configuration.

    Args:
        realm_id (str): The Elasticsearch Security realm identifier.
        version (str | Unset): When specified, checks for conflicts against the version stored in
            the persistent store (returned in 'x-cloud-resource-version' of the GET request)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        realm_id=realm_id,
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    realm_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete Active Directory configuration

     Deletes a single Active Directory configuration.

    Args:
        realm_id (str): The Elasticsearch Security realm identifier.
        version (str | Unset): When specified, checks for conflicts against the version stored in
            the persistent store (returned in 'x-cloud-resource-version' of the GET request)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        realm_id=realm_id,
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    realm_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete Active Directory configuration

     Deletes a single Active Directory configuration.

    Args:
        realm_id (str): The Elasticsearch Security realm identifier.
        version (str | Unset): When specified, checks for conflicts against the version stored in
            the persistent store (returned in 'x-cloud-resource-version' of the GET request)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            realm_id=realm_id,
            client=client,
            version=version,
        )
    ).parsed
