"""Get deployment template: `GET /deployments/templates/{template_id}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
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
    from ...models.deployment_template_info_v2 import DeploymentTemplateInfoV2

OPERATION_ID = "get_deployment_template_v2"
METHOD = "GET"
PATH = "/deployments/templates/{template_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentTemplateInfoV2"),
    400: model("BasicFailedReply"),
    401: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    template_id: str,
    *,
    show_instance_configurations: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    stack_version: str | Unset = UNSET,
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
            "show_instance_configurations": show_instance_configurations,
            "show_max_zones": show_max_zones,
            "stack_version": stack_version,
            "region": region,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentTemplateInfoV2 | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentTemplateInfoV2 | BasicFailedReply]:
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
    show_instance_configurations: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    stack_version: str | Unset = UNSET,
    region: str,
) -> Response[DeploymentTemplateInfoV2 | BasicFailedReply]:
    """Get deployment template

     Retrieves a deployment template by id.

    Args:
        template_id (str): The identifier for the deployment template.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the template. Default: True.
        show_max_zones (bool | Unset): If true, will populate the max_zones field in the instance
            configurations. Only relevant if show_instance_configurations=true. Default: False.
        stack_version (str | Unset): If present, it will cause the returned deployment template to
            be adapted to return only the elements allowed in that version.
        region (str): Region of the deployment template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTemplateInfoV2 | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        show_instance_configurations=show_instance_configurations,
        show_max_zones=show_max_zones,
        stack_version=stack_version,
        region=region,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_instance_configurations: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    stack_version: str | Unset = UNSET,
    region: str,
) -> DeploymentTemplateInfoV2 | BasicFailedReply | None:
    """Get deployment template

     Retrieves a deployment template by id.

    Args:
        template_id (str): The identifier for the deployment template.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the template. Default: True.
        show_max_zones (bool | Unset): If true, will populate the max_zones field in the instance
            configurations. Only relevant if show_instance_configurations=true. Default: False.
        stack_version (str | Unset): If present, it will cause the returned deployment template to
            be adapted to return only the elements allowed in that version.
        region (str): Region of the deployment template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentTemplateInfoV2 | BasicFailedReply
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        show_instance_configurations=show_instance_configurations,
        show_max_zones=show_max_zones,
        stack_version=stack_version,
        region=region,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_instance_configurations: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    stack_version: str | Unset = UNSET,
    region: str,
) -> Response[DeploymentTemplateInfoV2 | BasicFailedReply]:
    """Get deployment template

     Retrieves a deployment template by id.

    Args:
        template_id (str): The identifier for the deployment template.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the template. Default: True.
        show_max_zones (bool | Unset): If true, will populate the max_zones field in the instance
            configurations. Only relevant if show_instance_configurations=true. Default: False.
        stack_version (str | Unset): If present, it will cause the returned deployment template to
            be adapted to return only the elements allowed in that version.
        region (str): Region of the deployment template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTemplateInfoV2 | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        show_instance_configurations=show_instance_configurations,
        show_max_zones=show_max_zones,
        stack_version=stack_version,
        region=region,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_instance_configurations: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    stack_version: str | Unset = UNSET,
    region: str,
) -> DeploymentTemplateInfoV2 | BasicFailedReply | None:
    """Get deployment template

     Retrieves a deployment template by id.

    Args:
        template_id (str): The identifier for the deployment template.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the template. Default: True.
        show_max_zones (bool | Unset): If true, will populate the max_zones field in the instance
            configurations. Only relevant if show_instance_configurations=true. Default: False.
        stack_version (str | Unset): If present, it will cause the returned deployment template to
            be adapted to return only the elements allowed in that version.
        region (str): Region of the deployment template

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentTemplateInfoV2 | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            show_instance_configurations=show_instance_configurations,
            show_max_zones=show_max_zones,
            stack_version=stack_version,
            region=region,
        )
    ).parsed
