"""The settings of a plan wait (deadline, poll interval, failed polls allowed), defined once for
`wait_for_plans`, `track_plans` and the trackers; their defaults are in `_extensions`."""

from __future__ import annotations

from dataclasses import dataclass

from ._extensions import DEFAULT_MAX_POLL_ERRORS, DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT


@dataclass(frozen=True)
class WaitSettings:
    """How one plan wait polls; invalid values raise ValueError when the settings are made."""

    timeout: float | None = DEFAULT_TIMEOUT
    """Seconds to wait in all; None waits with no deadline."""
    poll_interval: float = DEFAULT_POLL_INTERVAL
    max_poll_errors: int = DEFAULT_MAX_POLL_ERRORS

    def __post_init__(self) -> None:
        if self.timeout is not None and self.timeout < 0:
            raise ValueError("timeout must be 0 or more seconds, or None for no deadline")
        if self.poll_interval <= 0:
            raise ValueError("poll_interval must be more than 0 seconds")
        if self.max_poll_errors < 0:
            raise ValueError("max_poll_errors must be 0 or more")


DEFAULT_SETTINGS = WaitSettings()

__all__ = ["DEFAULT_MAX_POLL_ERRORS", "DEFAULT_POLL_INTERVAL", "DEFAULT_SETTINGS", "DEFAULT_TIMEOUT", "WaitSettings"]
