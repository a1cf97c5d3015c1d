"""The one redaction policy of ece-client: what counts as a secret, and how it is hidden.

Used by logging, model and response reprs, request options and every exception message that
quotes a body. A value is secret by its key's name (passwords, tokens, API keys, private keys,
``key`` in an API key reply, ...), whatever the body's shape; PEM blocks (private keys and
certificates), ``Bearer``/``ApiKey``/``Basic`` credentials, ``password=x`` / ``token: x`` pairs and
the credentials the clients were configured with (`remember_secret`) are hidden wherever they appear
in text. Redaction stops at a fixed depth, so no input can make it recurse without bound.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

REDACTED = "***"
MAX_DEPTH = 32
"""Containers nested deeper than this are shown as ``...``: enough for every ECE body."""

SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


class _Pattern:
    """A regular expression compiled on first use: compiling them all would cost about 2 ms of
    `import ece_client`, and most programs never redact anything."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled


_SECRET_NAME = _Pattern(
    r"pass(word|wd|phrase)?$|password|secret|token|api_?key|credential|private_?key|authorization|cookie"
    r"|session_?key|keystore|^pem$|^key$",
    re.IGNORECASE,
)
_NOT_SECRET_SUFFIX = _Pattern(r"(_id|_ids|_url|_name)$", re.IGNORECASE)
_PEM_BLOCK = _Pattern(r"-----BEGIN ([A-Z0-9 ]+)-----.*?(?:-----END \1-----|$)", re.DOTALL)
_SCHEME_CREDENTIAL = _Pattern(r"(?i)\b(bearer|apikey|basic)(\s+|%20)[^\s\"',;]+")
_JSON_NAME_VALUE = _Pattern(r'"([^"\\]{1,80})"(\s*:\s*)("(?:[^"\\]|\\.)*"?|[^\s,}\]]+)')
_USERINFO = _Pattern(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/@\s]*@")
_TEXT_NAME = _Pattern(r"""(?<![\w"'.-])([A-Za-z_][\w.-]{0,80})\s*[=:]\s*""")
_TEXT_VALUE = _Pattern(r"""'[^']*'?|"[^"]*"?|[^\s,;&'"]+""")

MIN_REMEMBERED_LENGTH = 8
"""Configured credentials shorter than this are not searched for in text (they would hide common words)."""
MAX_REMEMBERED = 64
"""The newest credentials remembered (session tokens are renewed for as long as a client lives)."""
_remembered: dict[str, None] = {}


def remember_secret(value: str | None) -> None:
    """Hide this configured credential (an API key, a password, a session token) wherever text shows it."""
    if value and len(value) >= MIN_REMEMBERED_LENGTH:
        _remembered.pop(value, None)
        _remembered[value] = None
        while len(_remembered) > MAX_REMEMBERED:
            del _remembered[next(iter(_remembered))]


def is_secret_name(name: object) -> bool:
    """Whether a value stored under this key (or header, or query parameter) name is secret."""
    text = str(name)
    return bool(_SECRET_NAME().search(text)) and not _NOT_SECRET_SUFFIX().search(text)


def _is_secret_entry(key: object, mapping: Mapping[Any, Any]) -> bool:
    # `key` is secret (an API key reply's `key`) unless it names one half of a key/value pair (tags).
    if key == "key" and "value" in mapping:
        return False
    return is_secret_name(key)


def redact(data: Any, depth: int = 0) -> Any:
    """A copy of JSON-like data with every secret hidden; containers beyond MAX_DEPTH become ``...``."""
    if isinstance(data, str):
        return redact_text(data)
    if isinstance(data, Mapping):
        if depth >= MAX_DEPTH:
            return "..."
        return {
            key: REDACTED if value is not None and _is_secret_entry(key, data) else redact(value, depth + 1)
            for key, value in data.items()
        }
    if isinstance(data, (list, tuple)):
        if depth >= MAX_DEPTH:
            return "..."
        return [redact(item, depth + 1) for item in data]
    return data


def redact_text(text: str) -> str:
    """Text with PEM blocks, scheme credentials (``Bearer x``), URL userinfo, ``"secret": value`` and
    ``secret=value`` pairs and the configured credentials hidden.

    Works on text cut short too (a body preview), where JSON parsing cannot.
    """
    if "-----BEGIN" in text:
        text = _PEM_BLOCK().sub(lambda m: f"<{m.group(1).lower()} redacted>", text)
    text = _SCHEME_CREDENTIAL().sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    if "@" in text:
        text = _USERINFO().sub(r"\1***@", text)
    if '"' in text:
        text = _JSON_NAME_VALUE().sub(
            lambda m: f'"{m.group(1)}"{m.group(2)}"{REDACTED}"' if is_secret_name(m.group(1)) else m.group(0), text
        )
    if "=" in text or ":" in text:
        text = _redact_name_value_pairs(text)
    for secret in list(_remembered):
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def _redact_name_value_pairs(text: str) -> str:
    """``password=x``, ``token: x`` (unquoted names, as in logs and plain-text bodies) with the value hidden."""
    parts, done = [], 0
    for name in _TEXT_NAME().finditer(text):
        if name.start() < done or not is_secret_name(name.group(1)):
            continue
        value = _TEXT_VALUE().match(text, name.end())
        if value and value.group(0).strip("'\"") != REDACTED:
            parts += [text[done : value.start()], REDACTED]
            done = value.end()
    return "".join(parts) + text[done:]


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers with the values of credential headers hidden."""
    return {
        name: REDACTED if name.lower() in SECRET_HEADERS or is_secret_name(name.replace("-", "_")) else value
        for name, value in headers.items()
    }


def redact_url(url: object) -> str:
    """A URL without userinfo, with the values of secret-named query parameters hidden."""
    text = _USERINFO().sub(r"\1", str(url))
    if "?" not in text:
        return text
    base, _, query = text.partition("?")
    parts = []
    for part in query.split("&"):
        name, sep, value = part.partition("=")
        parts.append(f"{name}={REDACTED}" if sep and is_secret_name(name) else part)
    return base + "?" + "&".join(parts)


def redact_body(content: bytes, content_type: str = "", limit: int = 2000) -> str:
    """A safe rendering of a body for a log record or an error message, at most about `limit` characters.

    JSON (an object, a list, or a JSON string such as a PEM certificate) is parsed and redacted by
    key name; other bodies and JSON cut short are redacted as text. Form bodies are never shown.
    """
    if not content:
        return ""
    if "form" in content_type:
        return "<form body redacted>"
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        text = content[: limit * 2].decode("utf-8", "replace")
        return redact_text(text)[:limit]
    return json.dumps(redact(data), ensure_ascii=False, default=str)[:limit]


def preview(content: bytes | None, limit: int = 80) -> str:
    """The start of a body for an exception message, redacted, as a quoted string."""
    if not content:
        return "''"
    return repr(redact_body(content, limit=limit))


__all__ = [
    "MAX_DEPTH",
    "MAX_REMEMBERED",
    "MIN_REMEMBERED_LENGTH",
    "REDACTED",
    "SECRET_HEADERS",
    "is_secret_name",
    "preview",
    "redact",
    "redact_body",
    "redact_headers",
    "redact_text",
    "redact_url",
    "remember_secret",
]
