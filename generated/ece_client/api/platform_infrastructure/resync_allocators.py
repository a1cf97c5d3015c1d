"""Resynchronize allocators: `POST /platform/infrastructure/allocators/_resync`."""

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
    from ...models.model_version_index_synchronization_results import ModelVersionIndexSynchronizationResults

OPERATION_ID = "resync_allocators"
METHOD = "POST"
PATH = "/platform/infrastructure/allocators/_resync"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("ModelVersionIndexSynchronizationResults"),
}


def _get_kwargs(
    *,
    skip_matching_version: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "skip_matching_version": skip_matching_version,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelVersionIndexSynchronizationResults | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModelVersionIndexSynchronizationResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip_matching_version: bool | Unset = UNSET,
) -> Response[ModelVersionIndexSynchronizationResults]:
    """Resynchronize allocators

     Asynchronously synchronizes all allocator information in the back-end search index.

    Args:
        skip_matching_version (bool | Unset): When true, skips the document indexing when the
            version matches the in-memory copy. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelVersionIndexSynchronizationResults]
    """

    kwargs = _get_kwargs(
        skip_matching_version=skip_matching_version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    skip_matching_version: bool | Unset = UNSET,
) -> ModelVersionIndexSynchronizationResults | None:
    """Resynchronize allocators

     Asynchronously synchronizes all allocator information in the back-end search index.

    Args:
        skip_matching_version (bool | Unset): When true, skips the document indexing when the
            version matches the in-memory copy. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelVersionIndexSynchronizationResults
    """

    return sync_detailed(
        client=client,
        skip_matching_version=skip_matching_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip_matching_version: bool | Unset = UNSET,
) -> Response[ModelVersionIndexSynchronizationResults]:
    """Resynchronize allocators

     Asynchronously synchronizes all allocator information in the back-end search index.

    Args:
        skip_matching_version (bool | Unset): When true, skips the document indexing when the
            version matches the in-memory copy. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelVersionIndexSynchronizationResults]
    """

    kwargs = _get_kwargs(
        skip_matching_version=skip_matching_version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    skip_matching_version: bool | Unset = UNSET,
) -> ModelVersionIndexSynchronizationResults | None:
    """Resynchronize allocators

     Asynchronously synchronizes all allocator information in the back-end search index.

    Args:
        skip_matching_version (bool | Unset): When true, skips the document indexing when the
            version matches the in-memory copy. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelVersionIndexSynchronizationResults
    """

    return (
        await asyncio_detailed(
            client=client,
            skip_matching_version=skip_matching_version,
        )
    ).parsed
