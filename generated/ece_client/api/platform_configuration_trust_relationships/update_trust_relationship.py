"""Update trust relationship: `PUT /platform/configuration/trust-relationships/{trust_relationship_id}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_configuration_trust_relationships.update_trust_relationship`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    json_content,
    parse_success,
    path_param,
)
from ..._model import model

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.trust_relationship_update_request import TrustRelationshipUpdateRequest
    from ...models.trust_relationship_update_response import TrustRelationshipUpdateResponse

OPERATION_ID = "update_trust_relationship"
METHOD = "PUT"
PATH = "/platform/configuration/trust-relationships/{trust_relationship_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("TrustRelationshipUpdateResponse", "trust_relationship_update_response"),
    400: model("BasicFailedReply", "basic_failed_reply"),
    401: model("BasicFailedReply", "basic_failed_reply"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    trust_relationship_id: str,
    *,
    body: TrustRelationshipUpdateRequest,
) -> RequestArgs:
    """The request of `ece.platform_configuration_trust_relationships.update_trust_relationship` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/platform/configuration/trust-relationships/{trust_relationship_id}".format(
            trust_relationship_id=path_param(trust_relationship_id, "trust_relationship_id"),
        ),
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body, "TrustRelationshipUpdateRequest")
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> TrustRelationshipUpdateResponse:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
