"""Get instance configurations: `GET /platform/configuration/instances`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_configuration_instances.get_instance_configurations`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    parse_success,
    query_params,
)
from ..._model import list_of, model
from ...types import UNSET, Unset

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.instance_configuration import InstanceConfiguration

OPERATION_ID = "get_instance_configurations"
METHOD = "GET"
PATH = "/platform/configuration/instances"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: list_of(model("InstanceConfiguration", "instance_configuration")),
}


def build_request(
    *,
    show_deleted: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    include_versions: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.platform_configuration_instances.get_instance_configurations` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "show_deleted": show_deleted,
            "show_max_zones": show_max_zones,
            "include_versions": include_versions,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> list[InstanceConfiguration]:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
