"""Create Deployment: `POST /deployments`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.deployment_create_request import DeploymentCreateRequest
    from ...models.deployment_create_response import DeploymentCreateResponse

OPERATION_ID = "create_deployment"
METHOD = "POST"
PATH = "/deployments"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentCreateResponse"),
    201: model("DeploymentCreateResponse"),
    202: model("DeploymentCreateResponse"),
    400: model("BasicFailedReply"),
    401: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    body: DeploymentCreateRequest,
    request_id: str | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "request_id": request_id,
            "validate_only": validate_only,
            "template_id": template_id,
        }
    )
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentCreateResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentCreateResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentCreateRequest,
    request_id: str | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> Response[DeploymentCreateResponse | BasicFailedReply]:
    """Create Deployment

     Creates a Deployment.

    Args:
        request_id (str | Unset): An optional idempotency token - if two create requests share the
            same request_id token (min size 32 characters, max 128) then only one deployment will be
            created, the second request will return the info of that deployment (in the same format
            described below, but with blanks for auth-related fields)
        validate_only (bool | Unset): If true, will just validate the Deployment definition but
            will not perform the creation Default: False.
        template_id (str | Unset): An optional template id - if present, the referenced template
            will be used to fill in the resources field of the deployment creation request. If any
            resources are present in the request together with the template, the ones coming in the
            request will prevail and no merging with the template will be performed.
        body (DeploymentCreateRequest): A request for creating a new Deployment consisting of
            multiple clusters

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentCreateResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
        request_id=request_id,
        validate_only=validate_only,
        template_id=template_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentCreateRequest,
    request_id: str | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> DeploymentCreateResponse | BasicFailedReply | None:
    """Create Deployment

     Creates a Deployment.

    Args:
        request_id (str | Unset): An optional idempotency token - if two create requests share the
            same request_id token (min size 32 characters, max 128) then only one deployment will be
            created, the second request will return the info of that deployment (in the same format
            described below, but with blanks for auth-related fields)
        validate_only (bool | Unset): If true, will just validate the Deployment definition but
            will not perform the creation Default: False.
        template_id (str | Unset): An optional template id - if present, the referenced template
            will be used to fill in the resources field of the deployment creation request. If any
            resources are present in the request together with the template, the ones coming in the
            request will prevail and no merging with the template will be performed.
        body (DeploymentCreateRequest): A request for creating a new Deployment consisting of
            multiple clusters

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentCreateResponse | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        body=body,
        request_id=request_id,
        validate_only=validate_only,
        template_id=template_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentCreateRequest,
    request_id: str | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> Response[DeploymentCreateResponse | BasicFailedReply]:
    """Create Deployment

     Creates a Deployment.

    Args:
        request_id (str | Unset): An optional idempotency token - if two create requests share the
            same request_id token (min size 32 characters, max 128) then only one deployment will be
            created, the second request will return the info of that deployment (in the same format
            described below, but with blanks for auth-related fields)
        validate_only (bool | Unset): If true, will just validate the Deployment definition but
            will not perform the creation Default: False.
        template_id (str | Unset): An optional template id - if present, the referenced template
            will be used to fill in the resources field of the deployment creation request. If any
            resources are present in the request together with the template, the ones coming in the
            request will prevail and no merging with the template will be performed.
        body (DeploymentCreateRequest): A request for creating a new Deployment consisting of
            multiple clusters

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentCreateResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
        request_id=request_id,
        validate_only=validate_only,
        template_id=template_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentCreateRequest,
    request_id: str | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> DeploymentCreateResponse | BasicFailedReply | None:
    """Create Deployment

     Creates a Deployment.

    Args:
        request_id (str | Unset): An optional idempotency token - if two create requests share the
            same request_id token (min size 32 characters, max 128) then only one deployment will be
            created, the second request will return the info of that deployment (in the same format
            described below, but with blanks for auth-related fields)
        validate_only (bool | Unset): If true, will just validate the Deployment definition but
            will not perform the creation Default: False.
        template_id (str | Unset): An optional template id - if present, the referenced template
            will be used to fill in the resources field of the deployment creation request. If any
            resources are present in the request together with the template, the ones coming in the
            request will prevail and no merging with the template will be performed.
        body (DeploymentCreateRequest): A request for creating a new Deployment consisting of
            multiple clusters

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentCreateResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            request_id=request_id,
            validate_only=validate_only,
            template_id=template_id,
        )
    ).parsed
