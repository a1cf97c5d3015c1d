"""Get plan activity: `GET /deployments/{deployment_id}/{resource_kind}/{ref_id}/activity/{attempt_id}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployments.get_deployment_resource_plan_activity`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    parse_success,
    path_param,
)
from ..._model import model

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.common_cluster_plan_info import CommonClusterPlanInfo
    from ...models.get_deployment_resource_plan_activity_resource_kind import (
        GetDeploymentResourcePlanActivityResourceKind,
    )

OPERATION_ID = "get_deployment_resource_plan_activity"
METHOD = "GET"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/activity/{attempt_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("CommonClusterPlanInfo", "common_cluster_plan_info"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    deployment_id: str,
    resource_kind: GetDeploymentResourcePlanActivityResourceKind,
    ref_id: str,
    attempt_id: str,
) -> RequestArgs:
    """The request of `ece.deployments.get_deployment_resource_plan_activity` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/activity/{attempt_id}".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
            attempt_id=path_param(attempt_id, "attempt_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> CommonClusterPlanInfo:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
