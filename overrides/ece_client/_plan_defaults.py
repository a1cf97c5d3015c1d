"""The default settings of a plan wait, apart from `WaitSettings` so that the method signatures that show
them (``wait_for_plans(timeout=...)``) do not build the settings class when the client is imported."""

DEFAULT_TIMEOUT = 3600.0
"""Seconds a wait lasts by default: ECE plans on large clusters take many minutes."""
DEFAULT_POLL_INTERVAL = 5.0
"""Seconds between two readings of the deployment."""
DEFAULT_MAX_POLL_ERRORS = 5
"""Readings in a row that may fail (after the client's own retries) before the error is raised."""

__all__ = ["DEFAULT_MAX_POLL_ERRORS", "DEFAULT_POLL_INTERVAL", "DEFAULT_TIMEOUT"]
