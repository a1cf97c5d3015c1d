"""Update adminconsole logging settings: `PATCH /platform/infrastructure/adminconsoles/{adminconsole_id}/logging_settings`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_infrastructure.update_adminconsole_logging_settings`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    free_json_body,
    parse_success,
    path_param,
)
from ..._model import model

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.logging_settings import LoggingSettings

OPERATION_ID = "update_adminconsole_logging_settings"
METHOD = "PATCH"
PATH = "/platform/infrastructure/adminconsoles/{adminconsole_id}/logging_settings"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("LoggingSettings", "logging_settings"),
    400: model("BasicFailedReply", "basic_failed_reply"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    adminconsole_id: str,
    *,
    body: Any,
) -> RequestArgs:
    """The request of `ece.platform_infrastructure.update_adminconsole_logging_settings` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/platform/infrastructure/adminconsoles/{adminconsole_id}/logging_settings".format(
            adminconsole_id=path_param(adminconsole_id, "adminconsole_id"),
        ),
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = free_json_body(body)  # free-form: a str is JSON text, sent as is
    headers["Content-Type"] = "application/json"

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
