"""Delete deployment template: `DELETE /deployments/templates/{template_id}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    path_param,
    query_params,
)
from ..._model import model
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.empty_response import EmptyResponse

OPERATION_ID = "delete_deployment_template_v2"
METHOD = "DELETE"
PATH = "/deployments/templates/{template_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse"),
    400: model("BasicFailedReply"),
    401: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    template_id: str,
    *,
    region: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/templates/{template_id}".format(
            template_id=path_param(template_id, "template_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "region": region,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    region: str,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete deployment template

     Deletes a deployment template by id.

    Args:
        template_id (str): The identifier for the deployment template.
        region (str): Region of the deployment template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        region=region,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    region: str,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete deployment template

     Deletes a deployment template by id.

    Args:
        template_id (str): The identifier for the deployment template.
        region (str): Region of the deployment template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        region=region,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    region: str,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete deployment template

     Deletes a deployment template by id.

    Args:
        template_id (str): The identifier for the deployment template.
        region (str): Region of the deployment template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        region=region,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    region: str,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete deployment template

     Deletes a deployment template by id.

    Args:
        template_id (str): The identifier for the deployment template.
        region (str): Region of the deployment template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            region=region,
        )
    ).parsed
