"""Get Extension: `GET /deployments/extensions/{extension_id}`."""

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
    from ...models.extension import Extension

OPERATION_ID = "get_extension"
METHOD = "GET"
PATH = "/deployments/extensions/{extension_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("Extension"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    extension_id: str,
    *,
    include_deployments: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/extensions/{extension_id}".format(
            extension_id=path_param(extension_id, "extension_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "include_deployments": include_deployments,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Extension | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Extension | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    extension_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deployments: bool | Unset = UNSET,
) -> Response[Extension | BasicFailedReply]:
    """Get Extension

     Retrieves an extension.

    Args:
        extension_id (str): Id of an extension
        include_deployments (bool | Unset): Include deployments referencing this extension. Up to
            only 10000 deployments will be included. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Extension | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        extension_id=extension_id,
        include_deployments=include_deployments,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    extension_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deployments: bool | Unset = UNSET,
) -> Extension | BasicFailedReply | None:
    """Get Extension

     Retrieves an extension.

    Args:
        extension_id (str): Id of an extension
        include_deployments (bool | Unset): Include deployments referencing this extension. Up to
            only 10000 deployments will be included. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Extension | BasicFailedReply
    """

    return sync_detailed(
        extension_id=extension_id,
        client=client,
        include_deployments=include_deployments,
    ).parsed


async def asyncio_detailed(
    extension_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deployments: bool | Unset = UNSET,
) -> Response[Extension | BasicFailedReply]:
    """Get Extension

     Retrieves an extension.

    Args:
        extension_id (str): Id of an extension
        include_deployments (bool | Unset): Include deployments referencing this extension. Up to
            only 10000 deployments will be included. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Extension | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        extension_id=extension_id,
        include_deployments=include_deployments,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    extension_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deployments: bool | Unset = UNSET,
) -> Extension | BasicFailedReply | None:
    """Get Extension

     Retrieves an extension.

    Args:
        extension_id (str): Id of an extension
        include_deployments (bool | Unset): Include deployments referencing this extension. Up to
            only 10000 deployments will be included. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Extension | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            extension_id=extension_id,
            client=client,
            include_deployments=include_deployments,
        )
    ).parsed
