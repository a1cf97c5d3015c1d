"""The `users` operations returning `APIResponse`: `UsersAPIWithRawResponse` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._resource_variants import SyncRawResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.empty_response import EmptyResponse
    from ...models.user import User
    from ...models.user_list import UserList


class UsersAPIWithRawResponse(SyncRawResource):
    """The `users` operations (sync), returning `APIResponse`: `ece.users.with_raw_response`."""

    __slots__ = ()

    def get_current_user(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[User]:
        """Fetch current user information

        Fetch current user information.

        `GET /user`

        Returns:
            APIResponse[User]: the status, the headers and the parsed body.

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
    ) -> APIResponse[User]:
        """Updates the current user

        Updates the current user.

        `PATCH /user`

        Args:
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[User]: the status, the headers and the parsed body.

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
    ) -> APIResponse[UserList]:
        """Fetch all users

        Fetches all available users.

        `GET /users`

        Args:
            include_disabled (bool | Unset): True if disabled users should be included in the response
                Default: False.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[UserList]: the status, the headers and the parsed body.

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
    ) -> APIResponse[User]:
        """Creates a new user

        Creates a new user.

        `POST /users`

        Args:
            body (User): An API user
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[User]: the status, the headers and the parsed body.

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
    ) -> APIResponse[User]:
        """Fetch a single user

        Fetches a single user.

        `GET /users/{user_name}`

        Args:
            user_name (str): Identifier for the user
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[User]: the status, the headers and the parsed body.

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
    ) -> APIResponse[EmptyResponse]:
        """Deletes an existing user

        Deletes an existing user.

        `DELETE /users/{user_name}`

        Args:
            user_name (str): Identifier for the user
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[EmptyResponse]: the status, the headers and the parsed body.

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
    ) -> APIResponse[User]:
        """Updates an existing user

        Updates an existing user.

        `PATCH /users/{user_name}`

        Args:
            user_name (str): Identifier for the user
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[User]: the status, the headers and the parsed body.

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
