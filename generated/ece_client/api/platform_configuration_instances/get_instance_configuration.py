"""Get instance configuration: `GET /platform/configuration/instances/{id}`."""

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
    from ...models.instance_configuration import InstanceConfiguration

OPERATION_ID = "get_instance_configuration"
METHOD = "GET"
PATH = "/platform/configuration/instances/{id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("InstanceConfiguration"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    id: str,
    *,
    config_version: int | Unset = UNSET,
    show_deleted: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/instances/{id}".format(
            id=path_param(id, "id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "config_version": config_version,
            "show_deleted": show_deleted,
            "show_max_zones": show_max_zones,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InstanceConfiguration | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InstanceConfiguration | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    config_version: int | Unset = UNSET,
    show_deleted: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
) -> Response[InstanceConfiguration | BasicFailedReply]:
    """Get instance configuration

     Get instance configuration by id.

    Args:
        id (str): ID of the instance configuration
        config_version (int | Unset): Optionally retrieve the specified config version of the IC
            (otherwise retrieves the latest/only version)
        show_deleted (bool | Unset): If true, if the instance configuration has been marked for
            deletion it is still returned. Otherwise, instance configurations marked for deletion
            generate a 404
        show_max_zones (bool | Unset): If true, will populate the max_zones field of the instance
            configuration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstanceConfiguration | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        id=id,
        config_version=config_version,
        show_deleted=show_deleted,
        show_max_zones=show_max_zones,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    config_version: int | Unset = UNSET,
    show_deleted: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
) -> InstanceConfiguration | BasicFailedReply | None:
    """Get instance configuration

     Get instance configuration by id.

    Args:
        id (str): ID of the instance configuration
        config_version (int | Unset): Optionally retrieve the specified config version of the IC
            (otherwise retrieves the latest/only version)
        show_deleted (bool | Unset): If true, if the instance configuration has been marked for
            deletion it is still returned. Otherwise, instance configurations marked for deletion
            generate a 404
        show_max_zones (bool | Unset): If true, will populate the max_zones field of the instance
            configuration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstanceConfiguration | BasicFailedReply
    """

    return sync_detailed(
        id=id,
        client=client,
        config_version=config_version,
        show_deleted=show_deleted,
        show_max_zones=show_max_zones,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    config_version: int | Unset = UNSET,
    show_deleted: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
) -> Response[InstanceConfiguration | BasicFailedReply]:
    """Get instance configuration

     Get instance configuration by id.

    Args:
        id (str): ID of the instance configuration
        config_version (int | Unset): Optionally retrieve the specified config version of the IC
            (otherwise retrieves the latest/only version)
        show_deleted (bool | Unset): If true, if the instance configuration has been marked for
            deletion it is still returned. Otherwise, instance configurations marked for deletion
            generate a 404
        show_max_zones (bool | Unset): If true, will populate the max_zones field of the instance
            configuration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstanceConfiguration | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        id=id,
        config_version=config_version,
        show_deleted=show_deleted,
        show_max_zones=show_max_zones,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    config_version: int | Unset = UNSET,
    show_deleted: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
) -> InstanceConfiguration | BasicFailedReply | None:
    """Get instance configuration

     Get instance configuration by id.

    Args:
        id (str): ID of the instance configuration
        config_version (int | Unset): Optionally retrieve the specified config version of the IC
            (otherwise retrieves the latest/only version)
        show_deleted (bool | Unset): If true, if the instance configuration has been marked for
            deletion it is still returned. Otherwise, instance configurations marked for deletion
            generate a 404
        show_max_zones (bool | Unset): If true, will populate the max_zones field of the instance
            configuration. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstanceConfiguration | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            config_version=config_version,
            show_deleted=show_deleted,
            show_max_zones=show_max_zones,
        )
    ).parsed
