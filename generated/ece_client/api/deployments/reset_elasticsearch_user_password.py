"""Reset 'elastic' user password: `POST /deployments/{deployment_id}/elasticsearch/{ref_id}/_reset-password`."""

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
    from ...models.elasticsearch_elastic_user_password_reset_response import (
        ElasticsearchElasticUserPasswordResetResponse,
    )

OPERATION_ID = "reset_elasticsearch_user_password"
METHOD = "POST"
PATH = "/deployments/{deployment_id}/elasticsearch/{ref_id}/_reset-password"
# Safe to send again after a failure: as its HTTP method says.
RETRY_SAFE = False

# How the body of each documented status decodes.
RESPONSES = {
    200: model("ElasticsearchElasticUserPasswordResetResponse"),
    404: model("BasicFailedReply"),
    500: model("BasicFailedReply"),
}


def _get_kwargs(
    deployment_id: str,
    ref_id: str,
    *,
    check_completion: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments of `httpx.Client.request` (without the base URL)."""
    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": "/deployments/{deployment_id}/elasticsearch/{ref_id}/_reset-password".format(
            deployment_id=path_param(deployment_id, "deployment_id"),
            ref_id=path_param(ref_id, "ref_id"),
        ),
    }
    _kwargs["params"] = query_params(
        {
            "check_completion": check_completion,
        }
    )
    headers: dict[str, str] = {}
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ElasticsearchElasticUserPasswordResetResponse | BasicFailedReply | None:
    return parse_documented(response, RESPONSES, OPERATION_ID, client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ElasticsearchElasticUserPasswordResetResponse | BasicFailedReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    check_completion: bool | Unset = UNSET,
) -> Response[ElasticsearchElasticUserPasswordResetResponse | BasicFailedReply]:
    """Reset 'elastic' user password

     Resets the password of the 'elastic' user.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        check_completion (bool | Unset): If true, will not reset elastic user password and instead
            will return a status code signaling whether or not the current credentials are ready to
            use (eg from creation or the last call to _reset_password) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ElasticsearchElasticUserPasswordResetResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        check_completion=check_completion,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    check_completion: bool | Unset = UNSET,
) -> ElasticsearchElasticUserPasswordResetResponse | BasicFailedReply | None:
    """Reset 'elastic' user password

     Resets the password of the 'elastic' user.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        check_completion (bool | Unset): If true, will not reset elastic user password and instead
            will return a status code signaling whether or not the current credentials are ready to
            use (eg from creation or the last call to _reset_password) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ElasticsearchElasticUserPasswordResetResponse | BasicFailedReply
    """

    return sync_detailed(
        deployment_id=deployment_id,
        ref_id=ref_id,
        client=client,
        check_completion=check_completion,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    check_completion: bool | Unset = UNSET,
) -> Response[ElasticsearchElasticUserPasswordResetResponse | BasicFailedReply]:
    """Reset 'elastic' user password

     Resets the password of the 'elastic' user.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        check_completion (bool | Unset): If true, will not reset elastic user password and instead
            will return a status code signaling whether or not the current credentials are ready to
            use (eg from creation or the last call to _reset_password) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ElasticsearchElasticUserPasswordResetResponse | BasicFailedReply]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        ref_id=ref_id,
        check_completion=check_completion,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    ref_id: str,
    *,
    client: AuthenticatedClient | Client,
    check_completion: bool | Unset = UNSET,
) -> ElasticsearchElasticUserPasswordResetResponse | BasicFailedReply | None:
    """Reset 'elastic' user password

     Resets the password of the 'elastic' user.

    Args:
        deployment_id (str): Identifier for the Deployment.
        ref_id (str): User-specified RefId for the Resource (or '_main' if there is only one).
        check_completion (bool | Unset): If true, will not reset elastic user password and instead
            will return a status code signaling whether or not the current credentials are ready to
            use (eg from creation or the last call to _reset_password) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ElasticsearchElasticUserPasswordResetResponse | BasicFailedReply
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            ref_id=ref_id,
            client=client,
            check_completion=check_completion,
        )
    ).parsed
