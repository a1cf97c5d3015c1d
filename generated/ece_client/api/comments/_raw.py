"""The `comments` operations returning `APIResponse`: `CommentsAPIWithRawResponse` (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import SyncRawResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._api_response import APIResponse
    from ..._request_options import RequestOptions
    from ...models.comment import Comment
    from ...models.comment_create_request import CommentCreateRequest
    from ...models.comment_update_request import CommentUpdateRequest
    from ...models.comments_with_metas import CommentsWithMetas
    from ...models.empty_response import EmptyResponse


class CommentsAPIWithRawResponse(SyncRawResource):
    """The `comments` operations (sync), returning `APIResponse`: `ece.comments.with_raw_response`."""

    __slots__ = ()

    def list_comment(
        self,
        resource_type: str,
        resource_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> APIResponse[CommentsWithMetas]:
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
            APIResponse[CommentsWithMetas]: the status, the headers and the parsed body.

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
    ) -> APIResponse[Comment]:
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
            APIResponse[Comment]: the status, the headers and the parsed body.

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
    ) -> APIResponse[Comment]:
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
            APIResponse[Comment]: the status, the headers and the parsed body.

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
    ) -> APIResponse[Comment]:
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
            APIResponse[Comment]: the status, the headers and the parsed body.

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
    ) -> APIResponse[EmptyResponse]:
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
            APIResponse[EmptyResponse]: the status, the headers and the parsed body.

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
