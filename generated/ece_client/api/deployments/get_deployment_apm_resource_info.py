"""Get Deployment APM Resource Info: `GET /deployments/{deployment_id}/apm/{ref_id}`."""

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
    from ...models.apm_resource_info import ApmResourceInfo
    from ...models.basic_failed_reply import BasicFailedReply

OPERATION_ID = "get_deployment_apm_resource_info"
METHOD = "GET"
PATH = "/deployments/{deployment_id}/apm/{ref_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ApmResourceInfo"),
    404: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    ref_id: str,
    *,
    show_metadata: bool | Unset = UNSET,
    show_plans: bool | Unset = UNSET,
    show_plan_logs: bool | Unset = UNSET,
    show_plan_history: bool | Unset = UNSET,
    show_plan_defaults: bool | Unset = UNSET,
    show_settings: bool | Unset = UNSET,
    clear_transient: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/apm/{ref_id}".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "show_metadata": show_metadata,
            "show_plans": show_plans,
            "show_plan_logs": show_plan_logs,
            "show_plan_history": show_plan_history,
            "show_plan_defaults": show_plan_defaults,
            "show_settings": show_settings,
            "clear_transient": clear_transient,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApmResourceInfo | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApmResourceInfo | BasicFailedReply]:
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
    show_metadata: bool | Unset = UNSET,
    show_plans: bool | Unset = UNSET,
    show_plan_logs: bool | Unset = UNSET,
    show_plan_history: bool | Unset = UNSET,
    show_plan_defaults: bool | Unset = UNSET,
    show_settings: bool | Unset = UNSET,
    clear_transient: bool | Unset = UNSET,
) -> Response[ApmResourceInfo | BasicFailedReply]:
    """Get Deployment APM Resource Info

     Get info about an APM Resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
            - can be large per cluster and also include credentials. Default: False.
        show_plans (bool | Unset): Whether to include the full current and pending plan
            information in the response - can be large per cluster. Default: True.
        show_plan_logs (bool | Unset): Whether to include with the current and pending plan
            information the attempt log - can be very large per cluster. Default: False.
        show_plan_history (bool | Unset): Whether to include with the current and pending plan
            information the plan history- can be very large per cluster. Default: False.
        show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
            at their default value (less readable but more informative). Default: False.
        show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
            False.
        clear_transient (bool | Unset): If set (defaults to false) then removes the transient
            section from all child resources, making it safe to reapply via an update Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApmResourceInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        show_metadata=show_metadata,
        show_plans=show_plans,
        show_plan_logs=show_plan_logs,
        show_plan_history=show_plan_history,
        show_plan_defaults=show_plan_defaults,
        show_settings=show_settings,
        clear_transient=clear_transient,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_metadata: bool | Unset = UNSET,
    show_plans: bool | Unset = UNSET,
    show_plan_logs: bool | Unset = UNSET,
    show_plan_history: bool | Unset = UNSET,
    show_plan_defaults: bool | Unset = UNSET,
    show_settings: bool | Unset = UNSET,
    clear_transient: bool | Unset = UNSET,
) -> ApmResourceInfo | BasicFailedReply | None:
    """Get Deployment APM Resource Info

     Get info about an APM Resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
            - can be large per cluster and also include credentials. Default: False.
        show_plans (bool | Unset): Whether to include the full current and pending plan
            information in the response - can be large per cluster. Default: True.
        show_plan_logs (bool | Unset): Whether to include with the current and pending plan
            information the attempt log - can be very large per cluster. Default: False.
        show_plan_history (bool | Unset): Whether to include with the current and pending plan
            information the plan history- can be very large per cluster. Default: False.
        show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
            at their default value (less readable but more informative). Default: False.
        show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
            False.
        clear_transient (bool | Unset): If set (defaults to false) then removes the transient
            section from all child resources, making it safe to reapply via an update Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApmResourceInfo | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        ref_id=ref_id,
        client=client,
        show_metadata=show_metadata,
        show_plans=show_plans,
        show_plan_logs=show_plan_logs,
        show_plan_history=show_plan_history,
        show_plan_defaults=show_plan_defaults,
        show_settings=show_settings,
        clear_transient=clear_transient,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_metadata: bool | Unset = UNSET,
    show_plans: bool | Unset = UNSET,
    show_plan_logs: bool | Unset = UNSET,
    show_plan_history: bool | Unset = UNSET,
    show_plan_defaults: bool | Unset = UNSET,
    show_settings: bool | Unset = UNSET,
    clear_transient: bool | Unset = UNSET,
) -> Response[ApmResourceInfo | BasicFailedReply]:
    """Get Deployment APM Resource Info

     Get info about an APM Resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
            - can be large per cluster and also include credentials. Default: False.
        show_plans (bool | Unset): Whether to include the full current and pending plan
            information in the response - can be large per cluster. Default: True.
        show_plan_logs (bool | Unset): Whether to include with the current and pending plan
            information the attempt log - can be very large per cluster. Default: False.
        show_plan_history (bool | Unset): Whether to include with the current and pending plan
            information the plan history- can be very large per cluster. Default: False.
        show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
            at their default value (less readable but more informative). Default: False.
        show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
            False.
        clear_transient (bool | Unset): If set (defaults to false) then removes the transient
            section from all child resources, making it safe to reapply via an update Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApmResourceInfo | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        show_metadata=show_metadata,
        show_plans=show_plans,
        show_plan_logs=show_plan_logs,
        show_plan_history=show_plan_history,
        show_plan_defaults=show_plan_defaults,
        show_settings=show_settings,
        clear_transient=clear_transient,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_metadata: bool | Unset = UNSET,
    show_plans: bool | Unset = UNSET,
    show_plan_logs: bool | Unset = UNSET,
    show_plan_history: bool | Unset = UNSET,
    show_plan_defaults: bool | Unset = UNSET,
    show_settings: bool | Unset = UNSET,
    clear_transient: bool | Unset = UNSET,
) -> ApmResourceInfo | BasicFailedReply | None:
    """Get Deployment APM Resource Info

     Get info about an APM Resource belonging to a given Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
            - can be large per cluster and also include credentials. Default: False.
        show_plans (bool | Unset): Whether to include the full current and pending plan
            information in the response - can be large per cluster. Default: True.
        show_plan_logs (bool | Unset): Whether to include with the current and pending plan
            information the attempt log - can be very large per cluster. Default: False.
        show_plan_history (bool | Unset): Whether to include with the current and pending plan
            information the plan history- can be very large per cluster. Default: False.
        show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
            at their default value (less readable but more informative). Default: False.
        show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
            False.
        clear_transient (bool | Unset): If set (defaults to false) then removes the transient
            section from all child resources, making it safe to reapply via an update Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApmResourceInfo | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            ref_id=ref_id,
            client=client,
            show_metadata=show_metadata,
            show_plans=show_plans,
            show_plan_logs=show_plan_logs,
            show_plan_history=show_plan_history,
            show_plan_defaults=show_plan_defaults,
            show_settings=show_settings,
            clear_transient=clear_transient,
        )
    ).parsed
