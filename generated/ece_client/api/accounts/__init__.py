"""The `accounts` operations: as methods of `AccountsAPI` (sync) and `AsyncAccountsAPI`.

Each operation's module here (``accounts.<operation>``) has its low-level interface:
``build_request(...)`` and ``parse_response(response)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._endpoint import SyncResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.account_response import AccountResponse
    from ...models.account_update_request import AccountUpdateRequest
    from ...models.basic_failed_reply import BasicFailedReply
    from ...types import File


class AccountsAPI(SyncResource):
    """The `accounts` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AccountsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import AccountsAPIWithRawResponse

        return AccountsAPIWithRawResponse(self._client)

    def get_current_account(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AccountResponse:
        """Fetch current account information

        Fetch current account information.

        `GET /account`

        Returns:
            AccountResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_current_account as _operation

        return self._call(
            _operation,
            _operation.build_request(),
            request_options,
        )

    def update_current_account(
        self,
        *,
        body: AccountUpdateRequest,
        request_options: RequestOptions | None = None,
    ) -> AccountResponse:
        """Updates the current account

        Updates the current account.

        `PUT /account`

        Args:
            body (AccountUpdateRequest): A request to update an account
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            AccountResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_current_account as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )

    def patch_current_account(
        self,
        *,
        body: Any,
        request_options: RequestOptions | None = None,
    ) -> AccountResponse:
        """Updates the current account

        Updates the current account.

        `PATCH /account`

        Args:
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            AccountResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import patch_current_account as _operation

        return self._call(
            _operation,
            _operation.build_request(
                body=body,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncAccountsAPI as AsyncAccountsAPI
    from ._async_raw import AsyncAccountsAPIWithRawResponse as AsyncAccountsAPIWithRawResponse
    from ._raw import AccountsAPIWithRawResponse as AccountsAPIWithRawResponse
else:
    _LAZY = {
        "AsyncAccountsAPI": "._async",
        "AccountsAPIWithRawResponse": "._raw",
        "AsyncAccountsAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `AccountsAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncAccountsAPI",
    "AsyncAccountsAPIWithRawResponse",
    "AccountsAPI",
    "AccountsAPIWithRawResponse",
]
