"""Get stack version: `GET /stack/versions/{version}`."""

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
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.stack_version_config import StackVersionConfig

OPERATION_ID = "get_version_stack"
METHOD = "GET"
PATH = "/stack/versions/{version}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("StackVersionConfig"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    version: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/stack/versions/{version}".format(
            version=path_param(version, "version"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StackVersionConfig | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StackVersionConfig | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StackVersionConfig | BasicFailedReply]:
    """Get stack version

     Retrieves the Elastic Stack version and template.

    Args:
        version (str): The Elastic Stack version. For example, `5.3.1` or `5.0.0-RC4`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StackVersionConfig | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> StackVersionConfig | BasicFailedReply | None:
    """Get stack version

     Retrieves the Elastic Stack version and template.

    Args:
        version (str): The Elastic Stack version. For example, `5.3.1` or `5.0.0-RC4`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StackVersionConfig | BasicFailedReply
    """

    return sync_detailed(
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StackVersionConfig | BasicFailedReply]:
    """Get stack version

     Retrieves the Elastic Stack version and template.

    Args:
        version (str): The Elastic Stack version. For example, `5.3.1` or `5.0.0-RC4`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StackVersionConfig | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> StackVersionConfig | BasicFailedReply | None:
    """Get stack version

     Retrieves the Elastic Stack version and template.

    Args:
        version (str): The Elastic Stack version. For example, `5.3.1` or `5.0.0-RC4`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StackVersionConfig | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
        )
    ).parsed
