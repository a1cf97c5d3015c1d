"""Reindex region indices: `POST /platform/infrastructure/adminconsoles/_reindex`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_infrastructure.reindex_adminconsoles`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    parse_success,
)
from ..._model import model

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.empty_response import EmptyResponse

OPERATION_ID = "reindex_adminconsoles"
METHOD = "POST"
PATH = "/platform/infrastructure/adminconsoles/_reindex"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("EmptyResponse", "empty_response"),
}


def build_request() -> RequestArgs:
    """The request of `ece.platform_infrastructure.reindex_adminconsoles` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": PATH,
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
