"""When to retry a request, and how long to wait first.

Retried: connection failures before the request reached the server (any method); for
idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) also 429, 502, 503, 504 and failures
after sending (reset, read timeout). A POST is retried past the connect stage only when the
caller opts in. Waits grow exponentially with jitter; `Retry-After` is honoured up to a cap.
"""

from __future__ import annotations

import email.utils
import random
import time

import httpx

RETRY_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# Failures where the request never left this machine: safe to repeat for any method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def retryable_status(method: str, status: int, opted_in: bool) -> bool:
    return status in RETRY_STATUSES and (method in IDEMPOTENT_METHODS or opted_in)


def retryable_error(method: str, error: httpx.TransportError, opted_in: bool) -> bool:
    if isinstance(error, NOT_SENT):
        return True
    return method in IDEMPOTENT_METHODS or opted_in


def backoff(attempt: int) -> float:
    """Seconds to wait before retry number `attempt` (1-based): exponential, with jitter."""
    base = min(MAX_DELAY, INITIAL_DELAY * 2.0 ** (attempt - 1))
    return base * (0.75 + random.random() * 0.25)


def retry_after(response: httpx.Response) -> float | None:
    """The server's `Retry-After` (seconds or an HTTP date), capped; None if absent or unreadable."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return None
    return max(0.0, min(seconds, MAX_RETRY_AFTER))


def delay_for(attempt: int, response: httpx.Response | None) -> float:
    if response is not None:
        server_says = retry_after(response)
        if server_says is not None:
            return server_says
    return backoff(attempt)
