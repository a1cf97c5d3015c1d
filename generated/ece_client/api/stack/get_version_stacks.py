"""Get stack versions: `GET /stack/versions`."""

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
    from ...models.stack_version_configs import StackVersionConfigs

OPERATION_ID = "get_version_stacks"
METHOD = "GET"
PATH = "/stack/versions"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("StackVersionConfigs"),
}


def _get_kwargs(
    *,
    show_deleted: bool | Unset = UNSET,
    show_unusable: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "show_deleted": show_deleted,
            "show_unusable": show_unusable,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StackVersionConfigs | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[StackVersionConfigs]:
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
    show_unusable: bool | Unset = UNSET,
) -> Response[StackVersionConfigs]:
    """Get stack versions

     By default, retrieves only the available Elastic Stack versions. To retrieve all of the Elastic
    Stack versions, use the `show_deleted parameter`.

    Args:
        show_deleted (bool | Unset): Whether to show deleted stack versions or not Default: False.
        show_unusable (bool | Unset): Whether to show versions that are unusable by the
            authenticated user Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StackVersionConfigs]
    """

    kwargs = _get_kwargs(
        show_deleted=show_deleted,
        show_unusable=show_unusable,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    show_deleted: bool | Unset = UNSET,
    show_unusable: bool | Unset = UNSET,
) -> StackVersionConfigs | None:
    """Get stack versions

     By default, retrieves only the available Elastic Stack versions. To retrieve all of the Elastic
    Stack versions, use the `show_deleted parameter`.

    Args:
        show_deleted (bool | Unset): Whether to show deleted stack versions or not Default: False.
        show_unusable (bool | Unset): Whether to show versions that are unusable by the
            authenticated user Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StackVersionConfigs
    """

    return sync_detailed(
        client=client,
        show_deleted=show_deleted,
        show_unusable=show_unusable,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    show_deleted: bool | Unset = UNSET,
    show_unusable: bool | Unset = UNSET,
) -> Response[StackVersionConfigs]:
    """Get stack versions

     By default, retrieves only the available Elastic Stack versions. To retrieve all of the Elastic
    Stack versions, use the `show_deleted parameter`.

    Args:
        show_deleted (bool | Unset): Whether to show deleted stack versions or not Default: False.
        show_unusable (bool | Unset): Whether to show versions that are unusable by the
            authenticated user Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StackVersionConfigs]
    """

    kwargs = _get_kwargs(
        show_deleted=show_deleted,
        show_unusable=show_unusable,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    show_deleted: bool | Unset = UNSET,
    show_unusable: bool | Unset = UNSET,
) -> StackVersionConfigs | None:
    """Get stack versions

     By default, retrieves only the available Elastic Stack versions. To retrieve all of the Elastic
    Stack versions, use the `show_deleted parameter`.

    Args:
        show_deleted (bool | Unset): Whether to show deleted stack versions or not Default: False.
        show_unusable (bool | Unset): Whether to show versions that are unusable by the
            authenticated user Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StackVersionConfigs
    """

    return (
        await asyncio_detailed(
            client=client,
            show_deleted=show_deleted,
            show_unusable=show_unusable,
        )
    ).parsed
