"""Get snapshot repository: `GET /platform/configuration/snapshots/repositories/{repository_name}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    path_param,
)
from ..._model import model
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.repository_config import RepositoryConfig

OPERATION_ID = "get_snapshot_repository"
METHOD = "GET"
PATH = "/platform/configuration/snapshots/repositories/{repository_name}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("RepositoryConfig"),
}


def _get_kwargs(
    repository_name: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/snapshots/repositories/{repository_name}".format(
            repository_name=path_param(repository_name, "repository_name"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RepositoryConfig | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[RepositoryConfig]:
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
) -> Response[RepositoryConfig]:
    """Get snapshot repository

     Retrieves the snapshot repository configuration. To access the configuration contents, you must have
    privileged permissions.

    Args:
        repository_name (str): The name of the snapshot repository configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RepositoryConfig]
    """

    kwargs = _get_kwargs(
        repository_name=repository_name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> RepositoryConfig | None:
    """Get snapshot repository

     Retrieves the snapshot repository configuration. To access the configuration contents, you must have
    privileged permissions.

    Args:
        repository_name (str): The name of the snapshot repository configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RepositoryConfig
    """

    return sync_detailed(
        repository_name=repository_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RepositoryConfig]:
    """Get snapshot repository

     Retrieves the snapshot repository configuration. To access the configuration contents, you must have
    privileged permissions.

    Args:
        repository_name (str): The name of the snapshot repository configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RepositoryConfig]
    """

    kwargs = _get_kwargs(
        repository_name=repository_name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> RepositoryConfig | None:
    """Get snapshot repository

     Retrieves the snapshot repository configuration. To access the configuration contents, you must have
    privileged permissions.

    Args:
        repository_name (str): The name of the snapshot repository configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RepositoryConfig
    """

    return (
        await asyncio_detailed(
            repository_name=repository_name,
            client=client,
        )
    ).parsed
