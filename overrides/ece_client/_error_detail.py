"""`ErrorDetail`, one entry of an ECE error reply (``APIError.errors``): imported with the first error reply."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ErrorDetail:
    """One entry of an ECE error reply's ``errors`` list."""

    code: str
    message: str = ""
    fields: tuple[str, ...] = field(default_factory=tuple)


__all__ = ["ErrorDetail"]
