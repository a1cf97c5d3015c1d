"""Set API base Url: `PUT /platform/configuration/api_base_url`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
    parse_documented,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.api_base_url_data import ApiBaseUrlData
    from ...models.basic_failed_reply import BasicFailedReply

OPERATION_ID = "set_api_base_url"
METHOD = "PUT"
PATH = "/platform/configuration/api_base_url"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ApiBaseUrlData"),
    400: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
    409: model("BasicFailedReply"),
    412: model("BasicFailedReply"),
}


def _get_kwargs(
    *,
    body: ApiBaseUrlData,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
            "skip_cascading_operations": skip_cascading_operations,
        }
    )
    headers: dict[str, str] = {}
    _kwargs["content"] = json_content(body)
    headers["Content-Type"] = "application/json"

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiBaseUrlData | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiBaseUrlData | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiBaseUrlData,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> Response[ApiBaseUrlData | BasicFailedReply]:
    """Set API base Url

     Saves the API base Url configuration value.

    Args:
        version (str | Unset): If specified, then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request). If
            not specified, will unconditionally upsert.
        skip_cascading_operations (bool | Unset): Whether or not to skip cascading operations,
            such as re-provisioning the Security Deployment. Default: False.
        body (ApiBaseUrlData): Information about the API base Url

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiBaseUrlData | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
        skip_cascading_operations=skip_cascading_operations,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ApiBaseUrlData,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> ApiBaseUrlData | BasicFailedReply | None:
    """Set API base Url

     Saves the API base Url configuration value.

    Args:
        version (str | Unset): If specified, then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request). If
            not specified, will unconditionally upsert.
        skip_cascading_operations (bool | Unset): Whether or not to skip cascading operations,
            such as re-provisioning the Security Deployment. Default: False.
        body (ApiBaseUrlData): Information about the API base Url

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiBaseUrlData | BasicFailedReply
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
        skip_cascading_operations=skip_cascading_operations,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiBaseUrlData,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> Response[ApiBaseUrlData | BasicFailedReply]:
    """Set API base Url

     Saves the API base Url configuration value.

    Args:
        version (str | Unset): If specified, then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request). If
            not specified, will unconditionally upsert.
        skip_cascading_operations (bool | Unset): Whether or not to skip cascading operations,
            such as re-provisioning the Security Deployment. Default: False.
        body (ApiBaseUrlData): Information about the API base Url

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiBaseUrlData | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
        skip_cascading_operations=skip_cascading_operations,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApiBaseUrlData,
    version: str | Unset = UNSET,
    skip_cascading_operations: bool | Unset = UNSET,
) -> ApiBaseUrlData | BasicFailedReply | None:
    """Set API base Url

     Saves the API base Url configuration value.

    Args:
        version (str | Unset): If specified, then checks for conflicts against the version stored
            in the persistent store (returned in 'x-cloud-resource-version' of the GET request). If
            not specified, will unconditionally upsert.
        skip_cascading_operations (bool | Unset): Whether or not to skip cascading operations,
            such as re-provisioning the Security Deployment. Default: False.
        body (ApiBaseUrlData): Information about the API base Url

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiBaseUrlData | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
            skip_cascading_operations=skip_cascading_operations,
        )
    ).parsed
