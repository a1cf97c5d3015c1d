"""The `users` operations: as methods of `UsersAPI` (sync) and `AsyncUsersAPI`.

Each operation's module here (``users.<operation>``) has its low-level interface:
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
    from ...models.user import User
    from ...models.user_list import UserList
    from ...types import File


class UsersAPI(SyncResource):
    """The `users` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> UsersAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import UsersAPIWithRawResponse

        return UsersAPIWithRawResponse(self._client)

    def get_current_user(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> User:
        """Fetch current user information

        Fetch current user information.

        `GET /user`

        Returns:
            User

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_current_user as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def update_current_user(
        self,
        *,
        body: Any,
        request_options: RequestOptions | None = None,
    ) -> User:
        """Updates the current user

        Updates the current user.

        `PATCH /user`

        Args:
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            User

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_current_user as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_users(
        self,
        *,
        include_disabled: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserList:
        """Fetch all users

        Fetches all available users.

        `GET /users`

        Args:
            include_disabled (bool | Unset): True if disabled users should be included in the response
                Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            UserList

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_users as _operation

        return self._call(
            _operation,
            _operation.build_request(
                include_disabled=include_disabled,
            ),
            request_options,
        )

    def create_user(
        self,
        *,
        body: User,
        request_options: RequestOptions | None = None,
    ) -> User:
        """Creates a new user

        Creates a new user.

        `POST /users`

        Args:
            body (User): An API user
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            User

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_user as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_user(
        self,
        user_name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> User:
        """Fetch a single user

        Fetches a single user.

        `GET /users/{user_name}`

        Args:
            user_name (str): Identifier for the user
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            User

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_user as _operation

        return self._call(
            _operation,
            _operation.build_request(
                user_name,
            ),
            request_options,
        )

    def delete_user(
        self,
        user_name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Deletes an existing user

        Deletes an existing user.

        `DELETE /users/{user_name}`

        Args:
            user_name (str): Identifier for the user
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_user as _operation

        return self._call(
            _operation,
            _operation.build_request(
                user_name,
            ),
            request_options,
        )

    def update_user(
        self,
        user_name: str,
        *,
        body: Any,
        request_options: RequestOptions | None = None,
    ) -> User:
        """Updates an existing user

        Updates an existing user.

        `PATCH /users/{user_name}`

        Args:
            user_name (str): Identifier for the user
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            User

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_user as _operation

        return self._call(
            _operation,
            _operation.build_request(
                user_name,
                body=body,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncUsersAPI as AsyncUsersAPI
    from ._async_raw import AsyncUsersAPIWithRawResponse as AsyncUsersAPIWithRawResponse
    from ._raw import UsersAPIWithRawResponse as UsersAPIWithRawResponse
else:
    _LAZY = {
        "AsyncUsersAPI": "._async",
        "UsersAPIWithRawResponse": "._raw",
        "AsyncUsersAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `UsersAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncUsersAPI",
    "AsyncUsersAPIWithRawResponse",
    "UsersAPI",
    "UsersAPIWithRawResponse",
]
