"""Get health for a filtered group of proxies: `GET /platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}/health`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_infrastructure.get_proxies_filtered_group_health`
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
    from ...models.proxies_filtered_group_health import ProxiesFilteredGroupHealth

OPERATION_ID = "get_proxies_filtered_group_health"
METHOD = "GET"
PATH = "/platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}/health"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ProxiesFilteredGroupHealth", "proxies_filtered_group_health"),
    417: model("ProxiesFilteredGroupHealth", "proxies_filtered_group_health"),
}


def build_request(
    proxies_filtered_group_id: str,
    *,
    expect_status: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.platform_infrastructure.get_proxies_filtered_group_health` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/platform/infrastructure/proxies/filtered-groups/{proxies_filtered_group_id}/health".format(
            proxies_filtered_group_id=path_param(proxies_filtered_group_id, "proxies_filtered_group_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "expect_status": expect_status,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ProxiesFilteredGroupHealth:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
