"""Set TLS certificate: `POST /platform/configuration/security/tls/{service_name}`."""

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
    from ...models.set_tls_certificate_service_name import SetTlsCertificateServiceName
    from ...models.updated_tls_chain import UpdatedTlsChain

OPERATION_ID = "set_tls_certificate"
METHOD = "POST"
PATH = "/platform/configuration/security/tls/{service_name}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("UpdatedTlsChain"),
}


def _get_kwargs(
    service_name: SetTlsCertificateServiceName,
    *,
    body: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/security/tls/{service_name}".format(
            service_name=path_param(service_name, "service_name"),
        ),
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdatedTlsChain | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UpdatedTlsChain]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_name: SetTlsCertificateServiceName,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Response[UpdatedTlsChain]:
    """Set TLS certificate

     Creates or updates the TLS certificate chain.

    Args:
        service_name (SetTlsCertificateServiceName): The service certificate chain to read.
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdatedTlsChain]
    """

    kwargs = _get_kwargs(
        service_name=service_name,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    service_name: SetTlsCertificateServiceName,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> UpdatedTlsChain | None:
    """Set TLS certificate

     Creates or updates the TLS certificate chain.

    Args:
        service_name (SetTlsCertificateServiceName): The service certificate chain to read.
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdatedTlsChain
    """

    return sync_detailed(
        service_name=service_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_name: SetTlsCertificateServiceName,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Response[UpdatedTlsChain]:
    """Set TLS certificate

     Creates or updates the TLS certificate chain.

    Args:
        service_name (SetTlsCertificateServiceName): The service certificate chain to read.
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdatedTlsChain]
    """

    kwargs = _get_kwargs(
        service_name=service_name,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    service_name: SetTlsCertificateServiceName,
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> UpdatedTlsChain | None:
    """Set TLS certificate

     Creates or updates the TLS certificate chain.

    Args:
        service_name (SetTlsCertificateServiceName): The service certificate chain to read.
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdatedTlsChain
    """

    return (
        await asyncio_detailed(
            service_name=service_name,
            client=client,
            body=body,
        )
    ).parsed
