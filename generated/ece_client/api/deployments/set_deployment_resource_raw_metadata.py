"""Set a Deployment's resource metadata: `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/metadata/raw`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployments.set_deployment_resource_raw_metadata`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    free_json_body,
    parse_success,
    path_param,
    query_params,
)
from ..._model import STR, model
from ...types import UNSET, Unset

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.set_deployment_resource_raw_metadata_resource_kind import (
        SetDeploymentResourceRawMetadataResourceKind,
    )

OPERATION_ID = "set_deployment_resource_raw_metadata"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/metadata/raw"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: STR,
    400: model("BasicFailedReply", "basic_failed_reply"),
    404: model("BasicFailedReply", "basic_failed_reply"),
    449: model("BasicFailedReply", "basic_failed_reply"),
    500: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    deployment_id: str,
    resource_kind: SetDeploymentResourceRawMetadataResourceKind,
    ref_id: str,
    *,
    body: Any,
    version: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.deployments.set_deployment_resource_raw_metadata` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/metadata/raw".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
        }
    )
    headers: dict[str, str] = {}
    _kwargs["content"] = free_json_body(body)  # free-form: a str is JSON text, sent as is
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> str:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
