"""Create deployment template: `POST /deployments/templates`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployment_templates.create_deployment_template_v2`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    json_content,
    parse_success,
    query_params,
)
from ..._model import model
from ...types import UNSET, Unset

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.deployment_template_request_body import DeploymentTemplateRequestBody
    from ...models.id_response import IdResponse

OPERATION_ID = "create_deployment_template_v2"
METHOD = "POST"
PATH = "/deployments/templates"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("IdResponse", "id_response"),
    201: model("IdResponse", "id_response"),
    400: model("BasicFailedReply", "basic_failed_reply"),
    401: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    *,
    body: DeploymentTemplateRequestBody,
    validate_only: bool | Unset = UNSET,
    region: str,
) -> RequestArgs:
    """The request of `ece.deployment_templates.create_deployment_template_v2` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "validate_only": validate_only,
            "region": region,
        }
    )
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body, "DeploymentTemplateRequestBody")
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> IdResponse:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
