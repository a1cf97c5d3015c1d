"""Update proxy settings: `PATCH /platform/infrastructure/proxies/settings`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    free_json_body,
    parse_documented,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.proxies_settings import ProxiesSettings

OPERATION_ID = "update_proxies_settings"
METHOD = "PATCH"
PATH = "/platform/infrastructure/proxies/settings"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ProxiesSettings"),
    409: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    body: Any,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
        }
    )
    headers: dict[str, str] = {}
    _kwargs.update(free_json_body(body))  # free-form: a str is JSON text, sent as is
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProxiesSettings | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProxiesSettings | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> Response[ProxiesSettings | BasicFailedReply]:
    """Update proxy settings

     > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version.

    Applies the settings as a patch. Only the fields that are referenced in the update are changed.

    Args:
        version (str | Unset): If specified, checks for conflicts against the version of the
            repository configuration (returned in 'x-cloud-resource-version' of the GET request)
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxiesSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> ProxiesSettings | BasicFailedReply | None:
    """Update proxy settings

     > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version.

    Applies the settings as a patch. Only the fields that are referenced in the update are changed.

    Args:
        version (str | Unset): If specified, checks for conflicts against the version of the
            repository configuration (returned in 'x-cloud-resource-version' of the GET request)
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxiesSettings | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> Response[ProxiesSettings | BasicFailedReply]:
    """Update proxy settings

     > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version.

    Applies the settings as a patch. Only the fields that are referenced in the update are changed.

    Args:
        version (str | Unset): If specified, checks for conflicts against the version of the
            repository configuration (returned in 'x-cloud-resource-version' of the GET request)
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxiesSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> ProxiesSettings | BasicFailedReply | None:
    """Update proxy settings

     > WARNING
    > This endpoint is deprecated and scheduled to be removed in the next major version.

    Applies the settings as a patch. Only the fields that are referenced in the update are changed.

    Args:
        version (str | Unset): If specified, checks for conflicts against the version of the
            repository configuration (returned in 'x-cloud-resource-version' of the GET request)
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxiesSettings | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed
