"""Create Config Store Option: `POST /platform/configuration/store/{config_option_id}`."""

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
    from ...models.config_store_option import ConfigStoreOption
    from ...models.config_store_option_data import ConfigStoreOptionData

OPERATION_ID = "create_config_store_option"
METHOD = "POST"
PATH = "/platform/configuration/store/{config_option_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    201: model("ConfigStoreOption"),
    400: model("BasicFailedReply"),
}


def _get_kwargs(
    config_option_id: str,
    *,
    body: ConfigStoreOptionData,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/store/{config_option_id}".format(
            config_option_id=path_param(config_option_id, "config_option_id"),
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
) -> ConfigStoreOption | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConfigStoreOption | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    config_option_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConfigStoreOptionData,
) -> Response[ConfigStoreOption | BasicFailedReply]:
    """Create Config Store Option

     Inserts new Config Store Option.

    Args:
        config_option_id (str): Name of the Config Store Option that you would like to create
        body (ConfigStoreOptionData): The data for the Config Store options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigStoreOption | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        config_option_id=config_option_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    config_option_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConfigStoreOptionData,
) -> ConfigStoreOption | BasicFailedReply | None:
    """Create Config Store Option

     Inserts new Config Store Option.

    Args:
        config_option_id (str): Name of the Config Store Option that you would like to create
        body (ConfigStoreOptionData): The data for the Config Store options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigStoreOption | BasicFailedReply
    """

    return sync_detailed(
        config_option_id=config_option_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    config_option_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConfigStoreOptionData,
) -> Response[ConfigStoreOption | BasicFailedReply]:
    """Create Config Store Option

     Inserts new Config Store Option.

    Args:
        config_option_id (str): Name of the Config Store Option that you would like to create
        body (ConfigStoreOptionData): The data for the Config Store options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigStoreOption | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        config_option_id=config_option_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    config_option_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConfigStoreOptionData,
) -> ConfigStoreOption | BasicFailedReply | None:
    """Create Config Store Option

     Inserts new Config Store Option.

    Args:
        config_option_id (str): Name of the Config Store Option that you would like to create
        body (ConfigStoreOptionData): The data for the Config Store options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigStoreOption | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            config_option_id=config_option_id,
            client=client,
            body=body,
        )
    ).parsed
