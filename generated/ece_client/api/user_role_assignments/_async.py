"""The `user_role_assignments` operations of the asyncio client: `AsyncUserRoleAssignmentsAPI` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import AsyncResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._request_options import RequestOptions
    from ...models.empty_response import EmptyResponse
    from ...models.role_assignments import RoleAssignments


if TYPE_CHECKING:
    from ._async_raw import AsyncUserRoleAssignmentsAPIWithRawResponse


class AsyncUserRoleAssignmentsAPI(AsyncResource):
    """The `user_role_assignments` operations of the ECE API (asyncio)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncUserRoleAssignmentsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._async_raw import AsyncUserRoleAssignmentsAPIWithRawResponse

        return AsyncUserRoleAssignmentsAPIWithRawResponse(self._client)

    async def add_role_assignments(
        self,
        user_id: str,
        *,
        body: RoleAssignments,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Add Role Assignments

        Adds a set of RoleAssignments to the specified User. Currently unavailable in self-hosted ECE.

        `POST /users/{user_id}/role_assignments`

        Args:
            user_id (str): Identifier for the user; include realm name and id if required
            body (RoleAssignments): Roles assigned to users, API keys or organization invitations.
                Currently unavailable in self-hosted ECE.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import add_role_assignments as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                user_id,
                body=body,
            ),
            request_options,
        )

    async def remove_role_assignments(
        self,
        user_id: str,
        *,
        body: RoleAssignments,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Remove Role Assignments

        Removes a set of RoleAssignments from the specified User. Currently unavailable in self-hosted ECE.

        `DELETE /users/{user_id}/role_assignments`

        Args:
            user_id (str): Identifier for the user; include realm name and id if required
            force (bool | Unset): Whether or not to force the removal of role assignments (effective
                only for Platform Admins) Default: False.
            body (RoleAssignments): Roles assigned to users, API keys or organization invitations.
                Currently unavailable in self-hosted ECE.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import remove_role_assignments as _operation

        return await self._call(
            _operation,
            _operation.build_request(
                user_id,
                body=body,
                force=force,
            ),
            request_options,
        )
