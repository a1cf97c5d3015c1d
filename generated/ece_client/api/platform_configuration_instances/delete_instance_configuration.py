"""Delete a instance configuration: `DELETE /platform/configuration/instances/{id}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    parse_documented,
    path_param,
    query_params,
)
from ..._model import model
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.empty_response import EmptyResponse

OPERATION_ID = "delete_instance_configuration"
METHOD = "DELETE"
PATH = "/platform/configuration/instances/{id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("EmptyResponse"),
    403: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    id: str,
    *,
    version: int | Unset = UNSET,
    only_test_version: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/platform/configuration/instances/{id}".format(
            id=path_param(id, "id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "version": version,
            "only_test_version": only_test_version,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    version: int | Unset = UNSET,
    only_test_version: bool | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete a instance configuration

     Delete the instance configuration with the given id.

    Args:
        id (str): ID of the instance configuration
        version (int | Unset): This is a database-level field, not related to the application-
            level 'config_version', except as described in the following docs. If specified, checks
            for conflicts against 'x-cloud-resource-version' from the GET request (the GET's
            'config_version' should be left blank if the IC is configuration controlled, ie to get the
            latest configuration)
        only_test_version (bool | Unset): If true, the testing version (version -1) will be
            permanently deleted but the latest IC version will remain untouched. Defaults to false

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        only_test_version=only_test_version,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    version: int | Unset = UNSET,
    only_test_version: bool | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete a instance configuration

     Delete the instance configuration with the given id.

    Args:
        id (str): ID of the instance configuration
        version (int | Unset): This is a database-level field, not related to the application-
            level 'config_version', except as described in the following docs. If specified, checks
            for conflicts against 'x-cloud-resource-version' from the GET request (the GET's
            'config_version' should be left blank if the IC is configuration controlled, ie to get the
            latest configuration)
        only_test_version (bool | Unset): If true, the testing version (version -1) will be
            permanently deleted but the latest IC version will remain untouched. Defaults to false

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return sync_detailed(
        id=id,
        client=client,
        version=version,
        only_test_version=only_test_version,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    version: int | Unset = UNSET,
    only_test_version: bool | Unset = UNSET,
) -> Response[EmptyResponse | BasicFailedReply]:
    """Delete a instance configuration

     Delete the instance configuration with the given id.

    Args:
        id (str): ID of the instance configuration
        version (int | Unset): This is a database-level field, not related to the application-
            level 'config_version', except as described in the following docs. If specified, checks
            for conflicts against 'x-cloud-resource-version' from the GET request (the GET's
            'config_version' should be left blank if the IC is configuration controlled, ie to get the
            latest configuration)
        only_test_version (bool | Unset): If true, the testing version (version -1) will be
            permanently deleted but the latest IC version will remain untouched. Defaults to false

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        only_test_version=only_test_version,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    version: int | Unset = UNSET,
    only_test_version: bool | Unset = UNSET,
) -> EmptyResponse | BasicFailedReply | None:
    """Delete a instance configuration

     Delete the instance configuration with the given id.

    Args:
        id (str): ID of the instance configuration
        version (int | Unset): This is a database-level field, not related to the application-
            level 'config_version', except as described in the following docs. If specified, checks
            for conflicts against 'x-cloud-resource-version' from the GET request (the GET's
            'config_version' should be left blank if the IC is configuration controlled, ie to get the
            latest configuration)
        only_test_version (bool | Unset): If true, the testing version (version -1) will be
            permanently deleted but the latest IC version will remain untouched. Defaults to false

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            version=version,
            only_test_version=only_test_version,
        )
    ).parsed
