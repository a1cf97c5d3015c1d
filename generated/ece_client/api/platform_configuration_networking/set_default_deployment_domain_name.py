"""Set default Deployment Domain Name: `PUT /platform/configuration/networking/deployment_domain_name`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_configuration_networking.set_default_deployment_domain_name`
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
    from ...models.deployment_domain_name import DeploymentDomainName

OPERATION_ID = "set_default_deployment_domain_name"
METHOD = "PUT"
PATH = "/platform/configuration/networking/deployment_domain_name"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentDomainName", "deployment_domain_name"),
    400: model("BasicFailedReply", "basic_failed_reply"),
    404: model("BasicFailedReply", "basic_failed_reply"),
    409: model("BasicFailedReply", "basic_failed_reply"),
    412: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    *,
    body: DeploymentDomainName,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.platform_configuration_networking.set_default_deployment_domain_name` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
            "skip_cascading_operations": skip_cascading_operations,
        }
    )
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body, "DeploymentDomainName")
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> DeploymentDomainName:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
