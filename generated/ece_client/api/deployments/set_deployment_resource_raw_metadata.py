"""Set a Deployment's resource metadata: `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/metadata/raw`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    free_json_body,
    parse_documented,
    path_param,
    query_params,
)
from ..._model import STR, model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.set_deployment_resource_raw_metadata_resource_kind import (
        SetDeploymentResourceRawMetadataResourceKind,
    )

OPERATION_ID = "set_deployment_resource_raw_metadata"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/metadata/raw"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: STR,
    400: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    449: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    resource_kind: SetDeploymentResourceRawMetadataResourceKind,
    ref_id: str,
    *,
    body: Any,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/metadata/raw".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
        }
    )
    headers: dict[str, str] = {}
    _kwargs.update(free_json_body(body))  # free-form: a str is JSON text, sent as is
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[str | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    resource_kind: SetDeploymentResourceRawMetadataResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> Response[str | BasicFailedReply]:
    """Set a Deployment's resource metadata

     Advanced use only. Sets the internal metadata, in free-form JSON, for the resource.
    Only use the parameter to set the modified JSON that is returned from the get version of the
    metadata.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (SetDeploymentResourceRawMetadataResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        version (str | Unset): If specified, checks for conflicts against the metadata version
            (returned in 'x-cloud-resource-version' of the GET request)
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        body=body,
        version=version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    resource_kind: SetDeploymentResourceRawMetadataResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> str | BasicFailedReply | None:
    """Set a Deployment's resource metadata

     Advanced use only. Sets the internal metadata, in free-form JSON, for the resource.
    Only use the parameter to set the modified JSON that is returned from the get version of the
    metadata.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (SetDeploymentResourceRawMetadataResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        version (str | Unset): If specified, checks for conflicts against the metadata version
            (returned in 'x-cloud-resource-version' of the GET request)
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    resource_kind: SetDeploymentResourceRawMetadataResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> Response[str | BasicFailedReply]:
    """Set a Deployment's resource metadata

     Advanced use only. Sets the internal metadata, in free-form JSON, for the resource.
    Only use the parameter to set the modified JSON that is returned from the get version of the
    metadata.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (SetDeploymentResourceRawMetadataResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        version (str | Unset): If specified, checks for conflicts against the metadata version
            (returned in 'x-cloud-resource-version' of the GET request)
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        body=body,
        version=version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    resource_kind: SetDeploymentResourceRawMetadataResourceKind,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    version: str | Unset = UNSET,
) -> str | BasicFailedReply | None:
    """Set a Deployment's resource metadata

     Advanced use only. Sets the internal metadata, in free-form JSON, for the resource.
    Only use the parameter to set the modified JSON that is returned from the get version of the
    metadata.

    Args:
        deployment_id (str): Identifier for the Deployment
        resource_kind (SetDeploymentResourceRawMetadataResourceKind): The kind of resource
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one)
        version (str | Unset): If specified, checks for conflicts against the metadata version
            (returned in 'x-cloud-resource-version' of the GET request)
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            resource_kind=resource_kind,
            ref_id=ref_id,
            client=client,
            body=body,
            version=version,
        )
    ).parsed
