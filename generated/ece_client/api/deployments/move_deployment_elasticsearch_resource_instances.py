"""Move Elasticsearch resource instances: `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/instances/{instance_ids}/_move`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployments.move_deployment_elasticsearch_resource_instances`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    json_content,
    parse_success,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Unset

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.empty_response import EmptyResponse
    from ...models.transient_elasticsearch_plan_configuration import TransientElasticsearchPlanConfiguration

OPERATION_ID = "move_deployment_elasticsearch_resource_instances"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/elasticsearch/{ref_id}/instances/{instance_ids}/_move"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TransientElasticsearchPlanConfiguration", "transient_elasticsearch_plan_configuration"),
    202: model("EmptyResponse", "empty_response"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
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
) -> RequestArgs:
    """The request of `ece.deployments.move_deployment_elasticsearch_resource_instances` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
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
        _kwargs["content"] = json_content(body, "TransientElasticsearchPlanConfiguration")
        headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> TransientElasticsearchPlanConfiguration | EmptyResponse:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
