"""Create an extension: `POST /deployments/extensions`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
)
from ..._model import model
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.create_extension_request import CreateExtensionRequest
    from ...models.extension import Extension

OPERATION_ID = "create_extension"
METHOD = "POST"
PATH = "/deployments/extensions"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    201: model("Extension"),
    400: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    409: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    body: CreateExtensionRequest,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

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
    *,
    client: AuthenticatedClient | Client,
    body: CreateExtensionRequest,
) -> Response[Extension | BasicFailedReply]:
    """Create an extension

     Creates the extension.
     The extensions API supports two types of usage patterns.
     A). Specify a `download_url`, http or https URL,  where the extension is currently hosted. This
    will result in extension being copied to elastic repository.
     B). Create only the extension metadata using the `POST` endpoint and then use `PUT` to upload the
    extension file. Leave the `download_url` unspecified in this case.

    Args:
        body (CreateExtensionRequest): The body of a request to create a new extension

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Extension | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExtensionRequest,
) -> Extension | BasicFailedReply | None:
    """Create an extension

     Creates the extension.
     The extensions API supports two types of usage patterns.
     A). Specify a `download_url`, http or https URL,  where the extension is currently hosted. This
    will result in extension being copied to elastic repository.
     B). Create only the extension metadata using the `POST` endpoint and then use `PUT` to upload the
    extension file. Leave the `download_url` unspecified in this case.

    Args:
        body (CreateExtensionRequest): The body of a request to create a new extension

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Extension | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExtensionRequest,
) -> Response[Extension | BasicFailedReply]:
    """Create an extension

     Creates the extension.
     The extensions API supports two types of usage patterns.
     A). Specify a `download_url`, http or https URL,  where the extension is currently hosted. This
    will result in extension being copied to elastic repository.
     B). Create only the extension metadata using the `POST` endpoint and then use `PUT` to upload the
    extension file. Leave the `download_url` unspecified in this case.

    Args:
        body (CreateExtensionRequest): The body of a request to create a new extension

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Extension | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExtensionRequest,
) -> Extension | BasicFailedReply | None:
    """Create an extension

     Creates the extension.
     The extensions API supports two types of usage patterns.
     A). Specify a `download_url`, http or https URL,  where the extension is currently hosted. This
    will result in extension being copied to elastic repository.
     B). Create only the extension metadata using the `POST` endpoint and then use `PUT` to upload the
    extension file. Leave the `download_url` unspecified in this case.

    Args:
        body (CreateExtensionRequest): The body of a request to create a new extension

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Extension | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
