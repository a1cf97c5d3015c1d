"""Get eligible remote clusters: `POST /deployments/eligible-remote-clusters`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployments.search_eligible_remote_clusters`
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
    from ...models.deployments_search_response import DeploymentsSearchResponse
    from ...models.search_request import SearchRequest

OPERATION_ID = "search_eligible_remote_clusters"
METHOD = "POST"
PATH = "/deployments/eligible-remote-clusters"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("DeploymentsSearchResponse", "deployments_search_response"),
    400: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    *,
    body: SearchRequest | Unset = UNSET,
    version: str,
) -> RequestArgs:
    """The request of `ece.deployments.search_eligible_remote_clusters` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
        }
    )
    headers: dict[str, str] = {}
    if body is not UNSET:
        _kwargs["content"] = json_content(body, "SearchRequest")
        headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> DeploymentsSearchResponse:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
