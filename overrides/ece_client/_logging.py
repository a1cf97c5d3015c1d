"""Logging of requests and responses under the `ece_client` logger, with secrets redacted.

`ECE_CLIENT_LOG=debug` (or `info`) turns it on without touching logging configuration.
At INFO each request logs one line; at DEBUG also headers and bodies. Authorization
headers, passwords and tokens never reach a log record.
"""

from __future__ import annotations

import json
import logging
import os
import re
from typing import Any

import httpx

logger = logging.getLogger("ece_client")

REDACTED = "***"
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_SECRET_KEY = re.compile(r"pass(word)?|token|secret|api_?key|credential|private_key", re.IGNORECASE)
_BODY_LIMIT = 2000


def configure_from_env() -> None:
    """Attach a stderr handler at the level ECE_CLIENT_LOG names (debug, info, warning)."""
    level_name = os.environ.get("ECE_CLIENT_LOG", "").strip().upper()
    if not level_name or any(getattr(h, "_ece_client", False) for h in logger.handlers):
        return
    level = logging.getLevelName(level_name)
    if not isinstance(level, int):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._ece_client = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    return {k: (REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in headers.items()}


def redact_data(data: Any) -> Any:
    """A copy of JSON data with every secret-looking key's value replaced."""
    if isinstance(data, dict):
        return {k: (REDACTED if _SECRET_KEY.search(str(k)) else redact_data(v)) for k, v in data.items()}
    if isinstance(data, list):
        return [redact_data(item) for item in data]
    return data


def redact_body(content: bytes, content_type: str) -> str:
    """A log-safe rendering of a body: JSON with secrets redacted, other text cut short."""
    if not content:
        return ""
    if "json" in content_type or content[:1] in (b"{", b"["):
        try:
            return json.dumps(redact_data(json.loads(content)))[:_BODY_LIMIT]
        except (ValueError, UnicodeDecodeError):
            pass
    if "form" in content_type:
        return "<form body redacted>"
    text = content[:_BODY_LIMIT].decode("utf-8", "replace")
    return re.sub(r"(?i)(bearer|apikey)\s+\S+", r"\1 " + REDACTED, text)


def log_request(request: httpx.Request) -> None:
    """httpx event hook: one line per request at INFO, headers and body at DEBUG."""
    if not logger.isEnabledFor(logging.INFO):
        return
    logger.info("request: %s %s", request.method, request.url)
    if logger.isEnabledFor(logging.DEBUG):
        try:
            body = request.content
        except httpx.RequestNotRead:  # a streamed upload: not logged
            body = b""
        logger.debug(
            "request headers: %s body: %s",
            redact_headers(request.headers),
            redact_body(body, request.headers.get("content-type", "")),
        )


def log_response(response: httpx.Response, body: bytes | None = None) -> None:
    """One line per response at INFO; headers and body (when already read) at DEBUG."""
    if not logger.isEnabledFor(logging.INFO):
        return
    request = response.request
    logger.info("response: %s %s -> %s", request.method, request.url, response.status_code)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response headers: %s body: %s",
            redact_headers(response.headers),
            redact_body(body or b"", response.headers.get("content-type", "")),
        )
