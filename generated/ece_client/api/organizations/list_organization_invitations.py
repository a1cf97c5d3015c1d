"""List organization invitations: `GET /organizations/{organization_id}/invitations`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.organizations.list_organization_invitations`
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
    from ...models.organization_invitations import OrganizationInvitations

OPERATION_ID = "list_organization_invitations"
METHOD = "GET"
PATH = "/organizations/{organization_id}/invitations"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("OrganizationInvitations", "organization_invitations"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    organization_id: str,
) -> RequestArgs:
    """The request of `ece.organizations.list_organization_invitations` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/organizations/{organization_id}/invitations".format(
            organization_id=path_param(organization_id, "organization_id"),
        ),
    }
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> OrganizationInvitations:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
