"""Set instance configuration: `PUT /platform/configuration/instances/{id}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ..._endpoint import (
    json_content,
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
    from ...models.instance_configuration import InstanceConfiguration
    from ...models.versioned_id_response import VersionedIdResponse

OPERATION_ID = "set_instance_configuration"
METHOD = "PUT"
PATH = "/platform/configuration/instances/{id}"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = True

# How the body of each documented status decodes.
RESPONSES = {
    200: model("VersionedIdResponse"),
    201: model("VersionedIdResponse"),
    400: model("BasicFailedReply"),
    403: model("BasicFailedReply"),
    404: model("BasicFailedReply"),
}


def _get_kwargs(
    id: str,
    *,
    body: InstanceConfiguration,
    version: int | Unset = UNSET,
    config_control: bool | Unset = UNSET,
    test_config: bool | Unset = UNSET,
    strict_mode: bool | Unset = UNSET,
    create_only: bool | Unset = UNSET,
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
            "config_control": config_control,
            "test_config": test_config,
            "strict_mode": strict_mode,
            "create_only": create_only,
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
) -> VersionedIdResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VersionedIdResponse | BasicFailedReply]:
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
    body: InstanceConfiguration,
    version: int | Unset = UNSET,
    config_control: bool | Unset = UNSET,
    test_config: bool | Unset = UNSET,
    strict_mode: bool | Unset = UNSET,
    create_only: bool | Unset = UNSET,
) -> Response[VersionedIdResponse | BasicFailedReply]:
    """Set instance configuration

     Creates or updates an instance configuration.

    Args:
        id (str): ID of the instance configuration
        version (int | Unset): This is a database-level field, not related to the application-
            level 'config_version', except as described in the following docs. If specified, checks
            for conflicts against 'x-cloud-resource-version' from the GET request (where the
            'config_version' in the GET should match the the 'configuration_version' in the PUT body
            if the IC is configuration controlled).
        config_control (bool | Unset): If true, then an update that changes immutable fields will
            create a new version of the IC (leaving the previous ones accessible via
            'config_version'). Otherwise such updates will fail.
        test_config (bool | Unset): If true, The IC is added as a test version (set
            'instance_config_version': -1 in the deployment request to reference), leaving the
            existing IC alone. Will error if the IC doesn't already exist.
        strict_mode (bool | Unset): If true, then allocator_filter and storage_multiplier cannot
            be changed in an existing IC. Defaults to false unless config_control is true (in which
            case a new version is created)
        create_only (bool | Unset): If true, will fail if an instance configuration already exists
            at the given id
        body (InstanceConfiguration): The configuration template for Elasticsearch instances,
            Kibana instances, and APM Servers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VersionedIdResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        version=version,
        config_control=config_control,
        test_config=test_config,
        strict_mode=strict_mode,
        create_only=create_only,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstanceConfiguration,
    version: int | Unset = UNSET,
    config_control: bool | Unset = UNSET,
    test_config: bool | Unset = UNSET,
    strict_mode: bool | Unset = UNSET,
    create_only: bool | Unset = UNSET,
) -> VersionedIdResponse | BasicFailedReply | None:
    """Set instance configuration

     Creates or updates an instance configuration.

    Args:
        id (str): ID of the instance configuration
        version (int | Unset): This is a database-level field, not related to the application-
            level 'config_version', except as described in the following docs. If specified, checks
            for conflicts against 'x-cloud-resource-version' from the GET request (where the
            'config_version' in the GET should match the the 'configuration_version' in the PUT body
            if the IC is configuration controlled).
        config_control (bool | Unset): If true, then an update that changes immutable fields will
            create a new version of the IC (leaving the previous ones accessible via
            'config_version'). Otherwise such updates will fail.
        test_config (bool | Unset): If true, The IC is added as a test version (set
            'instance_config_version': -1 in the deployment request to reference), leaving the
            existing IC alone. Will error if the IC doesn't already exist.
        strict_mode (bool | Unset): If true, then allocator_filter and storage_multiplier cannot
            be changed in an existing IC. Defaults to false unless config_control is true (in which
            case a new version is created)
        create_only (bool | Unset): If true, will fail if an instance configuration already exists
            at the given id
        body (InstanceConfiguration): The configuration template for Elasticsearch instances,
            Kibana instances, and APM Servers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VersionedIdResponse | BasicFailedReply
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        version=version,
        config_control=config_control,
        test_config=test_config,
        strict_mode=strict_mode,
        create_only=create_only,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstanceConfiguration,
    version: int | Unset = UNSET,
    config_control: bool | Unset = UNSET,
    test_config: bool | Unset = UNSET,
    strict_mode: bool | Unset = UNSET,
    create_only: bool | Unset = UNSET,
) -> Response[VersionedIdResponse | BasicFailedReply]:
    """Set instance configuration

     Creates or updates an instance configuration.

    Args:
        id (str): ID of the instance configuration
        version (int | Unset): This is a database-level field, not related to the application-
            level 'config_version', except as described in the following docs. If specified, checks
            for conflicts against 'x-cloud-resource-version' from the GET request (where the
            'config_version' in the GET should match the the 'configuration_version' in the PUT body
            if the IC is configuration controlled).
        config_control (bool | Unset): If true, then an update that changes immutable fields will
            create a new version of the IC (leaving the previous ones accessible via
            'config_version'). Otherwise such updates will fail.
        test_config (bool | Unset): If true, The IC is added as a test version (set
            'instance_config_version': -1 in the deployment request to reference), leaving the
            existing IC alone. Will error if the IC doesn't already exist.
        strict_mode (bool | Unset): If true, then allocator_filter and storage_multiplier cannot
            be changed in an existing IC. Defaults to false unless config_control is true (in which
            case a new version is created)
        create_only (bool | Unset): If true, will fail if an instance configuration already exists
            at the given id
        body (InstanceConfiguration): The configuration template for Elasticsearch instances,
            Kibana instances, and APM Servers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VersionedIdResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        version=version,
        config_control=config_control,
        test_config=test_config,
        strict_mode=strict_mode,
        create_only=create_only,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstanceConfiguration,
    version: int | Unset = UNSET,
    config_control: bool | Unset = UNSET,
    test_config: bool | Unset = UNSET,
    strict_mode: bool | Unset = UNSET,
    create_only: bool | Unset = UNSET,
) -> VersionedIdResponse | BasicFailedReply | None:
    """Set instance configuration

     Creates or updates an instance configuration.

    Args:
        id (str): ID of the instance configuration
        version (int | Unset): This is a database-level field, not related to the application-
            level 'config_version', except as described in the following docs. If specified, checks
            for conflicts against 'x-cloud-resource-version' from the GET request (where the
            'config_version' in the GET should match the the 'configuration_version' in the PUT body
            if the IC is configuration controlled).
        config_control (bool | Unset): If true, then an update that changes immutable fields will
            create a new version of the IC (leaving the previous ones accessible via
            'config_version'). Otherwise such updates will fail.
        test_config (bool | Unset): If true, The IC is added as a test version (set
            'instance_config_version': -1 in the deployment request to reference), leaving the
            existing IC alone. Will error if the IC doesn't already exist.
        strict_mode (bool | Unset): If true, then allocator_filter and storage_multiplier cannot
            be changed in an existing IC. Defaults to false unless config_control is true (in which
            case a new version is created)
        create_only (bool | Unset): If true, will fail if an instance configuration already exists
            at the given id
        body (InstanceConfiguration): The configuration template for Elasticsearch instances,
            Kibana instances, and APM Servers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VersionedIdResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            version=version,
            config_control=config_control,
            test_config=test_config,
            strict_mode=strict_mode,
            create_only=create_only,
        )
    ).parsed
