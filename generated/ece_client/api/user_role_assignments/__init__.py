"""The `user_role_assignments` operations: as methods of `UserRoleAssignmentsAPI` (sync) and `AsyncUserRoleAssignmentsAPI`.

Each operation's module here (``user_role_assignments.<operation>``) has its low-level interface:
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
    from ...models.role_assignments import RoleAssignments
    from ...types import File


class UserRoleAssignmentsAPI(SyncResource):
    """The `user_role_assignments` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> UserRoleAssignmentsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import UserRoleAssignmentsAPIWithRawResponse

        return UserRoleAssignmentsAPIWithRawResponse(self._client)

    def add_role_assignments(
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

        return self._call(
            _operation,
            _operation.build_request(
                user_id,
                body=body,
            ),
            request_options,
        )

    def remove_role_assignments(
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

        return self._call(
            _operation,
            _operation.build_request(
                user_id,
                body=body,
                force=force,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncUserRoleAssignmentsAPI as AsyncUserRoleAssignmentsAPI
    from ._async_raw import AsyncUserRoleAssignmentsAPIWithRawResponse as AsyncUserRoleAssignmentsAPIWithRawResponse
    from ._raw import UserRoleAssignmentsAPIWithRawResponse as UserRoleAssignmentsAPIWithRawResponse
else:
    _LAZY = {
        "AsyncUserRoleAssignmentsAPI": "._async",
        "UserRoleAssignmentsAPIWithRawResponse": "._raw",
        "AsyncUserRoleAssignmentsAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `UserRoleAssignmentsAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncUserRoleAssignmentsAPI",
    "AsyncUserRoleAssignmentsAPIWithRawResponse",
    "UserRoleAssignmentsAPI",
    "UserRoleAssignmentsAPIWithRawResponse",
]
