"""Logging of requests and responses under the `ece_client` logger, with secrets redacted.

`ECE_CLIENT_LOG=debug` (or `info`) turns it on without touching logging configuration.
At INFO each request logs one line; at DEBUG also headers and a bounded preview of bodies, redacted
by the one policy in `_redact` (credentials, passwords, tokens, keys, PEM blocks never reach a log record).
"""

from __future__ import annotations

import logging
import os

import httpx

from ._redact import redact_body, redact_headers, redact_text, redact_url

logger = logging.getLogger("ece_client")
logger.addHandler(logging.NullHandler())  # no "last resort" stderr output unless the application configures logging

_BODY_LIMIT = 2000
_PARSE_LIMIT = 64 * 1024  # larger bodies are previewed without parsing them whole


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


def log_request(request: httpx.Request) -> None:
    """httpx event hook: one line per request at INFO, headers and body at DEBUG."""
    if not logger.isEnabledFor(logging.INFO):
        return
    logger.info("request: %s %s", request.method, redact_url(request.url))
    if logger.isEnabledFor(logging.DEBUG):
        try:
            body = request.content
        except httpx.RequestNotRead:  # a streamed upload: not logged
            body = b""
        logger.debug(
            "request headers: %s body: %s",
            redact_headers(request.headers),
            redact_body(body, request.headers.get("content-type", ""), _BODY_LIMIT),
        )


def log_response(response: httpx.Response) -> None:
    """httpx event hook: one line per response at INFO, its headers at DEBUG (the body is logged once read)."""
    if not logger.isEnabledFor(logging.INFO):
        return
    request = response.request
    logger.info("response: %s %s -> %s", request.method, redact_url(request.url), response.status_code)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("response headers: %s", redact_headers(response.headers))


def log_response_body(response: httpx.Response, body: bytes) -> None:
    """At DEBUG, a bounded, redacted preview of a body read into memory (never a copy of a large one)."""
    if logger.isEnabledFor(logging.DEBUG) and body:
        logger.debug("response body: %s", body_preview(body, response.headers.get("content-type", "")))


def body_preview(body: bytes, content_type: str = "") -> str:
    """The redacted start of a body: a small body is parsed (and redacted by key), a large one only cut."""
    if len(body) <= _PARSE_LIMIT:
        return redact_body(body, content_type, _BODY_LIMIT)
    if "form" in content_type:
        return "<form body redacted>"
    head = redact_text(body[: _BODY_LIMIT * 2].decode("utf-8", "replace"))[:_BODY_LIMIT]
    return f"{head}... ({len(body)} bytes)"
