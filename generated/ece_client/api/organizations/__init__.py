"""The `organizations` operations: as methods of `OrganizationsAPI` (sync) and `AsyncOrganizationsAPI`.

Each operation's module here (``organizations.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import SyncResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.empty_response import EmptyResponse
    from ...models.organization import Organization
    from ...models.organization_invitation import OrganizationInvitation
    from ...models.organization_invitation_request import OrganizationInvitationRequest
    from ...models.organization_invitations import OrganizationInvitations
    from ...models.organization_list import OrganizationList
    from ...models.organization_memberships import OrganizationMemberships
    from ...models.organization_request import OrganizationRequest
    from ...types import File


class OrganizationsAPI(SyncResource):
    """The `organizations` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> OrganizationsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import OrganizationsAPIWithRawResponse

        return OrganizationsAPIWithRawResponse(self._client)

    def list_organizations(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> OrganizationList:
        """List organizations

        Fetch organizations available to the current user. Currently unavailable in self-hosted ECE.

        `GET /organizations`

        Returns:
            OrganizationList

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import list_organizations as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def get_organization_invitation(
        self,
        invitation_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> OrganizationInvitation:
        """Get organization invitation

        Gets a single invitation to an organization by token. Currently unavailable in self-hosted ECE.

        `GET /organizations/invitations/{invitation_token}`

        Args:
            invitation_token (str): Organization invitation token
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            OrganizationInvitation

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_organization_invitation as _operation

        return self._call(
            _operation,
            _operation.build_request(
                invitation_token,
            ),
            request_options,
        )

    def accept_organization_invitation(
        self,
        invitation_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Accept an organization invitation

        Accepts an organization invitation. Currently unavailable in self-hosted ECE.

        `POST /organizations/invitations/{invitation_token}/_accept`

        Args:
            invitation_token (str): Organization invitation token
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import accept_organization_invitation as _operation

        return self._call(
            _operation,
            _operation.build_request(
                invitation_token,
            ),
            request_options,
        )

    def get_organization(
        self,
        organization_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Organization:
        """Fetch organization information

        Fetch a single organization by id. Currently unavailable in self-hosted ECE.

        `GET /organizations/{organization_id}`

        Args:
            organization_id (str): Identifier for the Organization
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            Organization

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_organization as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
            ),
            request_options,
        )

    def update_organization(
        self,
        organization_id: str,
        *,
        body: OrganizationRequest,
        request_options: RequestOptions | None = None,
    ) -> Organization:
        """Update organization

        > WARNING
        > This endpoint is deprecated and scheduled to be removed in the next major version.

        Updates an existing organization. Currently unavailable in self-hosted ECE.

        `PUT /organizations/{organization_id}`

        Args:
            organization_id (str): Identifier for the Organization
            body (OrganizationRequest): A request to create or update an organization
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            Organization

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_organization as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
                body=body,
            ),
            request_options,
        )

    def list_organization_invitations(
        self,
        organization_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> OrganizationInvitations:
        """List organization invitations

        Fetch open invitations to the selected organization. Currently unavailable in self-hosted ECE.

        `GET /organizations/{organization_id}/invitations`

        Args:
            organization_id (str): Identifier for the Organization
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            OrganizationInvitations

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import list_organization_invitations as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
            ),
            request_options,
        )

    def create_organization_invitations(
        self,
        organization_id: str,
        *,
        body: OrganizationInvitationRequest,
        request_options: RequestOptions | None = None,
    ) -> OrganizationInvitations:
        """Create organization invitations

        Creates or refreshes organization invitations. Currently unavailable in self-hosted ECE.

        `POST /organizations/{organization_id}/invitations`

        Args:
            organization_id (str): Identifier for the Organization
            body (OrganizationInvitationRequest): A request to create one or more invitations to an
                organization
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            OrganizationInvitations

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_organization_invitations as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
                body=body,
            ),
            request_options,
        )

    def delete_organization_invitations(
        self,
        organization_id: str,
        invitation_tokens: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete organization invitations

        Deletes one or more organization invitations. Currently unavailable in self-hosted ECE.

        `DELETE /organizations/{organization_id}/invitations/{invitation_tokens}`

        Args:
            organization_id (str): Identifier for the Organization
            invitation_tokens (str): CSV list of Invitation tokens
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_organization_invitations as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
                invitation_tokens,
            ),
            request_options,
        )

    def list_organization_members(
        self,
        organization_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> OrganizationMemberships:
        """List organization members

        Fetch users belonging to the selected organization. Currently unavailable in self-hosted ECE.

        `GET /organizations/{organization_id}/members`

        Args:
            organization_id (str): Identifier for the Organization
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            OrganizationMemberships

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import list_organization_members as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
            ),
            request_options,
        )

    def delete_organization_memberships(
        self,
        organization_id: str,
        user_ids: str,
        *,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete organization memberships

        Deletes one or more organization memberships. Currently unavailable in self-hosted ECE.

        `DELETE /organizations/{organization_id}/members/{user_ids}`

        Args:
            organization_id (str): Identifier for the Organization
            user_ids (str): CSV list of User identifiers
            force (bool | Unset): Whether or not to force the removal of Org memberships (effective
                only for Platform Admins) Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_organization_memberships as _operation

        return self._call(
            _operation,
            _operation.build_request(
                organization_id,
                user_ids,
                force=force,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncOrganizationsAPI as AsyncOrganizationsAPI
    from ._async_raw import AsyncOrganizationsAPIWithRawResponse as AsyncOrganizationsAPIWithRawResponse
    from ._raw import OrganizationsAPIWithRawResponse as OrganizationsAPIWithRawResponse
else:
    _LAZY = {
        "AsyncOrganizationsAPI": "._async",
        "OrganizationsAPIWithRawResponse": "._raw",
        "AsyncOrganizationsAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `OrganizationsAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncOrganizationsAPI",
    "AsyncOrganizationsAPIWithRawResponse",
    "OrganizationsAPI",
    "OrganizationsAPIWithRawResponse",
]
