"""Hand-written additions to the `stack` operation group: uploading a stack pack zip from a file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from .._config_files import PathLike
    from .._request_options import RequestOptions
    from ..models.stack_version_archive_processing_result import StackVersionArchiveProcessingResult


def _body(source: Any, file_name: str | None) -> Any:
    from .._config_files import stack_pack
    from ..models import UpdateStackPacksBody

    return UpdateStackPacksBody(file=stack_pack(source, file_name))


class StackExtension:
    """Methods added to the sync `stack` group."""

    __slots__ = ()

    def upload_stack_pack(
        self,
        source: PathLike | bytes | BinaryIO,
        *,
        file_name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> StackVersionArchiveProcessingResult:
        """Uploads a stack pack zip (ecctl's ``stack upload``): ``POST /stack/versions``, multipart.

        >>> result = ece.stack.upload_stack_pack("8.15.1.zip")
        >>> [stack.version for stack in result.stacks]

        Args:
            source: The zip: a path, its bytes, or a file opened in binary mode.
            file_name: The name sent with it (default: the file's own name).
            request_options: Per-call options.

        Returns:
            The stacks the archive created or updated, and the ``errors`` of those it could not take.

        Raises:
            ece_client.errors.BadRequestError: ECE refused the archive (its body lists why).
            ece_client.errors.ECEError: The file cannot be read.
        """
        from .._capabilities import operation

        upload = operation(self, "update_stack_packs")
        return upload(body=_body(source, file_name), request_options=request_options)  # type: ignore[no-any-return]


__all__ = ["StackExtension"]
