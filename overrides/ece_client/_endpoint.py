"""Runtime of the generated code: the endpoint modules' request building and body decoding, and the
base of the operation groups (`ece.deployments`, ...).

Each endpoint module's public low-level interface is ``build_request(...)`` (a `RequestArgs`) and
``parse_response(response)``; the clients use them too. A group method builds its request with the
operation's module and hands it to the client, which sends, retries and decodes it. The bases of the
async, raw and streamed groups are in ``_resource_variants`` (a sync client's first call does not load them).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import quote

import httpx

from ._errors import ResponseDecodeError
from ._model import ANY, Codec, Model
from .types import UNSET, File

if TYPE_CHECKING:
    from types import ModuleType

    from ._request_args import RequestArgs as RequestArgs
    from ._request_options import RequestOptions

BODY_PREVIEW_BYTES = 200
_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-"  # kept as is (RFC 3986)


class _Raw(Codec):
    """A response that is not JSON: the bytes (a download), the text, or nothing."""

    __slots__ = ("kind",)

    def __init__(self, kind: str) -> None:
        self.kind = kind


BYTES: Codec = _Raw("bytes")
TEXT: Codec = _Raw("text")
EMPTY: Codec = _Raw("empty")


def path_param(value: Any, name: str = "path parameter") -> str:
    """Percent-encode one path parameter so that it stays one path segment.

    Lists (``instance_ids``) are joined with commas, as the spec's `simple` style says; the
    segments ``.`` and ``..`` are encoded too, so no URL normalisation can move the request.
    An empty or whitespace-only value or None raises ValueError naming the parameter: sent, it
    would address another resource (``GET /deployments/`` lists them all).
    """
    if isinstance(value, (list, tuple)):
        if not value:
            raise ValueError(f"{name} must not be empty")
        return ",".join(path_param(item, name) for item in value)
    if value is None or value is UNSET:
        raise ValueError(f"{name} is required, got {'None' if value is None else 'UNSET'}")
    text = _plain(value)
    if not text.strip():  # "" or "  ": no id is blank, and %20%20 would address something else or nothing
        raise ValueError(f"{name} must not be empty or whitespace only, got {text!r}")
    if text not in (".", "..") and not text.strip(_UNRESERVED):  # ids, names: nothing to encode
        return text
    text = quote(text, safe="")
    if not text:
        raise ValueError(f"{name} must not be empty")
    return text.replace(".", "%2E") if text in (".", "..") else text


def path_tail(value: Any, name: str = "path parameter") -> str:
    """Percent-encode a trailing path that may hold several segments (the proxied path; empty is its root)."""
    if value is None or value is UNSET:
        raise ValueError(f"{name} is required, got {'None' if value is None else 'UNSET'}")
    return "/".join(quote(_plain(segment), safe="") for segment in _plain(value).lstrip("/").split("/"))


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


def free_json_body(value: Any) -> bytes:
    """The request content of a body the spec leaves free-form (merge patches, settings patches, metadata).

    A ``str`` or ``bytes`` is taken as JSON text, as these bodies were documented (a JSON string),
    and sent as it is after checking that it parses; anything else is encoded as JSON.
    """
    if isinstance(value, (str, bytes, bytearray)):
        try:
            json.loads(value)
        except (ValueError, RecursionError) as exc:
            raise ValueError(f"body: a str body is sent as JSON text, and this is not JSON ({exc})") from None
        return value.encode("utf-8") if isinstance(value, str) else bytes(value)
    return json_content(value)


def json_content(value: Any, model: str | None = None) -> bytes:
    """A JSON request body encoded as httpx would, with a clear ValueError for what JSON cannot hold.

    ``model`` names the body's type where the spec gives one: None, or a str or bytes (JSON text
    that would be encoded a second time, as a JSON string), is refused with TypeError before sending.
    """
    if model is not None and (value is None or isinstance(value, (str, bytes, bytearray))):
        got = "None" if value is None else f"a {type(value).__name__}"
        raise TypeError(
            f"body must be a {model} (or its JSON data as a dict), got {got}"
            + (f": build it with {model}.from_dict(json.loads(text))" if value is not None else "")
        )
    try:
        return json.dumps(json_body(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    except ValueError as exc:  # NaN or Infinity: JSON has no such numbers, and ECE would refuse them
        raise ValueError(f"body cannot be sent as JSON: {exc} (NaN and Infinity are not JSON)") from None
    except RecursionError:
        raise ValueError("body cannot be sent as JSON: it is nested too deeply") from None
    except TypeError as exc:
        raise TypeError(f"body cannot be sent as JSON: {exc}") from None


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
        data = _DECODER.decode(content.decode(json.detect_encoding(content), "surrogatepass"))
    except RecursionError:
        raise ResponseDecodeError(
            f"{operation}: HTTP {response.status_code} returned JSON nested too deeply to decode",
            status_code=response.status_code,
            body=content,
        ) from None
    except (ValueError, UnicodeDecodeError) as exc:
        what = "an empty body" if not content.strip() else "a body that is not JSON"
        raise ResponseDecodeError(
            f"{operation}: HTTP {response.status_code} returned {what} ({exc.__class__.__name__}: {_position(exc)})",
            status_code=response.status_code,
            body=content,
        ) from None
    try:
        return spec.decode(data, operation)
    except RecursionError:
        raise ResponseDecodeError(
            f"{operation}: HTTP {response.status_code} returned JSON nested too deeply to decode",
            status_code=response.status_code,
            body=content,
        ) from None
    except ResponseDecodeError as exc:
        exc.status_code = response.status_code
        exc.body = content
        raise


def _refuse_constant(name: str) -> Any:
    """NaN and Infinity are not JSON: refused on reading, as they would be on sending back."""
    raise ValueError(f"{name} is not a JSON number")


# What json.loads(content, parse_constant=_refuse_constant) does, without a new decoder per call.
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def _position(exc: Exception) -> str:
    """A JSON error without the document (which json's errors do not quote, but a ValueError might)."""
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg}: line {exc.lineno} column {exc.colno}"
    return str(exc)  # a NaN refused, or bytes that are not UTF-8 (by position, not content)


def parse_success(response: httpx.Response, responses: Mapping[int, Codec], operation: str) -> Any:
    """The body of a final response: an error status (400 and up) raises its `APIError`; a documented
    status decodes as the spec says. A 3xx the operation does not document as its answer raises
    `RedirectError`: redirects are not followed. An undocumented 2xx decodes as the operation's
    documented success does when that is one shape (a model promised stays a model: an empty body
    raises `ResponseDecodeError`); an operation without one such shape keeps its JSON, if any."""
    status = response.status_code
    if status >= 400 or (status >= 300 and status not in responses):
        try:
            method, path = response.request.method, response.request.url.path
        except RuntimeError:  # a response made without its request
            method, path = "", ""
        from ._api_errors import api_error_from_response

        raise api_error_from_response(response, method, path)
    spec = responses.get(response.status_code)
    if spec is None:  # an undocumented success status
        spec = documented_success(responses)
        if spec is None:
            return decode_body(response, ANY, operation) if response.content.strip() else None
        if spec not in (EMPTY, BYTES, TEXT) and not response.content.strip():
            raise ResponseDecodeError(
                f"{operation}: HTTP {status} (a status the spec does not document) returned an empty body"
                " where the operation promises a result",
                status_code=status,
                body=response.content,
            )
    return decode_body(response, spec, operation)


def documented_success(responses: Mapping[int, Codec]) -> Codec | None:
    """The codec of every documented 2xx status of an operation, when they all decode alike; else None."""
    codecs = {_shape(codec): codec for status, codec in responses.items() if 200 <= status < 300}
    return next(iter(codecs.values())) if len(codecs) == 1 else None


def _shape(codec: Codec) -> Any:
    """What a codec decodes to: a model or enum by class name, a list or map by its items', else itself."""
    item = getattr(codec, "item", None)
    if isinstance(item, Codec):
        return (type(codec).__name__, _shape(item))
    class_name = getattr(codec, "class_name", None)
    return (type(codec).__name__, class_name) if class_name else id(codec)


class _Resource:
    """One operation group, bound to a client."""

    __slots__ = ("_client",)
    _raw: ClassVar[bool] = False  # True in the generated `...WithRawResponse` groups

    def __init__(self, client: Any) -> None:
        self._client = client


class SyncResource(_Resource):
    """One operation group of a sync client."""

    __slots__ = ()

    def _call(self, operation: ModuleType, request: RequestArgs, options: RequestOptions | None) -> Any:
        return self._client._execute(operation, request, options, raw=self._raw)


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """`RequestArgs`, from ``_request_args`` on first use: endpoint modules name it only in annotations,
        and creating a TypedDict costs a first call ~0.1 ms (checkers see the import above)."""
        if name == "RequestArgs":
            from ._request_args import RequestArgs

            return RequestArgs
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
