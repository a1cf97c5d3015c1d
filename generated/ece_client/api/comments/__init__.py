"""The `comments` operations: as methods of `CommentsAPI` (sync) and `AsyncCommentsAPI`.

Each operation's module here (``comments.<operation>``) has its low-level interface:
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
    from ...models.comment import Comment
    from ...models.comment_create_request import CommentCreateRequest
    from ...models.comment_update_request import CommentUpdateRequest
    from ...models.comments_with_metas import CommentsWithMetas
    from ...models.empty_response import EmptyResponse
    from ...types import File


class CommentsAPI(SyncResource):
    """The `comments` operations of the ECE API (sync)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> CommentsAPIWithRawResponse:
        """The same operations, returning `APIResponse` (status, headers and the parsed body)."""
        from ._raw import CommentsAPIWithRawResponse

        return CommentsAPIWithRawResponse(self._client)

    def list_comment(
        self,
        resource_type: str,
        resource_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CommentsWithMetas:
        """List Comments

        Retrieves all the comments for a given Resource, in reverse modified time order.

        `GET /comments/{resource_type}/{resource_id}`

        Args:
            resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
                [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
                constructor, runner, proxy].
            resource_id (str): Id of the Resource that a Comment belongs to.
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            CommentsWithMetas

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import list_comment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                resource_type,
                resource_id,
            ),
            request_options,
        )

    def create_comment(
        self,
        resource_type: str,
        resource_id: str,
        *,
        body: CommentCreateRequest,
        request_options: RequestOptions | None = None,
    ) -> Comment:
        """Create a Comment

        Creates a comment for the given Resource.

        `POST /comments/{resource_type}/{resource_id}`

        Args:
            resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
                [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
                constructor, runner, proxy].
            resource_id (str): Id of the Resource that a Comment belongs to.
            body (CommentCreateRequest): A request for creating a new Comment
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            Comment

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import create_comment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                resource_type,
                resource_id,
                body=body,
            ),
            request_options,
        )

    def get_comment(
        self,
        resource_type: str,
        resource_id: str,
        comment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Comment:
        """Get Comment

        Retrieves a Comment.

        `GET /comments/{resource_type}/{resource_id}/{comment_id}`

        Args:
            resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
                [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
                constructor, runner, proxy].
            resource_id (str): Id of the Resource that a Comment belongs to.
            comment_id (str): Id of a Comment
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            Comment

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import get_comment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                resource_type,
                resource_id,
                comment_id,
            ),
            request_options,
        )

    def update_comment(
        self,
        resource_type: str,
        resource_id: str,
        comment_id: str,
        *,
        body: CommentUpdateRequest,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Comment:
        """Update Comment

        Updates a Comment.

        `PUT /comments/{resource_type}/{resource_id}/{comment_id}`

        Args:
            resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
                [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
                constructor, runner, proxy].
            resource_id (str): Id of the Resource that a Comment belongs to.
            comment_id (str): Id of a Comment
            version (str | Unset): If specified then checks for conflicts against the version stored
                in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            body (CommentUpdateRequest): A request for updating an existing Comment
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            Comment

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import update_comment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                resource_type,
                resource_id,
                comment_id,
                body=body,
                version=version,
            ),
            request_options,
        )

    def delete_comment(
        self,
        resource_type: str,
        resource_id: str,
        comment_id: str,
        *,
        version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EmptyResponse:
        """Delete Comment

        Deletes a Comment.

        `DELETE /comments/{resource_type}/{resource_id}/{comment_id}`

        Args:
            resource_type (str): The kind of Resource that a Comment belongs to. Should be one of
                [elasticsearch, kibana, apm, appsearch, enterprise_search, integrations_server, allocator,
                constructor, runner, proxy].
            resource_id (str): Id of the Resource that a Comment belongs to.
            comment_id (str): Id of a Comment
            version (str | Unset): If specified then checks for conflicts against the version stored
                in the persistent store (returned in 'x-cloud-resource-version' of the GET request)
            request_options: Per-call timeout, retries and extra headers.

        Returns:
            EmptyResponse

        Raises:
            ece_client.errors.APIError: For every error status (a subclass per status: NotFoundError, ...).
            ece_client.errors.ResponseDecodeError: The body is not what this operation promises.
            ece_client.errors.ConnectionError: No response (after retries).
        """
        from . import delete_comment as _operation

        return self._call(
            _operation,
            _operation.build_request(
                resource_type,
                resource_id,
                comment_id,
                version=version,
            ),
            request_options,
        )


if TYPE_CHECKING:  # "X as X": explicit re-exports, for type checkers in strict mode
    from ._async import AsyncCommentsAPI as AsyncCommentsAPI
    from ._async_raw import AsyncCommentsAPIWithRawResponse as AsyncCommentsAPIWithRawResponse
    from ._raw import CommentsAPIWithRawResponse as CommentsAPIWithRawResponse
else:
    _LAZY = {
        "AsyncCommentsAPI": "._async",
        "CommentsAPIWithRawResponse": "._raw",
        "AsyncCommentsAPIWithRawResponse": "._async_raw",
    }

    def __getattr__(name: str) -> object:
        """The async, raw and streamed groups, imported on first use (a sync client needs only `CommentsAPI`)."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncCommentsAPI",
    "AsyncCommentsAPIWithRawResponse",
    "CommentsAPI",
    "CommentsAPIWithRawResponse",
]
