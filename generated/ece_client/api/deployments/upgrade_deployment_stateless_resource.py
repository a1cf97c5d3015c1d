"""Upgrade Kibana, APM, Integrations Server, AppSearch, Enterprise Search inside Deployment: `POST /deployments/{deployment_id}/{stateless_resource_kind}/{ref_id}/_upgrade`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployments.upgrade_deployment_stateless_resource`
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
    from ...models.deployment_resource_upgrade_response import DeploymentResourceUpgradeResponse
    from ...models.upgrade_deployment_stateless_resource_stateless_resource_kind import (
        UpgradeDeploymentStatelessResourceStatelessResourceKind,
    )

OPERATION_ID = "upgrade_deployment_stateless_resource"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/{stateless_resource_kind}/{ref_id}/_upgrade"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("DeploymentResourceUpgradeResponse", "deployment_resource_upgrade_response"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    deployment_id: str,
    stateless_resource_kind: UpgradeDeploymentStatelessResourceStatelessResourceKind,
    ref_id: str,
    *,
    validate_only: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.deployments.upgrade_deployment_stateless_resource` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/{stateless_resource_kind}/{ref_id}/_upgrade".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            stateless_resource_kind=path_param(stateless_resource_kind, "stateless_resource_kind"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "validate_only": validate_only,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> DeploymentResourceUpgradeResponse:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
