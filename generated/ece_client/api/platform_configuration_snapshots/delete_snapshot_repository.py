"""Delete snapshot repository: `DELETE /platform/configuration/snapshots/repositories/{repository_name}`."""

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

OPERATION_ID = "delete_snapshot_repository"
METHOD = "DELETE"
PATH = "/platform/configuration/snapshots/repositories/{repository_name}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse"),
    202: model("EmptyResponse"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    repository_name: str,
    *,
    cleanup_deployments: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/snapshots/repositories/{repository_name}".format(
            repository_name=path_param(repository_name, "repository_name"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "cleanup_deployments": cleanup_deployments,
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
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
    cleanup_deployments: bool | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete snapshot repository

     Deletes the snapshot repository configuration.

    Args:
        repository_name (str): The name of the snapshot repository configuration.
        cleanup_deployments (bool | Unset): Removes references to this snapshot repository
            configuration and disables snapshots on the clusters that were referencing this
            configuration. If a request is made to delete a repository configuration that has already
            been deleted and this parameter is set to true and clusters still reference the
            configuration, then the request will have the side effects of removing references and
            disabling snapshots for clusters that reference the previously deleted configuration.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        repository_name=repository_name,
        cleanup_deployments=cleanup_deployments,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
    cleanup_deployments: bool | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete snapshot repository

     Deletes the snapshot repository configuration.

    Args:
        repository_name (str): The name of the snapshot repository configuration.
        cleanup_deployments (bool | Unset): Removes references to this snapshot repository
            configuration and disables snapshots on the clusters that were referencing this
            configuration. If a request is made to delete a repository configuration that has already
            been deleted and this parameter is set to true and clusters still reference the
            configuration, then the request will have the side effects of removing references and
            disabling snapshots for clusters that reference the previously deleted configuration.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        repository_name=repository_name,
        client=client,
        cleanup_deployments=cleanup_deployments,
    ).parsed


async def asyncio_detailed(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
    cleanup_deployments: bool | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete snapshot repository

     Deletes the snapshot repository configuration.

    Args:
        repository_name (str): The name of the snapshot repository configuration.
        cleanup_deployments (bool | Unset): Removes references to this snapshot repository
            configuration and disables snapshots on the clusters that were referencing this
            configuration. If a request is made to delete a repository configuration that has already
            been deleted and this parameter is set to true and clusters still reference the
            configuration, then the request will have the side effects of removing references and
            disabling snapshots for clusters that reference the previously deleted configuration.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        repository_name=repository_name,
        cleanup_deployments=cleanup_deployments,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
    cleanup_deployments: bool | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete snapshot repository

     Deletes the snapshot repository configuration.

    Args:
        repository_name (str): The name of the snapshot repository configuration.
        cleanup_deployments (bool | Unset): Removes references to this snapshot repository
            configuration and disables snapshots on the clusters that were referencing this
            configuration. If a request is made to delete a repository configuration that has already
            been deleted and this parameter is set to true and clusters still reference the
            configuration, then the request will have the side effects of removing references and
            disabling snapshots for clusters that reference the previously deleted configuration.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            repository_name=repository_name,
            client=client,
            cleanup_deployments=cleanup_deployments,
        )
    ).parsed
