"""Reset the secret token for an APM resource.: `POST /deployments/{deployment_id}/apm/{ref_id}/_reset-token`."""

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
    from ...models.apm_crud_response import ApmCrudResponse
    from ...models.basic_failed_reply import BasicFailedReply

OPERATION_ID = "deployment_apm_reset_secret_token"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/apm/{ref_id}/_reset-token"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("ApmCrudResponse"),
    400: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    ref_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/apm/{ref_id}/_reset-token".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApmCrudResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApmCrudResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApmCrudResponse | BasicFailedReply]:
    """Reset the secret token for an APM resource.

     Reset the token of an APM resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApmCrudResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApmCrudResponse | BasicFailedReply | None:
    """Reset the secret token for an APM resource.

     Reset the token of an APM resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApmCrudResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        ref_id=ref_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApmCrudResponse | BasicFailedReply]:
    """Reset the secret token for an APM resource.

     Reset the token of an APM resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApmCrudResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApmCrudResponse | BasicFailedReply | None:
    """Reset the secret token for an APM resource.

     Reset the token of an APM resource.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApmCrudResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            ref_id=ref_id,
            client=client,
        )
    ).parsed
