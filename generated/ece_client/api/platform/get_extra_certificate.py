"""Read extra certificate: `GET /platform/configuration/security/extra_certs/{cert_id}`."""

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
    from ...models.public_cert_chain import PublicCertChain

OPERATION_ID = "get_extra_certificate"
METHOD = "GET"
PATH = "/platform/configuration/security/extra_certs/{cert_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("PublicCertChain"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    cert_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/security/extra_certs/{cert_id}".format(
            cert_id=path_param(cert_id, "cert_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PublicCertChain | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PublicCertChain | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cert_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PublicCertChain | BasicFailedReply]:
    """Read extra certificate

     Read an extra certificate.

    Args:
        cert_id (str): The extra certificate Id. For example, `star_my_domain_com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublicCertChain | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        cert_id=cert_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    cert_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PublicCertChain | BasicFailedReply | None:
    """Read extra certificate

     Read an extra certificate.

    Args:
        cert_id (str): The extra certificate Id. For example, `star_my_domain_com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublicCertChain | BasicFailedReply
    """

    return sync_detailed(
        cert_id=cert_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    cert_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PublicCertChain | BasicFailedReply]:
    """Read extra certificate

     Read an extra certificate.

    Args:
        cert_id (str): The extra certificate Id. For example, `star_my_domain_com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublicCertChain | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        cert_id=cert_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    cert_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PublicCertChain | BasicFailedReply | None:
    """Read extra certificate

     Read an extra certificate.

    Args:
        cert_id (str): The extra certificate Id. For example, `star_my_domain_com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublicCertChain | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            cert_id=cert_id,
            client=client,
        )
    ).parsed
