"""Upload stack pack: `POST /stack/versions`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.stack.update_stack_packs`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    multipart_body,
    parse_success,
)
from ..._model import model

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.stack_version_archive_processing_result import StackVersionArchiveProcessingResult
    from ...models.update_stack_packs_body import UpdateStackPacksBody

OPERATION_ID = "update_stack_packs"
METHOD = "POST"
PATH = "/stack/versions"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("StackVersionArchiveProcessingResult", "stack_version_archive_processing_result"),
    400: model("StackVersionArchiveProcessingResult", "stack_version_archive_processing_result"),
}


def build_request(
    *,
    body: UpdateStackPacksBody,
) -> RequestArgs:
    """The request of `ece.stack.update_stack_packs` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": PATH,
    }
    headers: dict[str, str] = {}
    _kwargs["files"] = multipart_body(body)

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> StackVersionArchiveProcessingResult:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
