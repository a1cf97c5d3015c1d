"""Get Deployment: `GET /deployments/{deployment_id}`."""

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
    from ...models.deployment_get_response import DeploymentGetResponse

OPERATION_ID = "get_deployment"
METHOD = "GET"
PATH = "/deployments/{deployment_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentGetResponse"),
    401: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    *,
    show_security: bool | Unset = UNSET,
    show_metadata: bool | Unset = UNSET,
    show_plans: bool | Unset = UNSET,
    show_plan_logs: bool | Unset = UNSET,
    show_plan_history: bool | Unset = UNSET,
    show_plan_defaults: bool | Unset = UNSET,
    convert_legacy_plans: bool | Unset = UNSET,
    show_system_alerts: int | Unset = UNSET,
    show_settings: bool | Unset = UNSET,
    show_instance_configurations: bool | Unset = UNSET,
    enrich_with_template: bool | Unset = UNSET,
    force_all_plan_history: bool | Unset = UNSET,
    clear_transient: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "show_security": show_security,
            "show_metadata": show_metadata,
            "show_plans": show_plans,
            "show_plan_logs": show_plan_logs,
            "show_plan_history": show_plan_history,
            "show_plan_defaults": show_plan_defaults,
            "convert_legacy_plans": convert_legacy_plans,
            "show_system_alerts": show_system_alerts,
            "show_settings": show_settings,
            "show_instance_configurations": show_instance_configurations,
            "enrich_with_template": enrich_with_template,
            "force_all_plan_history": force_all_plan_history,
            "clear_transient": clear_transient,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentGetResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentGetResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_security: bool | Unset = UNSET,
    show_metadata: bool | Unset = UNSET,
    show_plans: bool | Unset = UNSET,
    show_plan_logs: bool | Unset = UNSET,
    show_plan_history: bool | Unset = UNSET,
    show_plan_defaults: bool | Unset = UNSET,
    convert_legacy_plans: bool | Unset = UNSET,
    show_system_alerts: int | Unset = UNSET,
    show_settings: bool | Unset = UNSET,
    show_instance_configurations: bool | Unset = UNSET,
    enrich_with_template: bool | Unset = UNSET,
    force_all_plan_history: bool | Unset = UNSET,
    clear_transient: bool | Unset = UNSET,
) -> Response[DeploymentGetResponse | BasicFailedReply]:
    """Get Deployment

     Retrieves information about a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        show_security (bool | Unset): Whether to include the Elasticsearch 2.x security
            information in the response - can be large per cluster and also include credentials
            Default: False.
        show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
            - can be large per cluster and also include credentials Default: False.
        show_plans (bool | Unset): Whether to include the full current and pending plan
            information in the response - can be large per cluster Default: True.
        show_plan_logs (bool | Unset): Whether to include with the current and pending plan
            information the attempt log - can be very large per cluster Default: False.
        show_plan_history (bool | Unset): Whether to include the plan history with the current and
            pending plan information. The results can be very large per cluster.
             By default, if a given resource kind (e.g. Elasticsearch, Kibana, etc.) has more than 100
            plans
             (which should be very rare, most likely caused by a bug) only 100 plans are returned for
            the given resource type:
             The first 10 plans, and the last 90 plans for that resource type.
             If ALL of the plans are desired, pass the `force_all_plan_history` parameter with a value
            of `true`.
             Default: False.
        show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
            at their default value (less readable but more informative) Default: False.
        convert_legacy_plans (bool | Unset): If showing plans, whether to leave pre-2.0.0 plans in
            their legacy format (the default), or whether to update them to 2.0.x+ format (if 'true')
            Default: False.
        show_system_alerts (int | Unset): Number of system alerts (such as forced restarts due to
            memory limits) to be included in the response - can be large per cluster. Negative numbers
            or 0 will not return field. Default: 0.
        show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
            False.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the deployment. Default: True.
        enrich_with_template (bool | Unset): If showing plans, whether to enrich the plan by
            including the missing elements from the deployment template it is based on Default: True.
        force_all_plan_history (bool | Unset): Force show the entire plan history no matter how
            long.
             As noted in the `show_plan_history` parameter description, by default, a maximum of 100
            plans are shown per resource.
             If `true`, this parameter overrides the default, and ALL plans are returned.
             Use with care as the plan history can be VERY large. Consider pairing with
            `show_plan_logs=false`.
              Default: False.
        clear_transient (bool | Unset): If set (defaults to false) then removes the transient
            section from all child resources, making it safe to reapply via an update Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentGetResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        show_security=show_security,
        show_metadata=show_metadata,
        show_plans=show_plans,
        show_plan_logs=show_plan_logs,
        show_plan_history=show_plan_history,
        show_plan_defaults=show_plan_defaults,
        convert_legacy_plans=convert_legacy_plans,
        show_system_alerts=show_system_alerts,
        show_settings=show_settings,
        show_instance_configurations=show_instance_configurations,
        enrich_with_template=enrich_with_template,
        force_all_plan_history=force_all_plan_history,
        clear_transient=clear_transient,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_security: bool | Unset = UNSET,
    show_metadata: bool | Unset = UNSET,
    show_plans: bool | Unset = UNSET,
    show_plan_logs: bool | Unset = UNSET,
    show_plan_history: bool | Unset = UNSET,
    show_plan_defaults: bool | Unset = UNSET,
    convert_legacy_plans: bool | Unset = UNSET,
    show_system_alerts: int | Unset = UNSET,
    show_settings: bool | Unset = UNSET,
    show_instance_configurations: bool | Unset = UNSET,
    enrich_with_template: bool | Unset = UNSET,
    force_all_plan_history: bool | Unset = UNSET,
    clear_transient: bool | Unset = UNSET,
) -> DeploymentGetResponse | BasicFailedReply | None:
    """Get Deployment

     Retrieves information about a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        show_security (bool | Unset): Whether to include the Elasticsearch 2.x security
            information in the response - can be large per cluster and also include credentials
            Default: False.
        show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
            - can be large per cluster and also include credentials Default: False.
        show_plans (bool | Unset): Whether to include the full current and pending plan
            information in the response - can be large per cluster Default: True.
        show_plan_logs (bool | Unset): Whether to include with the current and pending plan
            information the attempt log - can be very large per cluster Default: False.
        show_plan_history (bool | Unset): Whether to include the plan history with the current and
            pending plan information. The results can be very large per cluster.
             By default, if a given resource kind (e.g. Elasticsearch, Kibana, etc.) has more than 100
            plans
             (which should be very rare, most likely caused by a bug) only 100 plans are returned for
            the given resource type:
             The first 10 plans, and the last 90 plans for that resource type.
             If ALL of the plans are desired, pass the `force_all_plan_history` parameter with a value
            of `true`.
             Default: False.
        show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
            at their default value (less readable but more informative) Default: False.
        convert_legacy_plans (bool | Unset): If showing plans, whether to leave pre-2.0.0 plans in
            their legacy format (the default), or whether to update them to 2.0.x+ format (if 'true')
            Default: False.
        show_system_alerts (int | Unset): Number of system alerts (such as forced restarts due to
            memory limits) to be included in the response - can be large per cluster. Negative numbers
            or 0 will not return field. Default: 0.
        show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
            False.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the deployment. Default: True.
        enrich_with_template (bool | Unset): If showing plans, whether to enrich the plan by
            including the missing elements from the deployment template it is based on Default: True.
        force_all_plan_history (bool | Unset): Force show the entire plan history no matter how
            long.
             As noted in the `show_plan_history` parameter description, by default, a maximum of 100
            plans are shown per resource.
             If `true`, this parameter overrides the default, and ALL plans are returned.
             Use with care as the plan history can be VERY large. Consider pairing with
            `show_plan_logs=false`.
              Default: False.
        clear_transient (bool | Unset): If set (defaults to false) then removes the transient
            section from all child resources, making it safe to reapply via an update Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentGetResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        show_security=show_security,
        show_metadata=show_metadata,
        show_plans=show_plans,
        show_plan_logs=show_plan_logs,
        show_plan_history=show_plan_history,
        show_plan_defaults=show_plan_defaults,
        convert_legacy_plans=convert_legacy_plans,
        show_system_alerts=show_system_alerts,
        show_settings=show_settings,
        show_instance_configurations=show_instance_configurations,
        enrich_with_template=enrich_with_template,
        force_all_plan_history=force_all_plan_history,
        clear_transient=clear_transient,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_security: bool | Unset = UNSET,
    show_metadata: bool | Unset = UNSET,
    show_plans: bool | Unset = UNSET,
    show_plan_logs: bool | Unset = UNSET,
    show_plan_history: bool | Unset = UNSET,
    show_plan_defaults: bool | Unset = UNSET,
    convert_legacy_plans: bool | Unset = UNSET,
    show_system_alerts: int | Unset = UNSET,
    show_settings: bool | Unset = UNSET,
    show_instance_configurations: bool | Unset = UNSET,
    enrich_with_template: bool | Unset = UNSET,
    force_all_plan_history: bool | Unset = UNSET,
    clear_transient: bool | Unset = UNSET,
) -> Response[DeploymentGetResponse | BasicFailedReply]:
    """Get Deployment

     Retrieves information about a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        show_security (bool | Unset): Whether to include the Elasticsearch 2.x security
            information in the response - can be large per cluster and also include credentials
            Default: False.
        show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
            - can be large per cluster and also include credentials Default: False.
        show_plans (bool | Unset): Whether to include the full current and pending plan
            information in the response - can be large per cluster Default: True.
        show_plan_logs (bool | Unset): Whether to include with the current and pending plan
            information the attempt log - can be very large per cluster Default: False.
        show_plan_history (bool | Unset): Whether to include the plan history with the current and
            pending plan information. The results can be very large per cluster.
             By default, if a given resource kind (e.g. Elasticsearch, Kibana, etc.) has more than 100
            plans
             (which should be very rare, most likely caused by a bug) only 100 plans are returned for
            the given resource type:
             The first 10 plans, and the last 90 plans for that resource type.
             If ALL of the plans are desired, pass the `force_all_plan_history` parameter with a value
            of `true`.
             Default: False.
        show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
            at their default value (less readable but more informative) Default: False.
        convert_legacy_plans (bool | Unset): If showing plans, whether to leave pre-2.0.0 plans in
            their legacy format (the default), or whether to update them to 2.0.x+ format (if 'true')
            Default: False.
        show_system_alerts (int | Unset): Number of system alerts (such as forced restarts due to
            memory limits) to be included in the response - can be large per cluster. Negative numbers
            or 0 will not return field. Default: 0.
        show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
            False.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the deployment. Default: True.
        enrich_with_template (bool | Unset): If showing plans, whether to enrich the plan by
            including the missing elements from the deployment template it is based on Default: True.
        force_all_plan_history (bool | Unset): Force show the entire plan history no matter how
            long.
             As noted in the `show_plan_history` parameter description, by default, a maximum of 100
            plans are shown per resource.
             If `true`, this parameter overrides the default, and ALL plans are returned.
             Use with care as the plan history can be VERY large. Consider pairing with
            `show_plan_logs=false`.
              Default: False.
        clear_transient (bool | Unset): If set (defaults to false) then removes the transient
            section from all child resources, making it safe to reapply via an update Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentGetResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        show_security=show_security,
        show_metadata=show_metadata,
        show_plans=show_plans,
        show_plan_logs=show_plan_logs,
        show_plan_history=show_plan_history,
        show_plan_defaults=show_plan_defaults,
        convert_legacy_plans=convert_legacy_plans,
        show_system_alerts=show_system_alerts,
        show_settings=show_settings,
        show_instance_configurations=show_instance_configurations,
        enrich_with_template=enrich_with_template,
        force_all_plan_history=force_all_plan_history,
        clear_transient=clear_transient,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_security: bool | Unset = UNSET,
    show_metadata: bool | Unset = UNSET,
    show_plans: bool | Unset = UNSET,
    show_plan_logs: bool | Unset = UNSET,
    show_plan_history: bool | Unset = UNSET,
    show_plan_defaults: bool | Unset = UNSET,
    convert_legacy_plans: bool | Unset = UNSET,
    show_system_alerts: int | Unset = UNSET,
    show_settings: bool | Unset = UNSET,
    show_instance_configurations: bool | Unset = UNSET,
    enrich_with_template: bool | Unset = UNSET,
    force_all_plan_history: bool | Unset = UNSET,
    clear_transient: bool | Unset = UNSET,
) -> DeploymentGetResponse | BasicFailedReply | None:
    """Get Deployment

     Retrieves information about a Deployment.

    Args:
        deployment_id (str): Identifier for the Deployment
        show_security (bool | Unset): Whether to include the Elasticsearch 2.x security
            information in the response - can be large per cluster and also include credentials
            Default: False.
        show_metadata (bool | Unset): Whether to include the full cluster metadata in the response
            - can be large per cluster and also include credentials Default: False.
        show_plans (bool | Unset): Whether to include the full current and pending plan
            information in the response - can be large per cluster Default: True.
        show_plan_logs (bool | Unset): Whether to include with the current and pending plan
            information the attempt log - can be very large per cluster Default: False.
        show_plan_history (bool | Unset): Whether to include the plan history with the current and
            pending plan information. The results can be very large per cluster.
             By default, if a given resource kind (e.g. Elasticsearch, Kibana, etc.) has more than 100
            plans
             (which should be very rare, most likely caused by a bug) only 100 plans are returned for
            the given resource type:
             The first 10 plans, and the last 90 plans for that resource type.
             If ALL of the plans are desired, pass the `force_all_plan_history` parameter with a value
            of `true`.
             Default: False.
        show_plan_defaults (bool | Unset): If showing plans, whether to show values that are left
            at their default value (less readable but more informative) Default: False.
        convert_legacy_plans (bool | Unset): If showing plans, whether to leave pre-2.0.0 plans in
            their legacy format (the default), or whether to update them to 2.0.x+ format (if 'true')
            Default: False.
        show_system_alerts (int | Unset): Number of system alerts (such as forced restarts due to
            memory limits) to be included in the response - can be large per cluster. Negative numbers
            or 0 will not return field. Default: 0.
        show_settings (bool | Unset): Whether to show cluster settings in the response. Default:
            False.
        show_instance_configurations (bool | Unset): If true, will return details for each
            instance configuration referenced by the deployment. Default: True.
        enrich_with_template (bool | Unset): If showing plans, whether to enrich the plan by
            including the missing elements from the deployment template it is based on Default: True.
        force_all_plan_history (bool | Unset): Force show the entire plan history no matter how
            long.
             As noted in the `show_plan_history` parameter description, by default, a maximum of 100
            plans are shown per resource.
             If `true`, this parameter overrides the default, and ALL plans are returned.
             Use with care as the plan history can be VERY large. Consider pairing with
            `show_plan_logs=false`.
              Default: False.
        clear_transient (bool | Unset): If set (defaults to false) then removes the transient
            section from all child resources, making it safe to reapply via an update Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentGetResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            show_security=show_security,
            show_metadata=show_metadata,
            show_plans=show_plans,
            show_plan_logs=show_plan_logs,
            show_plan_history=show_plan_history,
            show_plan_defaults=show_plan_defaults,
            convert_legacy_plans=convert_legacy_plans,
            show_system_alerts=show_system_alerts,
            show_settings=show_settings,
            show_instance_configurations=show_instance_configurations,
            enrich_with_template=enrich_with_template,
            force_all_plan_history=force_all_plan_history,
            clear_transient=clear_transient,
        )
    ).parsed
