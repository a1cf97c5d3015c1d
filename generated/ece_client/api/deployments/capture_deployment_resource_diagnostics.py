"""Capture diagnostics for an Elasticsearch or Kibana resource: `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/diagnostics/_capture`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    BYTES,
    parse_documented,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.capture_deployment_resource_diagnostics_mode import CaptureDeploymentResourceDiagnosticsMode

OPERATION_ID = "capture_deployment_resource_diagnostics"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/diagnostics/_capture"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: BYTES,
    404: model("BasicFailedReply"),
    412: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    *,
    mode: CaptureDeploymentResourceDiagnosticsMode | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/diagnostics/_capture".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "mode": mode,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> bytes | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[bytes | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    mode: CaptureDeploymentResourceDiagnosticsMode | Unset = UNSET,
) -> Response[bytes | BasicFailedReply]:
    """Capture diagnostics for an Elasticsearch or Kibana resource

     Retrieves a diagnostic bundle from an active cluster. To successfully retrieve a diagnostic bundle,
    the cluster must be responsive.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (str): The kind of resource (one of elasticsearch or kibana).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        mode (CaptureDeploymentResourceDiagnosticsMode | Unset): Capture mode - whether to obtain
            all the diagnostics data or the lightweight, essential-only subset of it. Applicable only
            to Elasticsearch, ignored for any other components which have just one capture mode
            implemented. Default: CaptureDeploymentResourceDiagnosticsMode.FULL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[bytes | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        mode=mode,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    mode: CaptureDeploymentResourceDiagnosticsMode | Unset = UNSET,
) -> bytes | BasicFailedReply | None:
    """Capture diagnostics for an Elasticsearch or Kibana resource

     Retrieves a diagnostic bundle from an active cluster. To successfully retrieve a diagnostic bundle,
    the cluster must be responsive.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (str): The kind of resource (one of elasticsearch or kibana).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        mode (CaptureDeploymentResourceDiagnosticsMode | Unset): Capture mode - whether to obtain
            all the diagnostics data or the lightweight, essential-only subset of it. Applicable only
            to Elasticsearch, ignored for any other components which have just one capture mode
            implemented. Default: CaptureDeploymentResourceDiagnosticsMode.FULL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        bytes | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        client=client,
        mode=mode,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    mode: CaptureDeploymentResourceDiagnosticsMode | Unset = UNSET,
) -> Response[bytes | BasicFailedReply]:
    """Capture diagnostics for an Elasticsearch or Kibana resource

     Retrieves a diagnostic bundle from an active cluster. To successfully retrieve a diagnostic bundle,
    the cluster must be responsive.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (str): The kind of resource (one of elasticsearch or kibana).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        mode (CaptureDeploymentResourceDiagnosticsMode | Unset): Capture mode - whether to obtain
            all the diagnostics data or the lightweight, essential-only subset of it. Applicable only
            to Elasticsearch, ignored for any other components which have just one capture mode
            implemented. Default: CaptureDeploymentResourceDiagnosticsMode.FULL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[bytes | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        mode=mode,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    mode: CaptureDeploymentResourceDiagnosticsMode | Unset = UNSET,
) -> bytes | BasicFailedReply | None:
    """Capture diagnostics for an Elasticsearch or Kibana resource

     Retrieves a diagnostic bundle from an active cluster. To successfully retrieve a diagnostic bundle,
    the cluster must be responsive.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (str): The kind of resource (one of elasticsearch or kibana).
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        mode (CaptureDeploymentResourceDiagnosticsMode | Unset): Capture mode - whether to obtain
            all the diagnostics data or the lightweight, essential-only subset of it. Applicable only
            to Elasticsearch, ignored for any other components which have just one capture mode
            implemented. Default: CaptureDeploymentResourceDiagnosticsMode.FULL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        bytes | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            resource_kind=resource_kind,
            ref_id=ref_id,
            client=client,
            mode=mode,
        )
    ).parsed
