"""Move clusters: `POST /platform/infrastructure/allocators/{allocator_id}/clusters/_move`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_infrastructure.move_clusters`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    json_content,
    parse_success,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Unset

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.move_clusters_command_response import MoveClustersCommandResponse
    from ...models.move_clusters_request import MoveClustersRequest

OPERATION_ID = "move_clusters"
METHOD = "POST"
PATH = "/platform/infrastructure/allocators/{allocator_id}/clusters/_move"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("MoveClustersCommandResponse", "move_clusters_command_response"),
    400: model("BasicFailedReply", "basic_failed_reply"),
    403: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    allocator_id: str,
    *,
    body: MoveClustersRequest | Unset = UNSET,
    force_update: bool | Unset = UNSET,
    move_only: bool | Unset = UNSET,
    force_move: bool | Unset = UNSET,
    allocator_down: bool | Unset = UNSET,
    validate_only: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.platform_infrastructure.move_clusters` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/platform/infrastructure/allocators/{allocator_id}/clusters/_move".format(
            allocator_id=path_param(allocator_id, "allocator_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "force_update": force_update,
            "move_only": move_only,
            "force_move": force_move,
            "allocator_down": allocator_down,
            "validate_only": validate_only,
        }
    )
    headers: dict[str, str] = {}
    if body is not UNSET:
        _kwargs["content"] = json_content(body, "MoveClustersRequest")
        headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> MoveClustersCommandResponse:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
