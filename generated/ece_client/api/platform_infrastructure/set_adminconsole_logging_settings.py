"""Set adminconsole logging settings: `PUT /platform/infrastructure/adminconsoles/{adminconsole_id}/logging_settings`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
    path_param,
)
from ..._model import model
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.logging_settings import LoggingSettings

OPERATION_ID = "set_adminconsole_logging_settings"
METHOD = "PUT"
PATH = "/platform/infrastructure/adminconsoles/{adminconsole_id}/logging_settings"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("LoggingSettings"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    adminconsole_id: str,
    *,
    body: LoggingSettings,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/infrastructure/adminconsoles/{adminconsole_id}/logging_settings".format(
            adminconsole_id=path_param(adminconsole_id, "adminconsole_id"),
        ),
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoggingSettings | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LoggingSettings | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    adminconsole_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LoggingSettings,
) -> Response[LoggingSettings | BasicFailedReply]:
    """Set adminconsole logging settings

     Set the logging settings for this adminconsole instance.

    Args:
        adminconsole_id (str): The identifier for the adminconsole instance
        body (LoggingSettings): Information about logging settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoggingSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        adminconsole_id=adminconsole_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    adminconsole_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LoggingSettings,
) -> LoggingSettings | BasicFailedReply | None:
    """Set adminconsole logging settings

     Set the logging settings for this adminconsole instance.

    Args:
        adminconsole_id (str): The identifier for the adminconsole instance
        body (LoggingSettings): Information about logging settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoggingSettings | BasicFailedReply
    """

    return sync_detailed(
        adminconsole_id=adminconsole_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    adminconsole_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LoggingSettings,
) -> Response[LoggingSettings | BasicFailedReply]:
    """Set adminconsole logging settings

     Set the logging settings for this adminconsole instance.

    Args:
        adminconsole_id (str): The identifier for the adminconsole instance
        body (LoggingSettings): Information about logging settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoggingSettings | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        adminconsole_id=adminconsole_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    adminconsole_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LoggingSettings,
) -> LoggingSettings | BasicFailedReply | None:
    """Set adminconsole logging settings

     Set the logging settings for this adminconsole instance.

    Args:
        adminconsole_id (str): The identifier for the adminconsole instance
        body (LoggingSettings): Information about logging settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoggingSettings | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            adminconsole_id=adminconsole_id,
            client=client,
            body=body,
        )
    ).parsed
