"""`APIResponse`: a response with its parsed body, what `with_raw_response` methods return. Imported by
the first raw call, not with the client."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

from ._redact import redact

T = TypeVar("T")


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """A response with its parsed body: what `with_raw_response` methods return."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    http_response: httpx.Response

    def __repr__(self) -> str:
        parsed = self.parsed
        shown = parsed if hasattr(parsed, "to_dict") else redact(parsed)  # a model's repr redacts itself
        return f"APIResponse(status_code={self.status_code}, parsed={shown!r})"

    @property
    def resource_version(self) -> str | None:
        """`x-cloud-resource-version`: pass it back as `version=` for optimistic concurrency."""
        version: str | None = self.headers.get("x-cloud-resource-version")
        return version


__all__ = ["APIResponse"]
