"""Get deployment templates: `GET /deployments/templates`.

The operation's low-level interface: `build_request` gives the HTTP request of `ece.deployment_templates.get_deployment_templates_v2`
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
    from ...models.deployment_template_info_v2 import DeploymentTemplateInfoV2

OPERATION_ID = "get_deployment_templates_v2"
METHOD = "GET"
PATH = "/deployments/templates"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: list_of(model("DeploymentTemplateInfoV2", "deployment_template_info_v2")),
    400: model("BasicFailedReply", "basic_failed_reply"),
    401: model("BasicFailedReply", "basic_failed_reply"),
}


def build_request(
    *,
    metadata: str | Unset = UNSET,
    show_instance_configurations: bool | Unset = UNSET,
    show_max_zones: bool | Unset = UNSET,
    stack_version: str | Unset = UNSET,
    hide_deprecated: bool | Unset = UNSET,
    show_hidden: bool | Unset = UNSET,
    region: str,
) -> RequestArgs:
    """The request of `ece.deployment_templates.get_deployment_templates_v2` (same arguments): keyword arguments of `httpx.Client.request`,
    with the URL relative to the API root (``https://<host>:12443/api/v1``). Arguments left UNSET are not sent."""
    _kwargs: RequestArgs = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "metadata": metadata,
            "show_instance_configurations": show_instance_configurations,
            "show_max_zones": show_max_zones,
            "stack_version": stack_version,
            "hide_deprecated": hide_deprecated,
            "show_hidden": show_hidden,
            "region": region,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> list[DeploymentTemplateInfoV2]:
    """The body of a response to `build_request`'s request, decoded as the spec documents its status.

    Raises:
        ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
        ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
    """
    return parse_success(response, RESPONSES, OPERATION_ID)
