"""Get Deployment Domain Name for a resource kind: `GET /platform/configuration/networking/deployment_domain_name/{resource_kind}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_configuration_networking.get_resource_kind_deployment_domain_name`
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
    from ...models.deployment_domain_name import DeploymentDomainName
    from ...models.get_resource_kind_deployment_domain_name_resource_kind import (
        GetResourceKindDeploymentDomainNameResourceKind,
    )

OPERATION_ID = "get_resource_kind_deployment_domain_name"
METHOD = "GET"
PATH = "/platform/configuration/networking/deployment_domain_name/{resource_kind}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentDomainName", "deployment_domain_name"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    resource_kind: GetResourceKindDeploymentDomainNameResourceKind,
) -> RequestArgs:
    """The request of `ece.platform_configuration_networking.get_resource_kind_deployment_domain_name` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/platform/configuration/networking/deployment_domain_name/{resource_kind}".format(
            resource_kind=path_param(resource_kind, "resource_kind"),
        ),
    }
    headers: dict[str, str] = {}
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
