"""Proxy HTTP POST request: `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/proxy/{proxy_path}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployments.post_deployment_resource_proxy_requests`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    content_body,
    free_json_body,
    parse_success,
    path_param,
    path_tail,
)
from ..._model import model
from ...types import UNSET, Unset

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.generic_response import GenericResponse
    from ...models.post_deployment_resource_proxy_requests_resource_kind import (
        PostDeploymentResourceProxyRequestsResourceKind,
    )

OPERATION_ID = "post_deployment_resource_proxy_requests"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/{resource_kind}/{ref_id}/proxy/{proxy_path}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("GenericResponse", "generic_response"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    deployment_id: str,
    resource_kind: PostDeploymentResourceProxyRequestsResourceKind,
    ref_id: str,
    proxy_path: str,
    *,
    body: Any | str | Unset = UNSET,
    x_management_request: str,
) -> RequestArgs:
    """The request of `ece.deployments.post_deployment_resource_proxy_requests` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{resource_kind}/{ref_id}/proxy/{proxy_path}".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            resource_kind=path_param(resource_kind, "resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
            proxy_path=path_tail(proxy_path, "proxy_path"),  # the proxied path keeps its slashes
        ),
    }
    headers: dict[str, str] = {}
    headers["X-Management-Request"] = str(x_management_request)
    if body is UNSET:
        pass  # no body: the operation works without one (a GET through the proxy)
    elif isinstance(body, (str, bytes)):
        _kwargs["content"] = content_body(body)
        headers["Content-Type"] = "application/x-ndjson"

    else:
        _kwargs["content"] = free_json_body(body)  # free-form: a str is JSON text, sent as is
        headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> GenericResponse:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
