"""`AsyncStackExtension`: the asyncio side of ``stack.py``, imported with the async group."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from .stack import _body

if TYPE_CHECKING:
    from .._config_files import PathLike
    from .._request_options import RequestOptions
    from ..models.stack_version_archive_processing_result import StackVersionArchiveProcessingResult


class AsyncStackExtension:
    """Methods added to the asyncio `stack` group."""

    __slots__ = ()

    async def upload_stack_pack(
        self,
        source: PathLike | bytes | BinaryIO,
        *,
        file_name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> StackVersionArchiveProcessingResult:
        """Uploads a stack pack zip (asyncio); see the sync `Stack.upload_stack_pack`."""
        from .._capabilities import operation

        upload = operation(self, "update_stack_packs")
        return await upload(body=_body(source, file_name), request_options=request_options)  # type: ignore[no-any-return]


__all__ = ["AsyncStackExtension"]
