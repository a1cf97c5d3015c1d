"""Create Active Directory configuration: `POST /platform/configuration/security/realms/active-directory`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_configuration_security.create_active_directory_configuration`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    json_content,
    parse_success,
)
from ..._model import model

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.active_directory_settings import ActiveDirectorySettings
    from ...models.empty_response import EmptyResponse

OPERATION_ID = "create_active_directory_configuration"
METHOD = "POST"
PATH = "/platform/configuration/security/realms/active-directory"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    201: model("EmptyResponse", "empty_response"),
    400: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    *,
    body: ActiveDirectorySettings,
) -> RequestArgs:
    """The request of `ece.platform_configuration_security.create_active_directory_configuration` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": PATH,
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body, "ActiveDirectorySettings")
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
