"""Exceptions of ece-client. Every error the SDK raises derives from ECEError.

This module defines the errors of any call. Those raised only on an error reply (``_api_errors``:
``APIError`` and one class per status), on a request without a response (``_transport_errors``:
``ConnectionError`` and its subclasses, ``ClientClosedError``) and by workflows (``_workflow_errors``)
are in modules of their own, imported on first use: each class costs a first call ~0.1 ms to create.

API errors are decoded from ECE's error replies: the codes come from the
``x-cloud-error-codes`` header and the body's ``errors[].code`` (see ``ece_client.error_codes``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._redact import redact_body

if TYPE_CHECKING:
    from ._api_errors import (
        APIError as APIError,
    )
    from ._api_errors import (
        AuthenticationError as AuthenticationError,
    )
    from ._api_errors import (
        BadRequestError as BadRequestError,
    )
    from ._api_errors import (
        ConflictError as ConflictError,
    )
    from ._api_errors import (
        ElevatedPermissionsRequiredError as ElevatedPermissionsRequiredError,
    )
    from ._api_errors import (
        NotFoundError as NotFoundError,
    )
    from ._api_errors import (
        PermissionDeniedError as PermissionDeniedError,
    )
    from ._api_errors import (
        PreconditionFailedError as PreconditionFailedError,
    )
    from ._api_errors import (
        RateLimitError as RateLimitError,
    )
    from ._api_errors import (
        RedirectError as RedirectError,
    )
    from ._api_errors import (
        ServerError as ServerError,
    )
    from ._api_errors import (
        api_error_from_response as api_error_from_response,
    )
    from ._api_errors import (
        error_class as error_class,
    )
    from ._error_detail import ErrorDetail as ErrorDetail
    from ._transport_errors import ClientClosedError as ClientClosedError
    from ._transport_errors import ConnectionError as ConnectionError
    from ._transport_errors import DownloadInterruptedError as DownloadInterruptedError
    from ._transport_errors import TimeoutError as TimeoutError
    from ._workflow_errors import (
        DowngradeError as DowngradeError,
    )
    from ._workflow_errors import (
        PlanError as PlanError,
    )
    from ._workflow_errors import (
        PlanFailedError as PlanFailedError,
    )
    from ._workflow_errors import (
        PlanTimeoutError as PlanTimeoutError,
    )
    from ._workflow_errors import (
        UnsupportedOperationError as UnsupportedOperationError,
    )
    from ._workflow_errors import (
        VacateError as VacateError,
    )


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    """Unpickle an SDK error without calling its __init__ (whose signature differs from ``args``)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ECEError(Exception):
    """Base of every error ece-client raises. Every SDK error pickles and unpickles intact."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class ECEWarning(UserWarning):
    """A warning of ece-client (a server release other than the SDK's, TLS verification off): shown by
    Python's warnings machinery, and also logged under the ``ece_client`` logger."""


class ConfigError(ECEError):
    """A setting cannot be used: a client argument, a profile or an environment variable.
    Also importable from ``ece_client._config``, where the settings are read."""


class ResponseDecodeError(ECEError, ValueError):
    """A response body is not what the operation promises (not JSON, or the wrong shape).

    ``status_code`` and ``body`` (the start of the body, secrets redacted) are set when the
    error comes from an HTTP response.
    """

    def __init__(self, message: str, *, status_code: int | None = None, body: bytes | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body

    @property
    def body(self) -> bytes | None:
        return self._body

    @body.setter
    def body(self, content: bytes | None) -> None:
        self._body = redact_body(content, limit=200).encode() if content else content

    def __str__(self) -> str:
        text = super().__str__()
        if self.body:
            text += f"; body starts with {self.body[:80]!r}"
        return text


class ResponseTooLargeError(ResponseDecodeError):
    """A response body went past a bound while it was read: its size (``limit`` is ``max_body_size``) or
    how much it inflated (``limit`` is ``max_decompression_ratio``). Nothing more of it is read.

    ``setting`` names the bound; the message says how to raise it, or to stream the body instead.
    """

    def __init__(self, message: str, *, setting: str, limit: float, status_code: int | None = None) -> None:
        super().__init__(message, status_code=status_code)
        self.setting = setting
        self.limit = limit


class DeferredMessage(tuple[Any, ...]):
    """``(describe, *parts)``: an error message spelled out as ``describe(*parts)`` when first shown, so that
    reads of absent fields that callers catch (as ``hasattr`` does) build no path string."""

    __slots__ = ()


class MissingFieldError(ResponseDecodeError, AttributeError):
    """A field the spec marks required is missing (or null) in a response.

    It is an AttributeError too, so ``hasattr`` and ``getattr(obj, name, default)`` work.
    """

    status_code: int | None = None  # class defaults: a read's error is made without __init__ (see args)
    _body: bytes | None = None

    @property
    def args(self) -> tuple[Any, ...]:
        """As any error's; a failed read makes its error with a ``DeferredMessage`` here, spelled out now."""
        args: tuple[Any, ...] = BaseException.args.__get__(self)  # type: ignore[attr-defined]
        if args and type(args[0]) is DeferredMessage:
            describe, *parts = args[0]
            args = (describe(*parts),)
            BaseException.args.__set__(self, args)  # type: ignore[attr-defined]
        return args

    @args.setter
    def args(self, value: tuple[Any, ...]) -> None:
        BaseException.args.__set__(self, value)  # type: ignore[attr-defined]

    def __str__(self) -> str:
        self.args  # noqa: B018 - spells out a deferred message before the C-level str reads it
        return super().__str__()

    def __repr__(self) -> str:
        self.args  # noqa: B018
        return super().__repr__()


# The names of __all__ defined in modules of their own, by module: imported on first use.
_DEFINED_ELSEWHERE = {
    "._api_errors": (
        "APIError",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "ElevatedPermissionsRequiredError",
        "NotFoundError",
        "PermissionDeniedError",
        "PreconditionFailedError",
        "RateLimitError",
        "RedirectError",
        "ServerError",
        "api_error_from_response",
        "error_class",
    ),
    "._transport_errors": ("ClientClosedError", "ConnectionError", "DownloadInterruptedError", "TimeoutError"),
    "._workflow_errors": (
        "DowngradeError",
        "PlanError",
        "PlanFailedError",
        "PlanTimeoutError",
        "UnsupportedOperationError",
        "VacateError",
    ),
    "._error_detail": ("ErrorDetail",),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """A name of `__all__` defined in a module of its own, imported on first use (checkers see the
        imports above)."""
        for module, names in _DEFINED_ELSEWHERE.items():
            if name in names:
                import importlib

                value = getattr(importlib.import_module(module, __package__), name)
                globals()[name] = value
                return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ClientClosedError",
    "ConfigError",
    "ConnectionError",
    "DowngradeError",
    "DownloadInterruptedError",
    "ECEError",
    "ECEWarning",
    "ElevatedPermissionsRequiredError",
    "ErrorDetail",
    "MissingFieldError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlanError",
    "PlanFailedError",
    "PlanTimeoutError",
    "PreconditionFailedError",
    "RateLimitError",
    "RedirectError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ServerError",
    "TimeoutError",
    "UnsupportedOperationError",
    "VacateError",
    "api_error_from_response",
    "error_class",
]
