"""Migrate Elasticsearch resource to use ILM: `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/_enable-ilm`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployments.enable_deployment_resource_ilm`
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
    from ...models.deployment_resource_command_response import DeploymentResourceCommandResponse
    from ...models.enable_ilm_request import EnableIlmRequest

OPERATION_ID = "enable_deployment_resource_ilm"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/elasticsearch/{ref_id}/_enable-ilm"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentResourceCommandResponse", "deployment_resource_command_response"),
    404: model("BasicFailedReply", "basic_failed_reply"),
    500: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    deployment_id: str,
    ref_id: str,
    *,
    body: EnableIlmRequest,
    validate_only: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.deployments.enable_deployment_resource_ilm` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/elasticsearch/{ref_id}/_enable-ilm".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "validate_only": validate_only,
        }
    )
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body, "EnableIlmRequest")
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> DeploymentResourceCommandResponse:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
