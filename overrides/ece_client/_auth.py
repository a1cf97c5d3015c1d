"""Credentials as httpx auth flows: an API key (here), or ECE's user/password login with a bearer
token (``ece_client._login``, imported when a client logs in).

Both plug into ``httpx.Client(auth=...)`` and ``httpx.AsyncClient(auth=...)``. Secrets never appear
in a repr, an exception message or a log record.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING

import httpx

from ._errors import ConfigError
from ._redact import remember_secret

if TYPE_CHECKING:
    from ._login import UNKNOWN_EXPIRY_RENEW_AFTER as UNKNOWN_EXPIRY_RENEW_AFTER
    from ._login import LoginAuth as LoginAuth


def has_control_character(value: str) -> bool:
    return any(ord(char) < 32 or ord(char) == 127 for char in value)


def check_credential(value: str | None, name: str) -> str | None:
    """A credential with surrounding whitespace stripped (as read from a file); refuses control characters.

    The error names the setting, never the value: it would be printed.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigError(f"{name} must be a string, got {type(value).__name__}")
    stripped = value.strip()
    if has_control_character(stripped):
        raise ConfigError(f"{name} contains a control character (such as a newline inside it): it cannot be sent")
    return stripped


class ApiKeyAuth(httpx.Auth):
    """Sends ``Authorization: ApiKey <key>`` with every request."""

    def __init__(self, api_key: str) -> None:
        self._api_key = check_credential(api_key, "api_key")
        remember_secret(self._api_key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_key='***')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"ApiKey {self._api_key}"
        yield request


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """`LoginAuth` and its setting, from ``ece_client._login`` on first use (checkers see the imports above)."""
        if name in ("LoginAuth", "UNKNOWN_EXPIRY_RENEW_AFTER"):
            from . import _login

            return getattr(_login, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ApiKeyAuth", "LoginAuth", "UNKNOWN_EXPIRY_RENEW_AFTER"]
