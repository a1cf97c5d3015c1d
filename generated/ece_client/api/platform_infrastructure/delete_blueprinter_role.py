"""Delete role: `DELETE /platform/infrastructure/blueprinter/roles/{blueprinter_role_id}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_infrastructure.delete_blueprinter_role`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    parse_success,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Unset

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.empty_response import EmptyResponse

OPERATION_ID = "delete_blueprinter_role"
METHOD = "DELETE"
PATH = "/platform/infrastructure/blueprinter/roles/{blueprinter_role_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse", "empty_response"),
    400: model("BasicFailedReply", "basic_failed_reply"),
    404: model("BasicFailedReply", "basic_failed_reply"),
    409: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    blueprinter_role_id: str,
    *,
    skip_validations: bool | Unset = UNSET,
    version: int | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.platform_infrastructure.delete_blueprinter_role` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/platform/infrastructure/blueprinter/roles/{blueprinter_role_id}".format(
            blueprinter_role_id=path_param(blueprinter_role_id, "blueprinter_role_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "skip_validations": skip_validations,
            "version": version,
        }
    )
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
