"""Logging of requests and responses under the `ece_client` logger, with secrets redacted.

`ECE_CLIENT_LOG=debug` (or `info`) turns it on without touching logging configuration.
At INFO each request logs one line; at DEBUG also headers and bodies, redacted by the one
policy in `_redact` (credentials, passwords, tokens, keys, PEM blocks never reach a log record).
"""

from __future__ import annotations

import logging
import os

import httpx

from ._redact import redact_body, redact_headers, redact_url

logger = logging.getLogger("ece_client")
logger.addHandler(logging.NullHandler())  # no "last resort" stderr output unless the application configures logging

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


def log_response(response: httpx.Response, body: bytes | None = None) -> None:
    """One line per response at INFO; headers and body (when already read) at DEBUG."""
    if not logger.isEnabledFor(logging.INFO):
        return
    request = response.request
    logger.info("response: %s %s -> %s", request.method, redact_url(request.url), response.status_code)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response headers: %s body: %s",
            redact_headers(response.headers),
            redact_body(body or b"", response.headers.get("content-type", ""), _BODY_LIMIT),
        )
