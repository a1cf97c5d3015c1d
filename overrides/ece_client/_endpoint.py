"""Runtime of the generated endpoint modules: building request parts and decoding response bodies."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

import httpx

from ._errors import ResponseDecodeError, UnexpectedStatus
from ._model import Codec, Model
from .types import UNSET, File

BODY_PREVIEW_BYTES = 200
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")  # what percent-encoding leaves as it is (RFC 3986)


class _Raw(Codec):
    """A response that is not JSON: the bytes (a download), the text, or nothing."""

    __slots__ = ("kind",)

    def __init__(self, kind: str) -> None:
        self.kind = kind


BYTES = _Raw("bytes")
TEXT = _Raw("text")
EMPTY = _Raw("empty")


def path_param(value: Any) -> str:
    """Percent-encode one path parameter so that it stays one path segment.

    Lists (``instance_ids``) are joined with commas, as the spec's `simple` style says; the
    segments ``.`` and ``..`` are encoded too, so no URL normalisation can move the request.
    """
    if isinstance(value, (list, tuple)):
        return ",".join(path_param(item) for item in value)
    text = _plain(value)
    if text not in (".", "..") and _UNRESERVED.fullmatch(text):  # ids, names: nothing to encode
        return text
    text = quote(text, safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


def path_tail(value: Any) -> str:
    """Percent-encode a trailing path that may hold several segments (the proxied path)."""
    return "/".join(path_param(segment) for segment in _plain(value).lstrip("/").split("/"))


def _plain(value: Any) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def query_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Drop the parameters the caller did not pass; the server applies its own defaults."""
    result: dict[str, Any] = {}
    for name, value in params.items():
        if value is UNSET or value is None:
            continue
        if isinstance(value, (list, tuple)):
            value = ",".join(_plain(item) for item in value)
        elif isinstance(value, Enum):
            value = value.value
        result[name] = value
    return result


def json_body(value: Any) -> Any:
    """The JSON form of a request body given as a model, a list of models or plain data."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [json_body(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    return value


def content_body(value: Any) -> bytes:
    """A raw request body (text, NDJSON, a certificate bundle) as bytes."""
    if isinstance(value, File):
        return value.payload.read()
    if isinstance(value, str):
        return value.encode("utf-8")
    return bytes(value)


def multipart_body(value: Any) -> list[tuple[str, Any]]:
    """A multipart/form-data body from a model whose file fields hold ``File`` objects."""
    data = value.to_dict() if isinstance(value, Model) else dict(value)
    files: list[tuple[str, Any]] = []
    for name, item in data.items():
        if isinstance(item, File):
            files.append((name, item.to_tuple()))
        elif isinstance(item, (bytes, bytearray)):
            files.append((name, (name, bytes(item), "application/octet-stream")))
        else:
            files.append((name, (None, _plain(item).encode(), "text/plain")))
    return files


def decode_body(response: httpx.Response, spec: Codec, operation: str) -> Any:
    """Decode a response body as its spec says; a body that is not that raises ResponseDecodeError."""
    if spec is EMPTY:
        return None
    if spec is BYTES:
        return response.content
    if spec is TEXT:
        return response.text
    content = response.content
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError) as exc:
        what = "an empty body" if not content.strip() else "a body that is not JSON"
        raise ResponseDecodeError(
            f"{operation}: HTTP {response.status_code} returned {what} ({exc.__class__.__name__}: {exc})",
            status_code=response.status_code,
            body=content[:BODY_PREVIEW_BYTES],
        ) from None
    try:
        return spec.decode(data, operation)
    except ResponseDecodeError as exc:
        exc.status_code = response.status_code
        exc.body = content[:BODY_PREVIEW_BYTES]
        raise


def parse_documented(
    response: httpx.Response, responses: Mapping[int, Codec], operation: str, raise_on_unexpected_status: bool
) -> Any:
    """Decode a response of a documented status; for any other, None or UnexpectedStatus."""
    spec = responses.get(response.status_code)
    if spec is not None:
        return decode_body(response, spec, operation)
    if raise_on_unexpected_status:
        raise UnexpectedStatus(response.status_code, response.content)
    return None
