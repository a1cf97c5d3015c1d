"""Uploads the Extension: `PUT /deployments/extensions/{extension_id}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.extensions.upload_extension`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    multipart_body,
    parse_success,
    path_param,
)
from ..._model import model

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.extension import Extension
    from ...models.upload_extension_body import UploadExtensionBody

OPERATION_ID = "upload_extension"
METHOD = "PUT"
PATH = "/deployments/extensions/{extension_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("Extension", "extension"),
    400: model("BasicFailedReply", "basic_failed_reply"),
    401: model("BasicFailedReply", "basic_failed_reply"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    extension_id: str,
    *,
    body: UploadExtensionBody,
) -> RequestArgs:
    """The request of `ece.extensions.upload_extension` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/deployments/extensions/{extension_id}".format(
            extension_id=path_param(extension_id, "extension_id"),
        ),
    }
    headers: dict[str, str] = {}
    _kwargs["files"] = multipart_body(body)

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Extension:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
