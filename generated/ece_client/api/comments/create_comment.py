"""Create a Comment: `POST /comments/{resource_type}/{resource_id}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.comments.create_comment`
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
    from ...models.comment import Comment
    from ...models.comment_create_request import CommentCreateRequest

OPERATION_ID = "create_comment"
METHOD = "POST"
PATH = "/comments/{resource_type}/{resource_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    201: model("Comment", "comment"),
    401: model("BasicFailedReply", "basic_failed_reply"),
    404: model("BasicFailedReply", "basic_failed_reply"),
    409: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    resource_type: str,
    resource_id: str,
    *,
    body: CommentCreateRequest,
) -> RequestArgs:
    """The request of `ece.comments.create_comment` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/comments/{resource_type}/{resource_id}".format(
            resource_type=path_param(resource_type, "resource_type"),
            resource_id=path_param(resource_id, "resource_id"),
        ),
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body, "CommentCreateRequest")
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Comment:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
