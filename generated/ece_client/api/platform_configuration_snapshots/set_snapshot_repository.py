"""Set snapshot repository: `PUT /platform/configuration/snapshots/repositories/{repository_name}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.repository_config import RepositoryConfig
    from ...models.snapshot_repository_configuration import SnapshotRepositoryConfiguration

OPERATION_ID = "set_snapshot_repository"
METHOD = "PUT"
PATH = "/platform/configuration/snapshots/repositories/{repository_name}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("RepositoryConfig"),
}


def _get_kwargs(
    repository_name: str,
    *,
    body: SnapshotRepositoryConfiguration,
    version: int | Unset = UNSET,
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
            "version": version,
        }
    )
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

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
    body: SnapshotRepositoryConfiguration,
    version: int | Unset = UNSET,
) -> Response[RepositoryConfig]:
    """Set snapshot repository

     Creates or updates the snapshot repository configuration.

    Args:
        repository_name (str): The name of the snapshot repository configuration.
        version (int | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (SnapshotRepositoryConfiguration): The configuration for an Elasticsearch snapshot
            repository.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RepositoryConfig]
    """

    kwargs = _get_kwargs(
        repository_name=repository_name,
        body=body,
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SnapshotRepositoryConfiguration,
    version: int | Unset = UNSET,
) -> RepositoryConfig | None:
    """Set snapshot repository

     Creates or updates the snapshot repository configuration.

    Args:
        repository_name (str): The name of the snapshot repository configuration.
        version (int | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (SnapshotRepositoryConfiguration): The configuration for an Elasticsearch snapshot
            repository.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RepositoryConfig
    """

    return sync_detailed(
        repository_name=repository_name,
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SnapshotRepositoryConfiguration,
    version: int | Unset = UNSET,
) -> Response[RepositoryConfig]:
    """Set snapshot repository

     Creates or updates the snapshot repository configuration.

    Args:
        repository_name (str): The name of the snapshot repository configuration.
        version (int | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (SnapshotRepositoryConfiguration): The configuration for an Elasticsearch snapshot
            repository.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RepositoryConfig]
    """

    kwargs = _get_kwargs(
        repository_name=repository_name,
        body=body,
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SnapshotRepositoryConfiguration,
    version: int | Unset = UNSET,
) -> RepositoryConfig | None:
    """Set snapshot repository

     Creates or updates the snapshot repository configuration.

    Args:
        repository_name (str): The name of the snapshot repository configuration.
        version (int | Unset): Checks for conflicts against the metadata version, then returns the
            value in the `x-cloud-resource-version` header.
        body (SnapshotRepositoryConfiguration): The configuration for an Elasticsearch snapshot
            repository.

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
            body=body,
            version=version,
        )
    ).parsed
