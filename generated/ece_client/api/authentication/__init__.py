"""The `authentication` operations: as methods of `AuthenticationAPI` (sync) and `AsyncAuthenticationAPI`.

Each operation's module here (``authentication.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import SyncResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.api_key_response import ApiKeyResponse
    from ...models.api_keys_response import ApiKeysResponse
    from ...models.authentication_info import AuthenticationInfo
    from ...models.available_authentication_methods import AvailableAuthenticationMethods
    from ...models.basic_failed_reply import BasicFailedReply
    from ...models.create_api_key_request import CreateApiKeyRequest
    from ...models.delete_api_keys_request import DeleteApiKeysRequest
    from ...models.delete_users_api_keys_request import DeleteUsersApiKeysRequest
    from ...models.empty_response import EmptyResponse
    from ...models.login_request import LoginRequest
    from ...models.saml_callback_body import SamlCallbackBody
    from ...models.token_response import TokenResponse
    from ...types import File


class AuthenticationAPI(SyncResource):
    """The `authentication` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AuthenticationAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import AuthenticationAPIWithRawResponse

        return AuthenticationAPIWithRawResponse(self._client)

    def get_authentication_info(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AuthenticationInfo:
        """User authentication information

        Provides authentication information about a user, including elevated permission status and TOTP
        device availability.

        `GET /users/auth`

        Returns:
            AuthenticationInfo

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_authentication_info as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def login(
        self,
        *,
        body: LoginRequest,
        request_options: RequestOptions | None = None,
    ) -> TokenResponse:
        """Login to ECE

        Authenticates against available users.

        `POST /users/auth/_login`

        Args:
            body (LoginRequest): The body of a login request.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            TokenResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import login as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def logout(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Logout from ECE

        Destroys the current session.

        `POST /users/auth/_logout`

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import logout as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def refresh_token(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> TokenResponse:
        """Refresh authentication token

        Issues a new authentication token.

        `POST /users/auth/_refresh`

        Returns:
            TokenResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import refresh_token as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def get_api_keys(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKeysResponse:
        """Get all API keys

        Retrieves the metadata for all of the API keys that the user generated.

        `GET /users/auth/keys`

        Returns:
            ApiKeysResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_api_keys as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def create_api_key(
        self,
        *,
        body: CreateApiKeyRequest,
        request_options: RequestOptions | None = None,
    ) -> ApiKeyResponse:
        """Create API key

        Creates a new API key.

        `POST /users/auth/keys`

        Args:
            body (CreateApiKeyRequest): The request payload that creates the API keys.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ApiKeyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_api_key as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def delete_api_keys(
        self,
        *,
        body: DeleteApiKeysRequest,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete API keys

        Delete or invalidate API keys.

        `DELETE /users/auth/keys`

        Args:
            body (DeleteApiKeysRequest): The request payload that deletes the API keys.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_api_keys as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_users_api_keys(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKeysResponse:
        """Get all API keys for all users

        Retrieves the metadata for all of the API keys for all users.

        `GET /users/auth/keys/_all`

        Returns:
            ApiKeysResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_users_api_keys as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def delete_users_api_keys(
        self,
        *,
        body: DeleteUsersApiKeysRequest,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete API keys of multiple users

        Delete or invalidate the API keys for multiple users.

        `DELETE /users/auth/keys/_all`

        Args:
            body (DeleteUsersApiKeysRequest): The request payload that deletes the API keys.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_users_api_keys as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def get_api_key(
        self,
        api_key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKeyResponse:
        """Get API key

        Retrieves the metadata for an API key.

        `GET /users/auth/keys/{api_key_id}`

        Args:
            api_key_id (str): The API Key ID.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ApiKeyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_api_key as _operation

        return self._call(
            _operation,
            _operation.build_request(
                api_key_id,
            ),
            request_options,
        )

    def delete_api_key(
        self,
        api_key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete API key

        Delete or invalidate the API key.

        `DELETE /users/auth/keys/{api_key_id}`

        Args:
            api_key_id (str): The API Key ID.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_api_key as _operation

        return self._call(
            _operation,
            _operation.build_request(
                api_key_id,
            ),
            request_options,
        )

    def methods(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AvailableAuthenticationMethods:
        """Available authentication methods

        Provides information about available authentication methods.

        `GET /users/auth/methods`

        Returns:
            AvailableAuthenticationMethods

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import methods as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def saml_callback(
        self,
        *,
        body: SamlCallbackBody,
        request_options: RequestOptions | None = None,
    ) -> None:
        """SAML callback

        Accepts a callback request from an identity provider and authenticates the user.

        `POST /users/auth/saml/_callback`

        Args:
            body (SamlCallbackBody):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            None

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import saml_callback as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def saml_init(
        self,
        *,
        state: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Initiate SAML protocol

        Calls the authentication cluster to initiate SAML Single Sign-on (Web Browser SSO profile) protocol
        and redirects the user to the identity provider for authentication. The authentication cluster must
        be configured prior to initiation.

        `GET /users/auth/saml/_init`

        Args:
            state (str | Unset): An optional relay state that is sent back to the client after the
                user is authenticated
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            None

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import saml_init as _operation

        return self._call(
            _operation,
            _operation.build_request(
                state=state,
            ),
            request_options,
        )

    def get_user_api_keys(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKeysResponse:
        """Get API key metadata for all keys created by the user

        Retrieves metadata for all API keys created by the given user.

        `GET /users/{user_id}/auth/keys`

        Args:
            user_id (str): The user ID.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ApiKeysResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_user_api_keys as _operation

        return self._call(
            _operation,
            _operation.build_request(
                user_id,
            ),
            request_options,
        )

    def delete_user_api_keys(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete API keys for a user

        Delete or invalidate all of the API keys for a user.

        `DELETE /users/{user_id}/auth/keys`

        Args:
            user_id (str): The user ID.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_user_api_keys as _operation

        return self._call(
            _operation,
            _operation.build_request(
                user_id,
            ),
            request_options,
        )

    def get_user_api_key(
        self,
        user_id: str,
        api_key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKeyResponse:
        """Get a user API key

        Retrieves the API key metadata for a user.

        `GET /users/{user_id}/auth/keys/{api_key_id}`

        Args:
            user_id (str): The user ID.
            api_key_id (str): The API Key ID.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            ApiKeyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_user_api_key as _operation

        return self._call(
            _operation,
            _operation.build_request(
                user_id,
                api_key_id,
            ),
            request_options,
        )

    def delete_user_api_key(
        self,
        user_id: str,
        api_key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete an API key for a user

        Delete or invalidate an API key for a user.

        `DELETE /users/{user_id}/auth/keys/{api_key_id}`

        Args:
            user_id (str): The user ID.
            api_key_id (str): The API Key ID.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_user_api_key as _operation

        return self._call(
            _operation,
            _operation.build_request(
                user_id,
                api_key_id,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncAuthenticationAPI as AsyncAuthenticationAPI
    from ._async_raw import AsyncAuthenticationAPIWithRawResponse as AsyncAuthenticationAPIWithRawResponse
    from ._raw import AuthenticationAPIWithRawResponse as AuthenticationAPIWithRawResponse
else:
    _LAZY = {
        "AsyncAuthenticationAPI": "._async",
        "AuthenticationAPIWithRawResponse": "._raw",
        "AsyncAuthenticationAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `AuthenticationAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncAuthenticationAPI",
    "AsyncAuthenticationAPIWithRawResponse",
    "AuthenticationAPI",
    "AuthenticationAPIWithRawResponse",
]
