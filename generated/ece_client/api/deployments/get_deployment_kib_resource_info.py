"""Get Deployment Kibana Resource Info: `GET /deployments/{deployment_id}/kibana/{ref_id}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployments.get_deployment_kib_resource_info`
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
    from ...models.kibana_resource_info import KibanaResourceInfo

OPERATION_ID = "get_deployment_kib_resource_info"
METHOD = "GET"
PATH = "/deployments/{deployment_id}/kibana/{ref_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("KibanaResourceInfo", "kibana_resource_info"),
    404: model("BasicFailedReply", "basic_failed_reply"),
    500: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    deployment_id: str,
    ref_id: str,
    *,
    show_metadata: bool | Unset = UNSET,
    show_plans: bool | Unset = UNSET,
    show_plan_logs: bool | Unset = UNSET,
    show_plan_history: bool | Unset = UNSET,
    show_plan_defaults: bool | Unset = UNSET,
    convert_legacy_plans: bool | Unset = UNSET,
    show_settings: bool | Unset = UNSET,
    clear_transient: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.deployments.get_deployment_kib_resource_info` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/kibana/{ref_id}".format(
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
            "convert_legacy_plans": convert_legacy_plans,
            "show_settings": show_settings,
            "clear_transient": clear_transient,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> KibanaResourceInfo:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
