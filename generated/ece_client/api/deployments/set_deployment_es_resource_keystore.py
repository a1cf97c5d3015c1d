"""Add or remove items from the Elasticsearch resource keystore: `PATCH /deployments/{deployment_id}/elasticsearch/{ref_id}/keystore`."""

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
    from ...models.keystore_contents import KeystoreContents

OPERATION_ID = "set_deployment_es_resource_keystore"
METHOD = "PATCH"
PATH = "/deployments/{deployment_id}/elasticsearch/{ref_id}/keystore"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("KeystoreContents"),
    404: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    ref_id: str,
    *,
    body: KeystoreContents,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/elasticsearch/{ref_id}/keystore".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            ref_id=path_param(ref_id, "ref_id"),
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
) -> KeystoreContents | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KeystoreContents | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KeystoreContents,
) -> Response[KeystoreContents | BasicFailedReply]:
    """Add or remove items from the Elasticsearch resource keystore

     Adds the specified values to the Elasticsearch keystore, or removes the keys for the unspecified
    values.

    Args:
        deployment_id (str): Identifier for the Deployment
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        body (KeystoreContents): The contents of the Elasticsearch keystore.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeystoreContents | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KeystoreContents,
) -> KeystoreContents | BasicFailedReply | None:
    """Add or remove items from the Elasticsearch resource keystore

     Adds the specified values to the Elasticsearch keystore, or removes the keys for the unspecified
    values.

    Args:
        deployment_id (str): Identifier for the Deployment
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        body (KeystoreContents): The contents of the Elasticsearch keystore.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeystoreContents | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        ref_id=ref_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KeystoreContents,
) -> Response[KeystoreContents | BasicFailedReply]:
    """Add or remove items from the Elasticsearch resource keystore

     Adds the specified values to the Elasticsearch keystore, or removes the keys for the unspecified
    values.

    Args:
        deployment_id (str): Identifier for the Deployment
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        body (KeystoreContents): The contents of the Elasticsearch keystore.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeystoreContents | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KeystoreContents,
) -> KeystoreContents | BasicFailedReply | None:
    """Add or remove items from the Elasticsearch resource keystore

     Adds the specified values to the Elasticsearch keystore, or removes the keys for the unspecified
    values.

    Args:
        deployment_id (str): Identifier for the Deployment
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        body (KeystoreContents): The contents of the Elasticsearch keystore.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeystoreContents | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            ref_id=ref_id,
            client=client,
            body=body,
        )
    ).parsed
