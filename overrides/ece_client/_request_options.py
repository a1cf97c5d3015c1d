"""`RequestOptions`: the per-call settings of a request. Imported when a caller (or a plan wait, or the
version check) makes one, not with the client: a call without options never needs it."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from ._redact import redact_headers


@dataclass(frozen=True)
class RequestOptions:
    """Per-call settings; None means the client's own setting."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    retry_non_idempotent: bool = False
    """Retry a POST on 429/5xx or after it may have reached the server (only if it is safe to repeat)."""
    total_timeout: float | None = None
    """Seconds the whole call may take, retries included: each try's timeouts are cut to what is left."""
    max_body_size: int | None = None
    """Bytes of response body this call may read into memory (the client's ``max_body_size`` otherwise)."""

    def __repr__(self) -> str:
        return (
            f"RequestOptions(timeout={self.timeout!r}, max_retries={self.max_retries!r}, "
            f"headers={redact_headers(self.headers)!r}, retry_non_idempotent={self.retry_non_idempotent!r}, "
            f"total_timeout={self.total_timeout!r}, max_body_size={self.max_body_size!r})"
        )


__all__ = ["RequestOptions"]
