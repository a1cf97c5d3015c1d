"""Set size overrides: `PUT /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_ids}/overrides`."""

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
    from ...models.instance_overrides import InstanceOverrides

OPERATION_ID = "set_instance_settings_overrides"
METHOD = "PUT"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_ids}/overrides"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("InstanceOverrides"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    body: InstanceOverrides,
    restart_after_update: bool | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_ids}/overrides".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
            instance_ids=path_param(instance_ids, "instance_ids"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "restart_after_update": restart_after_update,
            "ignore_missing": ignore_missing,
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
) -> InstanceOverrides | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InstanceOverrides | BasicFailedReply]:
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
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    body: InstanceOverrides,
    restart_after_update: bool | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
) -> Response[InstanceOverrides | BasicFailedReply]:
    """Set size overrides

     Applies size overrides for the given instances belonging to the given resource. Instance size
    overrides will be reset with the next plan change.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource. Only Elasticsearch resources are currently
            supported.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        restart_after_update (bool | Unset): After overrides are set, restarts the instance to
            apply the changes. Default: False.
        ignore_missing (bool | Unset): When `false` and a specified instance is missing, will
            return an error and not update any instances. When `true` will update only existing
            instances and not treat a missing instance as an error. Default: False.
        body (InstanceOverrides):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstanceOverrides | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        instance_ids=instance_ids,
        body=body,
        restart_after_update=restart_after_update,
        ignore_missing=ignore_missing,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    body: InstanceOverrides,
    restart_after_update: bool | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
) -> InstanceOverrides | BasicFailedReply | None:
    """Set size overrides

     Applies size overrides for the given instances belonging to the given resource. Instance size
    overrides will be reset with the next plan change.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource. Only Elasticsearch resources are currently
            supported.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        restart_after_update (bool | Unset): After overrides are set, restarts the instance to
            apply the changes. Default: False.
        ignore_missing (bool | Unset): When `false` and a specified instance is missing, will
            return an error and not update any instances. When `true` will update only existing
            instances and not treat a missing instance as an error. Default: False.
        body (InstanceOverrides):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstanceOverrides | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        instance_ids=instance_ids,
        client=client,
        body=body,
        restart_after_update=restart_after_update,
        ignore_missing=ignore_missing,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    body: InstanceOverrides,
    restart_after_update: bool | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
) -> Response[InstanceOverrides | BasicFailedReply]:
    """Set size overrides

     Applies size overrides for the given instances belonging to the given resource. Instance size
    overrides will be reset with the next plan change.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource. Only Elasticsearch resources are currently
            supported.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        restart_after_update (bool | Unset): After overrides are set, restarts the instance to
            apply the changes. Default: False.
        ignore_missing (bool | Unset): When `false` and a specified instance is missing, will
            return an error and not update any instances. When `true` will update only existing
            instances and not treat a missing instance as an error. Default: False.
        body (InstanceOverrides):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstanceOverrides | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        resource_kind=resource_kind,
        ref_id=ref_id,
        instance_ids=instance_ids,
        body=body,
        restart_after_update=restart_after_update,
        ignore_missing=ignore_missing,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    resource_kind: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    body: InstanceOverrides,
    restart_after_update: bool | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
) -> InstanceOverrides | BasicFailedReply | None:
    """Set size overrides

     Applies size overrides for the given instances belonging to the given resource. Instance size
    overrides will be reset with the next plan change.

    Args:
        deployment_id (str): Identifier for the Deployment.
        resource_kind (str): The kind of resource. Only Elasticsearch resources are currently
            supported.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        restart_after_update (bool | Unset): After overrides are set, restarts the instance to
            apply the changes. Default: False.
        ignore_missing (bool | Unset): When `false` and a specified instance is missing, will
            return an error and not update any instances. When `true` will update only existing
            instances and not treat a missing instance as an error. Default: False.
        body (InstanceOverrides):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstanceOverrides | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            resource_kind=resource_kind,
            ref_id=ref_id,
            instance_ids=instance_ids,
            client=client,
            body=body,
            restart_after_update=restart_after_update,
            ignore_missing=ignore_missing,
        )
    ).parsed
