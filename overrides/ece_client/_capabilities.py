"""What this build's generated code has: operations of a group, parameters of an operation,
fields of a model.

One SDK is built per ECE release, from that release's spec, and the hand-written helpers run on
all of them. They adapt by asking the generated code what it has (the search cursor exists from
some release on, `minimal_metadata` too), never by comparing version strings; what a helper
cannot do without raises `UnsupportedOperationError` naming the release and what is missing.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

from . import ECE_VERSION
from ._workflow_errors import UnsupportedOperationError


def has_operation(group: Any, operation: str) -> bool:
    """Whether an operation group (``ece.deployments``) has this operation method."""
    return callable(getattr(type(group), operation, None))


def operation(group: Any, operation: str) -> Any:
    """The bound operation method of a group; `UnsupportedOperationError` if this release has none."""
    if not has_operation(group, operation):
        raise UnsupportedOperationError(
            f"the ECE {ECE_VERSION} API has no {operation} operation, which this helper needs "
            f"(this ece-client build speaks ECE {ECE_VERSION}; install the build of your ECE release)",
            release=ECE_VERSION,
            operation=operation,
        )
    return getattr(group, operation)


@functools.cache
def _parameters(function: Any) -> frozenset[str]:
    return frozenset(inspect.signature(function).parameters)


def accepts(group: Any, operation: str, parameter: str) -> bool:
    """Whether the group's operation takes this parameter (False if there is no such operation)."""
    method = getattr(type(group), operation, None)
    return callable(method) and parameter in _parameters(method)


def require_parameter(group: Any, operation: str, parameter: str) -> None:
    """`UnsupportedOperationError` unless the group's operation takes this parameter."""
    if not accepts(group, operation, parameter):
        raise UnsupportedOperationError(
            f"the ECE {ECE_VERSION} API's {operation} operation has no {parameter!r} parameter "
            f"(this ece-client build speaks ECE {ECE_VERSION})",
            release=ECE_VERSION,
            operation=operation,
            parameter=parameter,
        )


def has_field(model: str, key: str) -> bool:
    """Whether the generated model class ``model`` (e.g. ``"SearchRequest"``) declares the JSON key ``key``."""
    from . import models

    cls = getattr(models, model, None)
    return cls is not None and key in cls._fields_by_key()
