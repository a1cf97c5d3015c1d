"""Create Config Store Option: `POST /platform/configuration/store/{config_option_id}`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.platform_infrastructure.create_config_store_option`
and `parse_response` decodes its response, for sending it with your own HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import (
    json_content,
    parse_success,
    path_param,
)
from ..._model import model

if TYPE_CHECKING:  # RequestArgs too: it only annotates, and a first call need not create the TypedDict
    import httpx

    from ..._request_args import RequestArgs
    from ...models.config_store_option import ConfigStoreOption
    from ...models.config_store_option_data import ConfigStoreOptionData

OPERATION_ID = "create_config_store_option"
METHOD = "POST"
PATH = "/platform/configuration/store/{config_option_id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    201: model("ConfigStoreOption", "config_store_option"),
    400: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    config_option_id: str,
    *,
    body: ConfigStoreOptionData,
) -> RequestArgs:
    """The request of `ece.platform_infrastructure.create_config_store_option` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": "/platform/configuration/store/{config_option_id}".format(
            config_option_id=path_param(config_option_id, "config_option_id"),
        ),
    }
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body, "ConfigStoreOptionData")
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ConfigStoreOption:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
