"""Add Role Assignments: `POST /users/{user_id}/role_assignments`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.user_role_assignments.add_role_assignments`
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
    from ...models.empty_response import EmptyResponse
    from ...models.role_assignments import RoleAssignments

OPERATION_ID = "add_role_assignments"
METHOD = "POST"
PATH = "/users/{user_id}/role_assignments"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse", "empty_response"),
    400: model("BasicFailedReply", "basic_failed_reply"),
    401: model("BasicFailedReply", "basic_failed_reply"),
    403: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    user_id: str,
    *,
    body: RoleAssignments,
) -> RequestArgs:
    """The request of `ece.user_role_assignments.add_role_assignments` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/users/{user_id}/role_assignments".format(
            user_id=path_param(user_id, "user_id"),
        ),
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body, "RoleAssignments")
    headers["Content-Type"] = "application/json"

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
