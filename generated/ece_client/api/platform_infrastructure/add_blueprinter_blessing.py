"""Add Blessing: `PUT /platform/infrastructure/blueprinter/roles/{blueprinter_role_id}/blessings/{runner_id}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_infrastructure.add_blueprinter_blessing`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    json_content,
    parse_success,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Unset

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.blessing import Blessing
    from ...models.role_aggregate import RoleAggregate

OPERATION_ID = "add_blueprinter_blessing"
METHOD = "PUT"
PATH = "/platform/infrastructure/blueprinter/roles/{blueprinter_role_id}/blessings/{runner_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("RoleAggregate", "role_aggregate"),
    404: model("BasicFailedReply", "basic_failed_reply"),
    409: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    blueprinter_role_id: str,
    runner_id: str,
    *,
    body: Blessing,
    version: int | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.platform_infrastructure.add_blueprinter_blessing` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/platform/infrastructure/blueprinter/roles/{blueprinter_role_id}/blessings/{runner_id}".format(
            blueprinter_role_id=path_param(blueprinter_role_id, "blueprinter_role_id"),
            runner_id=path_param(runner_id, "runner_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
        }
    )
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body, "Blessing")
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> RoleAggregate:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
