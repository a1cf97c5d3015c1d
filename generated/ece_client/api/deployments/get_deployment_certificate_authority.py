"""Get certificate authority: `GET /deployments/{deployment_id}/certificate-authority`."""

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
    from ...models.certificate_authority import CertificateAuthority

OPERATION_ID = "get_deployment_certificate_authority"
METHOD = "GET"
PATH = "/deployments/{deployment_id}/certificate-authority"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("CertificateAuthority"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/certificate-authority".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CertificateAuthority | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CertificateAuthority | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CertificateAuthority | BasicFailedReply]:
    """Get certificate authority

     Returns the certificate authority used to sign the certificates of this deployment.

    Args:
        deployment_id (str): Identifier for the Deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateAuthority | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CertificateAuthority | BasicFailedReply | None:
    """Get certificate authority

     Returns the certificate authority used to sign the certificates of this deployment.

    Args:
        deployment_id (str): Identifier for the Deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateAuthority | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CertificateAuthority | BasicFailedReply]:
    """Get certificate authority

     Returns the certificate authority used to sign the certificates of this deployment.

    Args:
        deployment_id (str): Identifier for the Deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateAuthority | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CertificateAuthority | BasicFailedReply | None:
    """Get certificate authority

     Returns the certificate authority used to sign the certificates of this deployment.

    Args:
        deployment_id (str): Identifier for the Deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateAuthority | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
        )
    ).parsed
