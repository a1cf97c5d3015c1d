"""The `accounts` operations returning `APIResponse`: `AccountsAPIWithRawResponse` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._resource_variants import SyncRawResource

if TYPE_CHECKING:
    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.account_response import AccountResponse
    from ...models.account_update_request import AccountUpdateRequest


class AccountsAPIWithRawResponse(SyncRawResource):
    """The `accounts` operations (sync), returning `APIResponse`: `ece.accounts.with_raw_response`."""

    __slots__ = ()

    def get_current_account(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[AccountResponse]:
        """Fetch current account information

        Fetch current account information.

        `GET /account`

        Returns:
            APIResponse[AccountResponse]: the status, the headers and the parsed body.

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
    ) -> APIResponse[AccountResponse]:
        """Updates the current account

        Updates the current account.

        `PUT /account`

        Args:
            body (AccountUpdateRequest): A request to update an account
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[AccountResponse]: the status, the headers and the parsed body.

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
    ) -> APIResponse[AccountResponse]:
        """Updates the current account

        Updates the current account.

        `PATCH /account`

        Args:
            body (Any):
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            APIResponse[AccountResponse]: the status, the headers and the parsed body.

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
