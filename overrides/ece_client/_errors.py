"""Exceptions of ece-client. Every error the SDK raises derives from ECEError."""

from __future__ import annotations


class ECEError(Exception):
    """Base of every error ece-client raises."""


class ResponseDecodeError(ECEError, ValueError):
    """A response body is not what the operation promises (not JSON, or the wrong shape).

    ``status_code`` and ``body`` (the first bytes of the body) are set when the error comes
    from an HTTP response.
    """

    def __init__(self, message: str, *, status_code: int | None = None, body: bytes | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body

    def __str__(self) -> str:
        text = super().__str__()
        if self.body:
            text += f"; body starts with {self.body[:80]!r}"
        return text


class MissingFieldError(ResponseDecodeError, AttributeError):
    """A field the spec marks required is missing (or null) in a response.

    It is an AttributeError too, so ``hasattr`` and ``getattr(obj, name, default)`` work.
    """


class UnexpectedStatus(ECEError):
    """The low-level functions got a status the spec does not document (with raise_on_unexpected_status)."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}; body starts with {content[:80]!r}")

__all__ = ["ECEError", "MissingFieldError", "ResponseDecodeError", "UnexpectedStatus"]
