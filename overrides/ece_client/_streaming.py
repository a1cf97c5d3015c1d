"""Streamed responses: a download read as it arrives, or written to a file atomically, resuming after a drop.

``ece.deployments.with_streaming_response.<download>(...)`` and ``ece.stream(method, path)`` return a
`StreamedResponse` (`AsyncStreamedResponse` on AsyncECE): the request is sent when the ``with`` block
starts, the body is read as it is iterated, in pieces of at most 1 MB, so memory stays flat
whatever the size. After a dropped connection the download goes on within the client's retry
policy (``max_retries``): from where it stopped when the server honours ``Range`` for the same
content (checked with ``If-Range`` and ``Content-Range``), otherwise from the start.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

from ._errors import ResponseDecodeError
from ._limits import BodyDecoder, adecoded_stream, decoded_stream
from ._logging import logger
from ._progress import DownloadProgress, transfer_callback
from ._retry import delay_for
from ._transport_errors import DownloadInterruptedError, transport_error

if TYPE_CHECKING:
    from ._request_options import RequestOptions

_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")
_RESUMABLE_ERRORS = (httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout)
Restart = Callable[[], None]


class _Resume:
    """What a dropped download needs to go on: how far it got, and how to check the server resumes the same body."""

    def __init__(self, method: str, url: str, retries: int, retry_safe: bool, timeout: httpx.Timeout) -> None:
        self.method, self.url, self.timeout = method, url, timeout
        self.retries = retries if retry_safe else 0
        self.tries = 0
        self.offset = 0  # bytes of the body received (on the wire: ranges count those)
        self.total: int | None = None
        self.etag: str | None = None
        self.validator: str | None = None
        self.ranges = False

    def first(self, response: httpx.Response) -> None:
        headers = response.headers
        etag = headers.get("etag")
        self.etag = etag if etag and not etag.startswith("W/") else None  # If-Range takes only a strong ETag
        self.validator = self.etag or headers.get("last-modified")
        plain = headers.get("content-encoding", "identity").strip().lower() in ("", "identity")
        length = headers.get("content-length", "")
        self.total = int(length) if plain and length.isdigit() else None
        self.ranges = plain and headers.get("accept-ranges", "").strip().lower() != "none"

    def next_try(self, error: httpx.TransportError) -> tuple[float, dict[str, str]]:
        """The wait and the extra headers of the next try; raises when no retry is left."""
        if self.tries >= self.retries:
            sdk_error, _ = transport_error(error, self.method, self.url, self.timeout)
            raise DownloadInterruptedError(
                f"{self.method} {self.url}: the connection dropped after {self.offset} bytes of the body "
                f"and no retry is left ({self.retries}): {sdk_error}",
                method=self.method,
                url=self.url,
            ) from error
        self.tries += 1
        headers: dict[str, str] = {}
        if self.offset and self.ranges:
            headers["Range"] = f"bytes={self.offset}-"
            if self.validator:
                headers["If-Range"] = self.validator
        delay = delay_for(self.tries, None)
        logger.warning(
            "download %s %s dropped after %d bytes (%s): try %d/%d in %.2fs%s",
            self.method,
            self.url,
            self.offset,
            type(error).__name__,
            self.tries,
            self.retries,
            delay,
            " from there" if "Range" in headers else " from the start",
        )
        return delay, headers

    def resumes(self, response: httpx.Response) -> bool:
        """True when the response continues the body where it stopped (206 at the offset, same size and
        validator); False when it is the whole body again (the server ignored or refused the range)."""
        if response.status_code != 206:
            return False
        match = _CONTENT_RANGE.fullmatch(response.headers.get("content-range", "").strip())
        etag = response.headers.get("etag")
        if (
            match is None
            or int(match.group(1)) != self.offset
            or (self.total is not None and match.group(3) != str(self.total))
            or (self.etag is not None and etag is not None and etag != self.etag)
        ):
            response.close()
            raise ResponseDecodeError(
                f"{self.method} {self.url}: the server resumed the download with Content-Range "
                f"{response.headers.get('content-range')!r}, not at byte {self.offset} of the same body",
                status_code=206,
            )
        return True

    def same_body(self, response: httpx.Response) -> bool:
        """The whole body again, provably the same (the same strong ETag): its first bytes can be skipped."""
        return self.etag is not None and response.headers.get("etag") == self.etag


class _AtomicFile:
    """A file written under a temporary name in the target's folder and renamed over it only when complete
    (after fsync), so the target never holds a partial download; the temporary file goes on failure."""

    def __init__(self, target: Path) -> None:
        self.target = target
        folder = target.parent
        if not folder.is_dir():
            raise FileNotFoundError(f"cannot write {target}: no such folder {folder}")
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
        self.temporary = Path(name)
        self.file: IO[bytes] = os.fdopen(handle, "wb")

    def restart(self) -> None:
        self.file.seek(0)
        self.file.truncate()

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.temporary, self.target)
        if hasattr(os, "O_DIRECTORY"):  # the rename itself reaches the disk
            folder = os.open(self.target.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)

    def discard(self) -> None:
        self.file.close()
        self.temporary.unlink(missing_ok=True)


@contextmanager
def _download_to(path: str | os.PathLike[str], progress: Any) -> Iterator[tuple[_AtomicFile, _Reporter]]:
    target = Path(path)
    with transfer_callback(progress) as callback:
        output = _AtomicFile(target)
        try:
            yield output, _Reporter(target.name, callback)
        except BaseException:
            output.discard()
            raise
        output.commit()


class _Reporter:
    """Progress events of one download to its callback."""

    def __init__(self, name: str, callback: Callable[[DownloadProgress], object] | None) -> None:
        self.name, self.callback = name, callback
        self.received = 0
        self.restarts = 0
        self.started = time.monotonic()

    def add(self, count: int, total: int | None, done: bool = False) -> None:
        self.received += count
        if self.callback is not None:
            elapsed = time.monotonic() - self.started
            self.callback(DownloadProgress(self.name, self.received, total, elapsed, done, self.restarts))

    def restart(self) -> None:
        self.received = 0
        self.restarts += 1


class _StreamBase:
    def __init__(
        self,
        client: Any,
        kwargs: dict[str, Any],
        options: RequestOptions | None,
        retry_safe: bool,
        redirect_answers: frozenset[int] = frozenset(),
    ) -> None:
        self._client = client
        # Ranges count bytes on the wire: ask for the body as it is (a caller's header still wins).
        self._kwargs = {**kwargs, "headers": {"Accept-Encoding": "identity", **kwargs.get("headers", {})}}
        self._options = options
        self._retry_safe = retry_safe
        self._redirect_answers = redirect_answers
        self._response: httpx.Response | None = None
        self._in_flight = False  # this response counts as a call in flight of its client until it is closed
        retries = client.max_retries if options is None or options.max_retries is None else options.max_retries
        resumable = retry_safe or bool(options and options.retry_non_idempotent)
        self._resume = _Resume(kwargs["method"].upper(), str(kwargs["url"]), retries, resumable, client.timeout)

    @property
    def http_response(self) -> httpx.Response:
        """The httpx response (its body not read): available inside the ``with`` block."""
        if self._response is None:
            raise RuntimeError("the request is sent when the with block starts: use the response inside it")
        return self._response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content_length(self) -> int | None:
        """The body's size in bytes, when the server said it."""
        return self._resume.total

    def _send_kwargs(self, extra_headers: dict[str, str]) -> dict[str, Any]:
        return {**self._kwargs, "headers": {**self._kwargs["headers"], **extra_headers}}

    def _pieces_source(self, response: httpx.Response) -> str:
        return "raw" if BodyDecoder.handles(response) is not None else "decoded"

    def __repr__(self) -> str:
        state = "not sent" if self._response is None else f"HTTP {self._response.status_code}"
        return f"{type(self).__name__}({self._resume.method} {self._resume.url}, {state})"


class StreamedResponse(_StreamBase):
    """A response whose body is read as it is iterated (sync). Use it in a ``with`` block::

        with ece.deployments.with_streaming_response.download_deployment_instance_heap_dump(...) as response:
            for chunk in response.iter_bytes():
                ...

    or write the body to a file without a ``with`` block: ``.write_to(path, progress=True)``.
    """

    def __enter__(self) -> StreamedResponse:
        try:
            self._open({})
            self._resume.first(self.http_response)
            if self._client.check_version and not self._client._version_checked:
                self._client._check_version_once()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection's response (the rest of the body is not read) and end the call: a client
        closed meanwhile closes its connection pool now."""
        if self._response is not None:
            self._response.close()
        self._leave()

    def _leave(self) -> None:
        if self._in_flight:
            self._in_flight = False
            self._client._leave_call()

    def _open(self, extra_headers: dict[str, str]) -> httpx.Response:
        self._leave()  # the try before, when resuming
        self._response = self._client._send(
            self._send_kwargs(extra_headers), self._options, self._retry_safe, self._redirect_answers, stream=True
        )
        self._in_flight = True
        return self._response

    def iter_bytes(self) -> Iterator[bytes]:
        """The body in pieces as they arrive (decompressed, at most 1 MB each); after a dropped connection it
        continues where it stopped if the server can resume the same body, else raises DownloadInterruptedError."""
        return self._chunks(None)

    def read(self) -> bytes:
        """The whole body in memory (for small bodies: prefer iter_bytes() or write_to())."""
        return b"".join(self.iter_bytes())

    def _chunks(self, restart: Restart | None) -> Iterator[bytes]:
        resume = self._resume
        response = self.http_response
        skip = 0
        while True:
            try:
                raw = response.iter_raw() if self._pieces_source(response) == "raw" else response.iter_bytes()
                for piece in decoded_stream(_counted(raw, resume), response):
                    if skip:
                        cut = min(skip, len(piece))
                        piece, skip = piece[cut:], skip - cut
                    if piece:
                        yield piece
                return
            except _RESUMABLE_ERRORS as error:
                response.close()
                delay, headers = resume.next_try(error)
                time.sleep(delay)
                response = self._open(headers)
                if not resume.resumes(response):
                    skip = self._restart(response, restart)
            except httpx.RequestError as error:
                raise transport_error(error, resume.method, resume.url, resume.timeout)[0] from error

    def _restart(self, response: httpx.Response, restart: Restart | None) -> int:
        """After the whole body came back again: start over (write_to), or skip what was read (same ETag)."""
        return _restart_or_skip(self._resume, response, restart)

    def write_to(
        self,
        path: str | os.PathLike[str],
        *,
        progress: bool | Callable[[DownloadProgress], object] | None = None,
    ) -> Path:
        """Write the body to `path` atomically: to a temporary file in the same folder, renamed over `path` only
        once complete and on disk. `progress`: True for a progress bar on standard error, or a callable taking a
        `DownloadProgress`. Sends the request if this response is not open yet (and closes it). Returns the path."""
        opened_here = self._response is None
        try:
            with _download_to(path, progress) as (output, report):  # the folder is checked before the request
                if opened_here:
                    self.__enter__()

                def start_over() -> None:
                    output.restart()
                    report.restart()

                for chunk in self._chunks(start_over):
                    output.file.write(chunk)
                    report.add(len(chunk), self._resume.total)
                report.add(0, self._resume.total, done=True)
        finally:
            if opened_here:
                self.close()
        return Path(path)


class AsyncStreamedResponse(_StreamBase):
    """A response whose body is read as it is iterated (asyncio). Use it in an ``async with`` block and
    iterate ``aiter_bytes()``, or ``await .write_to(path, progress=True)`` without a block."""

    async def __aenter__(self) -> AsyncStreamedResponse:
        try:
            await self._open({})
            self._resume.first(self.http_response)
            if self._client.check_version and not self._client._version_checked:
                await self._client._check_version_once()
        except BaseException:
            await self.aclose()
            raise
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection's response (the rest of the body is not read) and end the call: a client
        closed meanwhile closes its connection pool now."""
        if self._response is not None:
            await self._response.aclose()
        await self._leave()

    async def _leave(self) -> None:
        if self._in_flight:
            self._in_flight = False
            await self._client._leave_call()

    async def _open(self, extra_headers: dict[str, str]) -> httpx.Response:
        await self._leave()  # the try before, when resuming
        self._response = await self._client._send(
            self._send_kwargs(extra_headers), self._options, self._retry_safe, self._redirect_answers, stream=True
        )
        self._in_flight = True
        return self._response

    def aiter_bytes(self) -> AsyncIterator[bytes]:
        """The body in pieces as they arrive (see `StreamedResponse.iter_bytes`)."""
        return self._chunks(None)

    async def read(self) -> bytes:
        """The whole body in memory (for small bodies: prefer aiter_bytes() or write_to())."""
        return b"".join([piece async for piece in self.aiter_bytes()])

    async def _chunks(self, restart: Restart | None) -> AsyncIterator[bytes]:
        import asyncio

        resume = self._resume
        response = self.http_response
        skip = 0
        while True:
            try:
                if self._pieces_source(response) == "raw":
                    pieces = adecoded_stream(_acounted(response.aiter_raw(), resume), response)
                else:
                    pieces = _acounted(response.aiter_bytes(), resume)
                async for piece in pieces:
                    if skip:
                        cut = min(skip, len(piece))
                        piece, skip = piece[cut:], skip - cut
                    if piece:
                        yield piece
                return
            except _RESUMABLE_ERRORS as error:
                await response.aclose()
                delay, headers = resume.next_try(error)
                await asyncio.sleep(delay)
                response = await self._open(headers)
                if not resume.resumes(response):
                    skip = _restart_or_skip(resume, response, restart)
            except httpx.RequestError as error:
                raise transport_error(error, resume.method, resume.url, resume.timeout)[0] from error

    async def write_to(
        self,
        path: str | os.PathLike[str],
        *,
        progress: bool | Callable[[DownloadProgress], object] | None = None,
    ) -> Path:
        """Write the body to `path` atomically (see `StreamedResponse.write_to`)."""
        opened_here = self._response is None
        try:
            with _download_to(path, progress) as (output, report):  # the folder is checked before the request
                if opened_here:
                    await self.__aenter__()

                def start_over() -> None:
                    output.restart()
                    report.restart()

                async for chunk in self._chunks(start_over):
                    output.file.write(chunk)
                    report.add(len(chunk), self._resume.total)
                report.add(0, self._resume.total, done=True)
        finally:
            if opened_here:
                await self.aclose()
        return Path(path)


def _restart_or_skip(resume: _Resume, response: httpx.Response, restart: Restart | None) -> int:
    """The bytes to skip of a whole body sent again: none after starting over (write_to), what was read when
    the body is provably the same; otherwise DownloadInterruptedError."""
    received = resume.offset
    if restart is not None:
        restart()
        resume.offset = 0
        resume.first(response)
        return 0
    if resume.same_body(response):
        resume.offset = 0
        return received
    response.close()
    raise DownloadInterruptedError(
        f"{resume.method} {resume.url}: the connection dropped after {received} bytes and the server cannot "
        "resume the same body (no Range support, or no strong ETag): write_to() starts over instead",
        method=resume.method,
        url=resume.url,
    )


def _counted(raw: Iterator[bytes], resume: _Resume) -> Iterator[bytes]:
    for chunk in raw:
        resume.offset += len(chunk)
        yield chunk


async def _acounted(raw: AsyncIterator[bytes], resume: _Resume) -> AsyncIterator[bytes]:
    async for chunk in raw:
        resume.offset += len(chunk)
        yield chunk


__all__ = ["AsyncStreamedResponse", "DownloadInterruptedError", "StreamedResponse"]
