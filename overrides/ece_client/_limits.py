"""Bounds on response bodies read into memory: their size, and how much a compressed body may inflate.

Bodies are read from the wire and decompressed here, piece by piece (never more than `PIECE`
bytes inflated at a time), so a body past a bound fails after reading about the bound, not after
holding the whole body: a 200 MB JSON body or a gzip bomb costs a few MB, not hundreds.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterable, Iterator

import httpx

from ._errors import ConfigError, ResponseDecodeError, ResponseTooLargeError
from ._logging import log_response_body

DEFAULT_MAX_BODY_SIZE = 256 * 1024 * 1024
"""256 MB: far above any JSON ECE sends (a large deployment list is a few MB)."""
DEFAULT_MAX_DECOMPRESSION_RATIO = 200.0
"""JSON compresses 5-20x, very repetitive JSON up to ~100x; a gzip bomb ~1000x."""
RATIO_CHECK_AFTER = 8 * 1024 * 1024
"""The ratio is checked once this much is inflated: small, very repetitive bodies always pass."""
PIECE = 1024 * 1024
"""At most this many bytes are inflated from one call of the decompressor."""

_ZLIB_ENCODINGS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


class BodyLimits:
    """The bounds of one call: from the client, `max_body_size` overridable per call (RequestOptions)."""

    __slots__ = ("max_body_size", "max_decompression_ratio")

    def __init__(self, max_body_size: int, max_decompression_ratio: float) -> None:
        self.max_body_size = max_body_size
        self.max_decompression_ratio = max_decompression_ratio

    def __repr__(self) -> str:
        return f"BodyLimits({self.max_body_size!r}, {self.max_decompression_ratio!r})"

    def with_max_body_size(self, value: int | None) -> BodyLimits:
        if value is None:
            return self
        return BodyLimits(check_max_body_size(value), self.max_decompression_ratio)


def check_max_body_size(value: object) -> int:
    """A byte count, more than 0 (ConfigError otherwise)."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigError(f"max_body_size must be a number of bytes, more than 0; got {value!r}")
    return value


def body_limits(max_body_size: int | None, max_decompression_ratio: float | None) -> BodyLimits:
    """A client's bounds from its keyword options (None is the default), checked."""
    size = DEFAULT_MAX_BODY_SIZE if max_body_size is None else check_max_body_size(max_body_size)
    ratio = DEFAULT_MAX_DECOMPRESSION_RATIO if max_decompression_ratio is None else max_decompression_ratio
    if isinstance(ratio, bool) or not isinstance(ratio, (int, float)) or not ratio >= 1:
        raise ConfigError(f"max_decompression_ratio must be a number, 1 or more; got {max_decompression_ratio!r}")
    return BodyLimits(size, float(ratio))


def _megabytes(size: float) -> str:
    return f"{size / 1024 / 1024:.3g} MB"


class BodyDecoder:
    """Decodes a response body's Content-Encoding (identity, gzip, deflate) in bounded pieces.

    Other encodings (br, zstd: only if their packages are installed) are left to httpx, chunk by chunk.
    """

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.wbits = _ZLIB_ENCODINGS.get(encoding)
        self._inflate = zlib.decompressobj(self.wbits) if self.wbits is not None else None
        self._started = False

    @classmethod
    def handles(cls, response: httpx.Response) -> BodyDecoder | None:
        """A decoder for the response's encoding, or None when httpx must decode it."""
        encoding = response.headers.get("content-encoding", "identity").strip().lower() or "identity"
        if encoding == "identity" or encoding in _ZLIB_ENCODINGS:
            return cls(encoding)
        return None

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._inflate is None:
            if data:
                yield data
            return
        try:
            yield from self._pieces(data)
        except zlib.error as exc:
            if self.encoding == "deflate" and not self._started:  # a raw deflate stream, as some servers send
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                self._started = True
                yield from self.feed(data)
                return
            raise ResponseDecodeError(
                f"the response body cannot be decoded: not valid {self.encoding} ({exc})"
            ) from None

    def _pieces(self, data: bytes) -> Iterator[bytes]:
        assert self._inflate is not None
        while data:
            piece = self._inflate.decompress(data, PIECE)
            self._started = True
            if piece:
                yield piece
            data = self._inflate.unconsumed_tail
            if self._inflate.eof and self._inflate.unused_data and self.wbits is not None:
                data = self._inflate.unused_data  # a next gzip member
                self._inflate = zlib.decompressobj(self.wbits)

    def flush(self) -> bytes:
        return self._inflate.flush() if self._inflate is not None else b""


class _Meter:
    """Counts what was read and inflated, and raises when a bound is passed."""

    def __init__(self, response: httpx.Response, limits: BodyLimits) -> None:
        self.response = response
        self.limits = limits
        self.size = 0

    def where(self) -> str:
        try:
            request = self.response.request
            return f"{request.method} {request.url.path}: "
        except RuntimeError:
            return ""

    def check_length(self, decoder: BodyDecoder | None) -> None:
        """Refuse a body whose Content-Length already says it is too large, before reading it."""
        length = self.response.headers.get("content-length", "")
        if decoder is not None and decoder.encoding == "identity" and length.isdigit():
            self.count(0, int(length))

    def count(self, wire: int, size: int) -> None:
        self.size = size
        limit = self.limits.max_body_size
        if size > limit:
            raise ResponseTooLargeError(
                f"{self.where()}the response body is larger than max_body_size={limit} ({_megabytes(limit)}): "
                "raise it for this client with max_body_size=, or for one call with "
                "RequestOptions(max_body_size=...); a download can stream instead (with_streaming_response)",
                setting="max_body_size",
                limit=limit,
                status_code=self.response.status_code,
            )
        ratio = self.limits.max_decompression_ratio
        if size > RATIO_CHECK_AFTER and size > ratio * max(wire, 1):
            raise ResponseTooLargeError(
                f"{self.where()}the response body inflates more than max_decompression_ratio={ratio:g} times "
                f"({_megabytes(wire)} on the wire became {_megabytes(size)} and more): refused as a decompression "
                "bomb; raise the bound for this client with max_decompression_ratio=",
                setting="max_decompression_ratio",
                limit=ratio,
                status_code=self.response.status_code,
            )


def _decoded(raw: Iterable[bytes], decoder: BodyDecoder, meter: _Meter) -> Iterator[bytes]:
    wire = size = 0
    for chunk in raw:
        wire += len(chunk)
        for piece in decoder.feed(chunk):
            size += len(piece)
            meter.count(wire, size)
            yield piece
    tail = decoder.flush()
    if tail:
        meter.count(wire, size + len(tail))
        yield tail


def read_body(response: httpx.Response, limits: BodyLimits) -> bytes:
    """Read a streamed response's body within the bounds; afterwards ``response.content`` is the body."""
    meter = _Meter(response, limits)
    if hasattr(response, "_content"):  # read already (a response made whole, as a mock transport's)
        return _already_read(response, meter)
    decoder = BodyDecoder.handles(response)
    try:
        meter.check_length(decoder)
        if decoder is None:
            pieces = []
            for piece in response.iter_bytes():
                pieces.append(piece)
                meter.count(response.num_bytes_downloaded, meter.size + len(piece))
        else:
            pieces = list(_decoded(response.iter_raw(), decoder, meter))
    finally:
        response.close()
    return _keep(response, b"".join(pieces))


async def aread_body(response: httpx.Response, limits: BodyLimits) -> bytes:
    """`read_body` for an asyncio response."""
    meter = _Meter(response, limits)
    if hasattr(response, "_content"):  # read already (a response made whole, as a mock transport's)
        return _already_read(response, meter)
    decoder = BodyDecoder.handles(response)
    pieces: list[bytes] = []
    try:
        meter.check_length(decoder)
        if decoder is None:
            async for piece in response.aiter_bytes():
                pieces.append(piece)
                meter.count(response.num_bytes_downloaded, meter.size + len(piece))
        else:
            wire = 0
            async for chunk in response.aiter_raw():
                wire += len(chunk)
                for piece in decoder.feed(chunk):
                    pieces.append(piece)
                    meter.count(wire, meter.size + len(piece))
            tail = decoder.flush()
            meter.count(wire, meter.size + len(tail))
            pieces.append(tail)
    finally:
        await response.aclose()
    return _keep(response, b"".join(pieces))


def _already_read(response: httpx.Response, meter: _Meter) -> bytes:
    content = response.content
    meter.count(len(content), len(content))
    log_response_body(response, content)
    return content


def _keep(response: httpx.Response, content: bytes) -> bytes:
    """Make the body the response's ``content`` (as httpx's own read would) and log its preview."""
    response._content = content  # httpx's read() stores the body here; .content, .text and .json() read it
    log_response_body(response, content)
    return content


def decoded_stream(raw: Iterator[bytes], response: httpx.Response) -> Iterator[bytes]:
    """A streamed download's decoded pieces, each at most `PIECE` bytes when inflated here (no size bound)."""
    decoder = BodyDecoder.handles(response) or BodyDecoder("identity")
    yield from _decoded(raw, decoder, _Meter(response, BodyLimits(2**63, float("inf"))))


async def adecoded_stream(raw: AsyncIterator[bytes], response: httpx.Response) -> AsyncIterator[bytes]:
    """`decoded_stream` for an asyncio response."""
    decoder = BodyDecoder.handles(response) or BodyDecoder("identity")
    async for chunk in raw:
        for piece in decoder.feed(chunk):
            yield piece
    tail = decoder.flush()
    if tail:
        yield tail
