"""Resynchronize allocators: `POST /platform/infrastructure/allocators/_resync`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_infrastructure.resync_allocators`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    parse_success,
    query_params,
)
from ..._model import model
from ...types import UNSET, Unset

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.model_version_index_synchronization_results import ModelVersionIndexSynchronizationResults

OPERATION_ID = "resync_allocators"
METHOD = "POST"
PATH = "/platform/infrastructure/allocators/_resync"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    202: model("ModelVersionIndexSynchronizationResults", "model_version_index_synchronization_results"),
}


def build_request(
    *,
    skip_matching_version: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.platform_infrastructure.resync_allocators` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "skip_matching_version": skip_matching_version,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ModelVersionIndexSynchronizationResults:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
