"""Exceptions of ece-client (from the hand-written ece_client._errors and the modules it names).

The names are listed one by one (explicit re-exports, for type checkers in strict mode); a test checks
that they are every name of ece_client._errors.__all__."""

from ._errors import (
    APIError as APIError,
)
from ._errors import (
    AuthenticationError as AuthenticationError,
)
from ._errors import (
    BadRequestError as BadRequestError,
)
from ._errors import (
    ClientClosedError as ClientClosedError,
)
from ._errors import (
    ConfigError as ConfigError,
)
from ._errors import (
    ConflictError as ConflictError,
)
from ._errors import (
    ConnectionError as ConnectionError,
)
from ._errors import (
    DowngradeError as DowngradeError,
)
from ._errors import (
    DownloadInterruptedError as DownloadInterruptedError,
)
from ._errors import (
    ECEError as ECEError,
)
from ._errors import (
    ECEWarning as ECEWarning,
)
from ._errors import (
    ElevatedPermissionsRequiredError as ElevatedPermissionsRequiredError,
)
from ._errors import (
    ErrorDetail as ErrorDetail,
)
from ._errors import (
    MissingFieldError as MissingFieldError,
)
from ._errors import (
    NotFoundError as NotFoundError,
)
from ._errors import (
    PermissionDeniedError as PermissionDeniedError,
)
from ._errors import (
    PlanError as PlanError,
)
from ._errors import (
    PlanFailedError as PlanFailedError,
)
from ._errors import (
    PlanTimeoutError as PlanTimeoutError,
)
from ._errors import (
    PreconditionFailedError as PreconditionFailedError,
)
from ._errors import (
    RateLimitError as RateLimitError,
)
from ._errors import (
    RedirectError as RedirectError,
)
from ._errors import (
    ResponseDecodeError as ResponseDecodeError,
)
from ._errors import (
    ResponseTooLargeError as ResponseTooLargeError,
)
from ._errors import (
    ServerError as ServerError,
)
from ._errors import (
    TimeoutError as TimeoutError,
)
from ._errors import (
    UnsupportedOperationError as UnsupportedOperationError,
)
from ._errors import (
    VacateError as VacateError,
)
from ._errors import (
    api_error_from_response as api_error_from_response,
)
from ._errors import (
    error_class as error_class,
)

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigError",
    "ConflictError",
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
