"""Set deployment template: `PUT /deployments/templates/{template_id}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
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
    from ...models.deployment_template_request_body import DeploymentTemplateRequestBody
    from ...models.id_response import IdResponse

OPERATION_ID = "set_deployment_template_v2"
METHOD = "PUT"
PATH = "/deployments/templates/{template_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("IdResponse"),
    201: model("IdResponse"),
    400: model("BasicFailedReply"),
    401: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    409: model("BasicFailedReply"),
}


def _get_kwargs(
    template_id: str,
    *,
    body: DeploymentTemplateRequestBody,
    version: str | Unset = UNSET,
    create_only: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
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
            "version": version,
            "create_only": create_only,
            "validate_only": validate_only,
            "region": region,
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
) -> IdResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IdResponse | BasicFailedReply]:
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
    body: DeploymentTemplateRequestBody,
    version: str | Unset = UNSET,
    create_only: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    region: str,
) -> Response[IdResponse | BasicFailedReply]:
    """Set deployment template

     Creates or updates a deployment template.

    Args:
        template_id (str): The identifier for the deployment template.
        version (str | Unset): If specified, checks for conflicts against the version of the
            template (returned in 'x-cloud-resource-version' of the GET request)
        create_only (bool | Unset): If true, will fail if the deployment template already exists
            at the given id Default: False.
        validate_only (bool | Unset): If true, the deployment template definition will be
            validated but the template will not be updated. Default: False.
        region (str): Region of the deployment template
        body (DeploymentTemplateRequestBody): Request body to create or update a Deployment
            Template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        version=version,
        create_only=create_only,
        validate_only=validate_only,
        region=region,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentTemplateRequestBody,
    version: str | Unset = UNSET,
    create_only: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    region: str,
) -> IdResponse | BasicFailedReply | None:
    """Set deployment template

     Creates or updates a deployment template.

    Args:
        template_id (str): The identifier for the deployment template.
        version (str | Unset): If specified, checks for conflicts against the version of the
            template (returned in 'x-cloud-resource-version' of the GET request)
        create_only (bool | Unset): If true, will fail if the deployment template already exists
            at the given id Default: False.
        validate_only (bool | Unset): If true, the deployment template definition will be
            validated but the template will not be updated. Default: False.
        region (str): Region of the deployment template
        body (DeploymentTemplateRequestBody): Request body to create or update a Deployment
            Template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdResponse | BasicFailedReply
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        body=body,
        version=version,
        create_only=create_only,
        validate_only=validate_only,
        region=region,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentTemplateRequestBody,
    version: str | Unset = UNSET,
    create_only: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    region: str,
) -> Response[IdResponse | BasicFailedReply]:
    """Set deployment template

     Creates or updates a deployment template.

    Args:
        template_id (str): The identifier for the deployment template.
        version (str | Unset): If specified, checks for conflicts against the version of the
            template (returned in 'x-cloud-resource-version' of the GET request)
        create_only (bool | Unset): If true, will fail if the deployment template already exists
            at the given id Default: False.
        validate_only (bool | Unset): If true, the deployment template definition will be
            validated but the template will not be updated. Default: False.
        region (str): Region of the deployment template
        body (DeploymentTemplateRequestBody): Request body to create or update a Deployment
            Template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        version=version,
        create_only=create_only,
        validate_only=validate_only,
        region=region,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentTemplateRequestBody,
    version: str | Unset = UNSET,
    create_only: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
    region: str,
) -> IdResponse | BasicFailedReply | None:
    """Set deployment template

     Creates or updates a deployment template.

    Args:
        template_id (str): The identifier for the deployment template.
        version (str | Unset): If specified, checks for conflicts against the version of the
            template (returned in 'x-cloud-resource-version' of the GET request)
        create_only (bool | Unset): If true, will fail if the deployment template already exists
            at the given id Default: False.
        validate_only (bool | Unset): If true, the deployment template definition will be
            validated but the template will not be updated. Default: False.
        region (str): Region of the deployment template
        body (DeploymentTemplateRequestBody): Request body to create or update a Deployment
            Template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            body=body,
            version=version,
            create_only=create_only,
            validate_only=validate_only,
            region=region,
        )
    ).parsed
