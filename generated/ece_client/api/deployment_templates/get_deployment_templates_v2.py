"""Get deployment templates: `GET /deployments/templates`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    query_params,
)
from ..._model import list_of, model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.deployment_template_info_v2 import DeploymentTemplateInfoV2

OPERATION_ID = "get_deployment_templates_v2"
METHOD = "GET"
PATH = "/deployments/templates"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: list_of(model("DeploymentTemplateInfoV2")),
    400: model("BasicFailedReply"),
    401: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    metadata: str | Unset = UNSET,
    show_instance_configurations: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    stack_version: str | Unset = UNSET,
    hide_deprecated: bool | Unset = UNSET,
    show_hidden: bool | Unset = UNSET,
    region: str,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "metadata": metadata,
            "show_instance_configurations": show_instance_configurations,
            "show_max_zones": show_max_zones,
            "stack_version": stack_version,
            "hide_deprecated": hide_deprecated,
            "show_hidden": show_hidden,
            "region": region,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[DeploymentTemplateInfoV2] | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[DeploymentTemplateInfoV2] | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    metadata: str | Unset = UNSET,
    show_instance_configurations: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    stack_version: str | Unset = UNSET,
    hide_deprecated: bool | Unset = UNSET,
    show_hidden: bool | Unset = UNSET,
    region: str,
) -> Response[list[DeploymentTemplateInfoV2] | BasicFailedReply]:
    """Get deployment templates

     Retrieves all deployment templates.

    Args:
        metadata (str | Unset): An optional key/value pair in the form of (key:value) that will
            act as a filter and exclude any templates that do not have a matching metadata item
            associated.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the template. Default: True.
        show_max_zones (bool | Unset): If true, will populate the max_zones field in the instance
            configurations. Only relevant if show_instance_configurations=true. Default: False.
        stack_version (str | Unset): If present, it will cause the returned deployment templates
            to be adapted to return only the elements allowed in that version.
        hide_deprecated (bool | Unset): If true, templates flagged as deprecated will NOT be
            returned. Default: False.
        show_hidden (bool | Unset): If true, templates flagged as hidden will be returned.
            Default: False.
        region (str): Region of the deployment templates

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DeploymentTemplateInfoV2] | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        metadata=metadata,
        show_instance_configurations=show_instance_configurations,
        show_max_zones=show_max_zones,
        stack_version=stack_version,
        hide_deprecated=hide_deprecated,
        show_hidden=show_hidden,
        region=region,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    metadata: str | Unset = UNSET,
    show_instance_configurations: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    stack_version: str | Unset = UNSET,
    hide_deprecated: bool | Unset = UNSET,
    show_hidden: bool | Unset = UNSET,
    region: str,
) -> list[DeploymentTemplateInfoV2] | BasicFailedReply | None:
    """Get deployment templates

     Retrieves all deployment templates.

    Args:
        metadata (str | Unset): An optional key/value pair in the form of (key:value) that will
            act as a filter and exclude any templates that do not have a matching metadata item
            associated.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the template. Default: True.
        show_max_zones (bool | Unset): If true, will populate the max_zones field in the instance
            configurations. Only relevant if show_instance_configurations=true. Default: False.
        stack_version (str | Unset): If present, it will cause the returned deployment templates
            to be adapted to return only the elements allowed in that version.
        hide_deprecated (bool | Unset): If true, templates flagged as deprecated will NOT be
            returned. Default: False.
        show_hidden (bool | Unset): If true, templates flagged as hidden will be returned.
            Default: False.
        region (str): Region of the deployment templates

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DeploymentTemplateInfoV2] | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        metadata=metadata,
        show_instance_configurations=show_instance_configurations,
        show_max_zones=show_max_zones,
        stack_version=stack_version,
        hide_deprecated=hide_deprecated,
        show_hidden=show_hidden,
        region=region,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    metadata: str | Unset = UNSET,
    show_instance_configurations: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    stack_version: str | Unset = UNSET,
    hide_deprecated: bool | Unset = UNSET,
    show_hidden: bool | Unset = UNSET,
    region: str,
) -> Response[list[DeploymentTemplateInfoV2] | BasicFailedReply]:
    """Get deployment templates

     Retrieves all deployment templates.

    Args:
        metadata (str | Unset): An optional key/value pair in the form of (key:value) that will
            act as a filter and exclude any templates that do not have a matching metadata item
            associated.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the template. Default: True.
        show_max_zones (bool | Unset): If true, will populate the max_zones field in the instance
            configurations. Only relevant if show_instance_configurations=true. Default: False.
        stack_version (str | Unset): If present, it will cause the returned deployment templates
            to be adapted to return only the elements allowed in that version.
        hide_deprecated (bool | Unset): If true, templates flagged as deprecated will NOT be
            returned. Default: False.
        show_hidden (bool | Unset): If true, templates flagged as hidden will be returned.
            Default: False.
        region (str): Region of the deployment templates

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DeploymentTemplateInfoV2] | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        metadata=metadata,
        show_instance_configurations=show_instance_configurations,
        show_max_zones=show_max_zones,
        stack_version=stack_version,
        hide_deprecated=hide_deprecated,
        show_hidden=show_hidden,
        region=region,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    metadata: str | Unset = UNSET,
    show_instance_configurations: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    stack_version: str | Unset = UNSET,
    hide_deprecated: bool | Unset = UNSET,
    show_hidden: bool | Unset = UNSET,
    region: str,
) -> list[DeploymentTemplateInfoV2] | BasicFailedReply | None:
    """Get deployment templates

     Retrieves all deployment templates.

    Args:
        metadata (str | Unset): An optional key/value pair in the form of (key:value) that will
            act as a filter and exclude any templates that do not have a matching metadata item
            associated.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the template. Default: True.
        show_max_zones (bool | Unset): If true, will populate the max_zones field in the instance
            configurations. Only relevant if show_instance_configurations=true. Default: False.
        stack_version (str | Unset): If present, it will cause the returned deployment templates
            to be adapted to return only the elements allowed in that version.
        hide_deprecated (bool | Unset): If true, templates flagged as deprecated will NOT be
            returned. Default: False.
        show_hidden (bool | Unset): If true, templates flagged as hidden will be returned.
            Default: False.
        region (str): Region of the deployment templates

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DeploymentTemplateInfoV2] | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            metadata=metadata,
            show_instance_configurations=show_instance_configurations,
            show_max_zones=show_max_zones,
            stack_version=stack_version,
            hide_deprecated=hide_deprecated,
            show_hidden=show_hidden,
            region=region,
        )
    ).parsed
