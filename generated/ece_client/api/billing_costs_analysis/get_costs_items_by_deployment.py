"""Get itemized costs by deployments. Currently unavailable in self-hosted ECE.: `GET /billing/costs/{organization_id}/deployments/{deployment_id}/items`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.billing_costs_analysis.get_costs_items_by_deployment`
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
    from ...models.items_costs import ItemsCosts

OPERATION_ID = "get_costs_items_by_deployment"
METHOD = "GET"
PATH = "/billing/costs/{organization_id}/deployments/{deployment_id}/items"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ItemsCosts", "items_costs"),
    400: model("BasicFailedReply", "basic_failed_reply"),
    403: model("BasicFailedReply", "basic_failed_reply"),
    404: model("BasicFailedReply", "basic_failed_reply"),
    500: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    organization_id: str,
    deployment_id: str,
    *,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.billing_costs_analysis.get_costs_items_by_deployment` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/billing/costs/{organization_id}/deployments/{deployment_id}/items".format(
            organization_id=path_param(organization_id, "organization_id"),
            deployment_id=path_param(deployment_id, "deployment_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "from": from_,
            "to": to,
        }
    )
    headers: dict[str, str] = {}
    if accept is not UNSET:
        headers["Accept"] = str(accept)
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ItemsCosts:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
