"""Move Elasticsearch resource instances: `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/instances/{instance_ids}/_move`."""

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
    from ...models.empty_response import EmptyResponse
    from ...models.transient_elasticsearch_plan_configuration import TransientElasticsearchPlanConfiguration

OPERATION_ID = "move_deployment_elasticsearch_resource_instances"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/elasticsearch/{ref_id}/instances/{instance_ids}/_move"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TransientElasticsearchPlanConfiguration"),
    202: model("EmptyResponse"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    body: TransientElasticsearchPlanConfiguration | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
    force_update: bool | Unset = UNSET,
    instances_down: bool | Unset = UNSET,
    move_only: bool | Unset = UNSET,
    force_move: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/elasticsearch/{ref_id}/instances/{instance_ids}/_move".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            ref_id=path_param(ref_id, "ref_id"),
            instance_ids=path_param(instance_ids, "instance_ids"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "ignore_missing": ignore_missing,
            "force_update": force_update,
            "instances_down": instances_down,
            "move_only": move_only,
            "force_move": force_move,
            "validate_only": validate_only,
        }
    )
    headers: dict[str, str] = {}
    if body is not UNSET:
        _kwargs["content"] = json_content(body)
        headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransientElasticsearchPlanConfiguration | EmptyResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransientElasticsearchPlanConfiguration | EmptyResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    body: TransientElasticsearchPlanConfiguration | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
    force_update: bool | Unset = UNSET,
    instances_down: bool | Unset = UNSET,
    move_only: bool | Unset = UNSET,
    force_move: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
) -> Response[TransientElasticsearchPlanConfiguration | EmptyResponse | BasicFailedReply]:
    """Move Elasticsearch resource instances

     Moves one or more instances belonging to the given Elasticsearch resource to a different allocator.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        ignore_missing (bool | Unset): When `true` and the instance does not exist, proceeds to
            the next instance, or treats the instance as an error. Default: False.
        force_update (bool | Unset): When `true`, cancels and overwrites the pending plans, or
            treats the instance as an error. Default: False.
        instances_down (bool | Unset): When `true`, the instances specified by `instance_ids` are
            considered permanently shut down for data migration logic. Default: False.
        move_only (bool | Unset): When `true`, moves the specified instances and ignores the
            changes for the cluster state. Default: True.
        force_move (bool | Unset): When `true`, moves instance data at file-system level (not via
            Elasticsearch), and re-creates instances on target allocator(s). Default: False.
        validate_only (bool | Unset): When `true`, validates the move request, then returns the
            calculated plan without applying the plan. Default: False.
        body (TransientElasticsearchPlanConfiguration | Unset): Defines the configuration
            parameters that control how the plan is applied. For example, the Elasticsearch cluster
            topology and Elasticsearch settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransientElasticsearchPlanConfiguration | EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        instance_ids=instance_ids,
        body=body,
        ignore_missing=ignore_missing,
        force_update=force_update,
        instances_down=instances_down,
        move_only=move_only,
        force_move=force_move,
        validate_only=validate_only,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    body: TransientElasticsearchPlanConfiguration | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
    force_update: bool | Unset = UNSET,
    instances_down: bool | Unset = UNSET,
    move_only: bool | Unset = UNSET,
    force_move: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
) -> TransientElasticsearchPlanConfiguration | EmptyResponse | BasicFailedReply | None:
    """Move Elasticsearch resource instances

     Moves one or more instances belonging to the given Elasticsearch resource to a different allocator.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        ignore_missing (bool | Unset): When `true` and the instance does not exist, proceeds to
            the next instance, or treats the instance as an error. Default: False.
        force_update (bool | Unset): When `true`, cancels and overwrites the pending plans, or
            treats the instance as an error. Default: False.
        instances_down (bool | Unset): When `true`, the instances specified by `instance_ids` are
            considered permanently shut down for data migration logic. Default: False.
        move_only (bool | Unset): When `true`, moves the specified instances and ignores the
            changes for the cluster state. Default: True.
        force_move (bool | Unset): When `true`, moves instance data at file-system level (not via
            Elasticsearch), and re-creates instances on target allocator(s). Default: False.
        validate_only (bool | Unset): When `true`, validates the move request, then returns the
            calculated plan without applying the plan. Default: False.
        body (TransientElasticsearchPlanConfiguration | Unset): Defines the configuration
            parameters that control how the plan is applied. For example, the Elasticsearch cluster
            topology and Elasticsearch settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransientElasticsearchPlanConfiguration | EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        ref_id=ref_id,
        instance_ids=instance_ids,
        client=client,
        body=body,
        ignore_missing=ignore_missing,
        force_update=force_update,
        instances_down=instances_down,
        move_only=move_only,
        force_move=force_move,
        validate_only=validate_only,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    body: TransientElasticsearchPlanConfiguration | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
    force_update: bool | Unset = UNSET,
    instances_down: bool | Unset = UNSET,
    move_only: bool | Unset = UNSET,
    force_move: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
) -> Response[TransientElasticsearchPlanConfiguration | EmptyResponse | BasicFailedReply]:
    """Move Elasticsearch resource instances

     Moves one or more instances belonging to the given Elasticsearch resource to a different allocator.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        ignore_missing (bool | Unset): When `true` and the instance does not exist, proceeds to
            the next instance, or treats the instance as an error. Default: False.
        force_update (bool | Unset): When `true`, cancels and overwrites the pending plans, or
            treats the instance as an error. Default: False.
        instances_down (bool | Unset): When `true`, the instances specified by `instance_ids` are
            considered permanently shut down for data migration logic. Default: False.
        move_only (bool | Unset): When `true`, moves the specified instances and ignores the
            changes for the cluster state. Default: True.
        force_move (bool | Unset): When `true`, moves instance data at file-system level (not via
            Elasticsearch), and re-creates instances on target allocator(s). Default: False.
        validate_only (bool | Unset): When `true`, validates the move request, then returns the
            calculated plan without applying the plan. Default: False.
        body (TransientElasticsearchPlanConfiguration | Unset): Defines the configuration
            parameters that control how the plan is applied. For example, the Elasticsearch cluster
            topology and Elasticsearch settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransientElasticsearchPlanConfiguration | EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        instance_ids=instance_ids,
        body=body,
        ignore_missing=ignore_missing,
        force_update=force_update,
        instances_down=instances_down,
        move_only=move_only,
        force_move=force_move,
        validate_only=validate_only,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    ref_id: str,
    instance_ids: list[str],
    *,
    client: AuthenticatedClient | Client,
    body: TransientElasticsearchPlanConfiguration | Unset = UNSET,
    ignore_missing: bool | Unset = UNSET,
    force_update: bool | Unset = UNSET,
    instances_down: bool | Unset = UNSET,
    move_only: bool | Unset = UNSET,
    force_move: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
) -> TransientElasticsearchPlanConfiguration | EmptyResponse | BasicFailedReply | None:
    """Move Elasticsearch resource instances

     Moves one or more instances belonging to the given Elasticsearch resource to a different allocator.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        instance_ids (list[str]): A comma-separated list of instance identifiers.
        ignore_missing (bool | Unset): When `true` and the instance does not exist, proceeds to
            the next instance, or treats the instance as an error. Default: False.
        force_update (bool | Unset): When `true`, cancels and overwrites the pending plans, or
            treats the instance as an error. Default: False.
        instances_down (bool | Unset): When `true`, the instances specified by `instance_ids` are
            considered permanently shut down for data migration logic. Default: False.
        move_only (bool | Unset): When `true`, moves the specified instances and ignores the
            changes for the cluster state. Default: True.
        force_move (bool | Unset): When `true`, moves instance data at file-system level (not via
            Elasticsearch), and re-creates instances on target allocator(s). Default: False.
        validate_only (bool | Unset): When `true`, validates the move request, then returns the
            calculated plan without applying the plan. Default: False.
        body (TransientElasticsearchPlanConfiguration | Unset): Defines the configuration
            parameters that control how the plan is applied. For example, the Elasticsearch cluster
            topology and Elasticsearch settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransientElasticsearchPlanConfiguration | EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            ref_id=ref_id,
            instance_ids=instance_ids,
            client=client,
            body=body,
            ignore_missing=ignore_missing,
            force_update=force_update,
            instances_down=instances_down,
            move_only=move_only,
            force_move=force_move,
            validate_only=validate_only,
        )
    ).parsed
