"""Build request to migrate deployment to a different template: `GET /deployments/{deployment_id}/migrate_template`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployments.migrate_deployment_template`
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

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.deployment_update_request import DeploymentUpdateRequest

OPERATION_ID = "migrate_deployment_template"
METHOD = "GET"
PATH = "/deployments/{deployment_id}/migrate_template"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentUpdateRequest", "deployment_update_request"),
    400: model("BasicFailedReply", "basic_failed_reply"),
    401: model("BasicFailedReply", "basic_failed_reply"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    deployment_id: str,
    *,
    template_id: str,
) -> RequestArgs:
    """The request of `ece.deployments.migrate_deployment_template` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/migrate_template".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "template_id": template_id,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> DeploymentUpdateRequest:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
