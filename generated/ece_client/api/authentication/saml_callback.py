"""SAML callback: `POST /users/auth/saml/_callback`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.authentication.saml_callback`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    json_body,
    parse_success,
)
from ..._model import model

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.saml_callback_body import SamlCallbackBody

OPERATION_ID = "saml_callback"
METHOD = "POST"
PATH = "/users/auth/saml/_callback"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    302: model("EmptyResponse", "empty_response"),
    401: model("BasicFailedReply", "basic_failed_reply"),
    501: model("BasicFailedReply", "basic_failed_reply"),
    502: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    *,
    body: SamlCallbackBody,
) -> RequestArgs:
    """The request of `ece.authentication.saml_callback` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": PATH,
    }
    headers: dict[str, str] = {}
    _kwargs["data"] = json_body(body)

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
