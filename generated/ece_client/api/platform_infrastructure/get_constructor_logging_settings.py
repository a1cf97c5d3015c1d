"""Get constructor logging settings: `GET /platform/infrastructure/constructors/{constructor_id}/logging_settings`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_infrastructure.get_constructor_logging_settings`
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
    from ...models.logging_settings import LoggingSettings

OPERATION_ID = "get_constructor_logging_settings"
METHOD = "GET"
PATH = "/platform/infrastructure/constructors/{constructor_id}/logging_settings"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("LoggingSettings", "logging_settings"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    constructor_id: str,
) -> RequestArgs:
    """The request of `ece.platform_infrastructure.get_constructor_logging_settings` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/platform/infrastructure/constructors/{constructor_id}/logging_settings".format(
            constructor_id=path_param(constructor_id, "constructor_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> LoggingSettings:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
