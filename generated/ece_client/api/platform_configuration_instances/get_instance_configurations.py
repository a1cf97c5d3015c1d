"""Get instance configurations: `GET /platform/configuration/instances`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    query_params,
)
from ..._model import list_of, model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.instance_configuration import InstanceConfiguration

OPERATION_ID = "get_instance_configurations"
METHOD = "GET"
PATH = "/platform/configuration/instances"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: list_of(model("InstanceConfiguration")),
}


def _get_kwargs(
    *,
    show_deleted: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    include_versions: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "show_deleted": show_deleted,
            "show_max_zones": show_max_zones,
            "include_versions": include_versions,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[InstanceConfiguration] | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[InstanceConfiguration]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    show_deleted: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    include_versions: bool | Unset = UNSET,
) -> Response[list[InstanceConfiguration]]:
    """Get instance configurations

     Get instance configurations.

    Args:
        show_deleted (bool | Unset): If true, instance configurations marked for deletions are
            also returned. Otherwise, only instance configurations not marked for deletion are
            returned
        show_max_zones (bool | Unset): If true, will populate the max_zones field of the instance
            configurations. Default: False.
        include_versions (bool | Unset): If true, will return all existing versions of each
            instance configuration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[InstanceConfiguration]]
    """

    kwargs = _get_kwargs(
        show_deleted=show_deleted,
        show_max_zones=show_max_zones,
        include_versions=include_versions,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    show_deleted: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    include_versions: bool | Unset = UNSET,
) -> list[InstanceConfiguration] | None:
    """Get instance configurations

     Get instance configurations.

    Args:
        show_deleted (bool | Unset): If true, instance configurations marked for deletions are
            also returned. Otherwise, only instance configurations not marked for deletion are
            returned
        show_max_zones (bool | Unset): If true, will populate the max_zones field of the instance
            configurations. Default: False.
        include_versions (bool | Unset): If true, will return all existing versions of each
            instance configuration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[InstanceConfiguration]
    """

    return sync_detailed(
        client=client,
        show_deleted=show_deleted,
        show_max_zones=show_max_zones,
        include_versions=include_versions,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    show_deleted: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    include_versions: bool | Unset = UNSET,
) -> Response[list[InstanceConfiguration]]:
    """Get instance configurations

     Get instance configurations.

    Args:
        show_deleted (bool | Unset): If true, instance configurations marked for deletions are
            also returned. Otherwise, only instance configurations not marked for deletion are
            returned
        show_max_zones (bool | Unset): If true, will populate the max_zones field of the instance
            configurations. Default: False.
        include_versions (bool | Unset): If true, will return all existing versions of each
            instance configuration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[InstanceConfiguration]]
    """

    kwargs = _get_kwargs(
        show_deleted=show_deleted,
        show_max_zones=show_max_zones,
        include_versions=include_versions,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    show_deleted: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    include_versions: bool | Unset = UNSET,
) -> list[InstanceConfiguration] | None:
    """Get instance configurations

     Get instance configurations.

    Args:
        show_deleted (bool | Unset): If true, instance configurations marked for deletions are
            also returned. Otherwise, only instance configurations not marked for deletion are
            returned
        show_max_zones (bool | Unset): If true, will populate the max_zones field of the instance
            configurations. Default: False.
        include_versions (bool | Unset): If true, will return all existing versions of each
            instance configuration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[InstanceConfiguration]
    """

    return (
        await asyncio_detailed(
            client=client,
            show_deleted=show_deleted,
            show_max_zones=show_max_zones,
            include_versions=include_versions,
        )
    ).parsed
