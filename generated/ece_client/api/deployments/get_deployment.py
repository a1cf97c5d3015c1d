"""Get Deployment: `GET /deployments/{deployment_id}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployments.get_deployment`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    parse_success,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Unset

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.deployment_get_response import DeploymentGetResponse

OPERATION_ID = "get_deployment"
METHOD = "GET"
PATH = "/deployments/{deployment_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentGetResponse", "deployment_get_response"),
    401: model("BasicFailedReply", "basic_failed_reply"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
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
) -> RequestArgs:
    """The request of `ece.deployments.get_deployment` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
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


def parse_response(response: httpx.Response) -> DeploymentGetResponse:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
