"""Set instance configuration: `PUT /platform/configuration/instances/{id}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_configuration_instances.set_instance_configuration`
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
    from ...models.instance_configuration import InstanceConfiguration
    from ...models.versioned_id_response import VersionedIdResponse

OPERATION_ID = "set_instance_configuration"
METHOD = "PUT"
PATH = "/platform/configuration/instances/{id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("VersionedIdResponse", "versioned_id_response"),
    201: model("VersionedIdResponse", "versioned_id_response"),
    400: model("BasicFailedReply", "basic_failed_reply"),
    403: model("BasicFailedReply", "basic_failed_reply"),
    404: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    id: str,
    *,
    body: InstanceConfiguration,
    version: int | Unset = UNSET,
    config_control: bool | Unset = UNSET,
    test_config: bool | Unset = UNSET,
    strict_mode: bool | Unset = UNSET,
    create_only: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `ece.platform_configuration_instances.set_instance_configuration` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/platform/configuration/instances/{id}".format(
            id=path_param(id, "id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
            "config_control": config_control,
            "test_config": test_config,
            "strict_mode": strict_mode,
            "create_only": create_only,
        }
    )
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body, "InstanceConfiguration")
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> VersionedIdResponse:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
