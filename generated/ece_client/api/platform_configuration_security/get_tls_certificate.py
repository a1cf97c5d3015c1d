"""Get TLS certificate: `GET /platform/configuration/security/tls/{service_name}`."""

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
    from ...models.get_tls_certificate_service_name import GetTlsCertificateServiceName
    from ...models.tls_public_cert_chain import TlsPublicCertChain

OPERATION_ID = "get_tls_certificate"
METHOD = "GET"
PATH = "/platform/configuration/security/tls/{service_name}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TlsPublicCertChain"),
}


def _get_kwargs(
    service_name: GetTlsCertificateServiceName,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/security/tls/{service_name}".format(
            service_name=path_param(service_name, "service_name"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TlsPublicCertChain | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TlsPublicCertChain]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_name: GetTlsCertificateServiceName,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TlsPublicCertChain]:
    """Get TLS certificate

     Retrieves a certificate in the TLS certificate chain.

    Args:
        service_name (GetTlsCertificateServiceName): The service certificate chain to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TlsPublicCertChain]
    """

    kwargs = _get_kwargs(
        service_name=service_name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    service_name: GetTlsCertificateServiceName,
    *,
    client: AuthenticatedClient | Client,
) -> TlsPublicCertChain | None:
    """Get TLS certificate

     Retrieves a certificate in the TLS certificate chain.

    Args:
        service_name (GetTlsCertificateServiceName): The service certificate chain to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TlsPublicCertChain
    """

    return sync_detailed(
        service_name=service_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_name: GetTlsCertificateServiceName,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TlsPublicCertChain]:
    """Get TLS certificate

     Retrieves a certificate in the TLS certificate chain.

    Args:
        service_name (GetTlsCertificateServiceName): The service certificate chain to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TlsPublicCertChain]
    """

    kwargs = _get_kwargs(
        service_name=service_name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    service_name: GetTlsCertificateServiceName,
    *,
    client: AuthenticatedClient | Client,
) -> TlsPublicCertChain | None:
    """Get TLS certificate

     Retrieves a certificate in the TLS certificate chain.

    Args:
        service_name (GetTlsCertificateServiceName): The service certificate chain to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TlsPublicCertChain
    """

    return (
        await asyncio_detailed(
            service_name=service_name,
            client=client,
        )
    ).parsed
