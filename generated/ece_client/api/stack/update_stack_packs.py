"""Upload stack pack: `POST /stack/versions`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    multipart_body,
    parse_documented,
)
from ..._model import model
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.stack_version_archive_processing_result import StackVersionArchiveProcessingResult
    from ...models.update_stack_packs_body import UpdateStackPacksBody

OPERATION_ID = "update_stack_packs"
METHOD = "POST"
PATH = "/stack/versions"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("StackVersionArchiveProcessingResult"),
    400: model("StackVersionArchiveProcessingResult"),
}


def _get_kwargs(
    *,
    body: UpdateStackPacksBody,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    headers: dict[str, str] = {}
    _kwargs["files"] = multipart_body(body)

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StackVersionArchiveProcessingResult | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StackVersionArchiveProcessingResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateStackPacksBody,
) -> Response[StackVersionArchiveProcessingResult]:
    """Upload stack pack

     Creates or updates an Elastic Stack pack and template.
    The endpoint supports `multipart/form-data` requests, as well as `application/zip` and
    `application/octet-stream` requests with a binary body. The maximum size of the payload is 1Mb.
    When the archive contains an Elastic Stack configuration that is available through the API, the
    configuration and template are overwritten.

    Args:
        body (UpdateStackPacksBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StackVersionArchiveProcessingResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateStackPacksBody,
) -> StackVersionArchiveProcessingResult | None:
    """Upload stack pack

     Creates or updates an Elastic Stack pack and template.
    The endpoint supports `multipart/form-data` requests, as well as `application/zip` and
    `application/octet-stream` requests with a binary body. The maximum size of the payload is 1Mb.
    When the archive contains an Elastic Stack configuration that is available through the API, the
    configuration and template are overwritten.

    Args:
        body (UpdateStackPacksBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StackVersionArchiveProcessingResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateStackPacksBody,
) -> Response[StackVersionArchiveProcessingResult]:
    """Upload stack pack

     Creates or updates an Elastic Stack pack and template.
    The endpoint supports `multipart/form-data` requests, as well as `application/zip` and
    `application/octet-stream` requests with a binary body. The maximum size of the payload is 1Mb.
    When the archive contains an Elastic Stack configuration that is available through the API, the
    configuration and template are overwritten.

    Args:
        body (UpdateStackPacksBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StackVersionArchiveProcessingResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateStackPacksBody,
) -> StackVersionArchiveProcessingResult | None:
    """Upload stack pack

     Creates or updates an Elastic Stack pack and template.
    The endpoint supports `multipart/form-data` requests, as well as `application/zip` and
    `application/octet-stream` requests with a binary body. The maximum size of the payload is 1Mb.
    When the archive contains an Elastic Stack configuration that is available through the API, the
    configuration and template are overwritten.

    Args:
        body (UpdateStackPacksBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StackVersionArchiveProcessingResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
