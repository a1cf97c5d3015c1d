"""Delete ruleset association: `DELETE /deployments/traffic-filter/rulesets/{ruleset_id}/associations/{association_type}/{associated_entity_id}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployments_traffic_filter.delete_traffic_filter_ruleset_association`
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
    from ...models.empty_response import EmptyResponse

OPERATION_ID = "delete_traffic_filter_ruleset_association"
METHOD = "DELETE"
PATH = "/deployments/traffic-filter/rulesets/{ruleset_id}/associations/{association_type}/{associated_entity_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse", "empty_response"),
    404: model("BasicFailedReply", "basic_failed_reply"),
    500: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    ruleset_id: str,
    association_type: str,
    associated_entity_id: str,
) -> RequestArgs:
    """The request of `ece.deployments_traffic_filter.delete_traffic_filter_ruleset_association` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/deployments/traffic-filter/rulesets/{ruleset_id}/associations/{association_type}/{associated_entity_id}".format(
            ruleset_id=path_param(ruleset_id, "ruleset_id"),
            association_type=path_param(association_type, "association_type"),
            associated_entity_id=path_param(associated_entity_id, "associated_entity_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> EmptyResponse:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
