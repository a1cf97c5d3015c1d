"""The operations of this build's ECE release, read from its generated endpoint modules.

Each module under ``ece_client.api`` names its operation (``OPERATION_ID``, ``METHOD``, ``PATH``)
and how each documented status decodes (``RESPONSES``): the fake routes by the first three and
shapes what it serves by the last, so it speaks exactly the API of the installed build.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from typing import Any

from .. import api


@dataclass(frozen=True)
class Operation:
    """One operation of the release: its id, HTTP method, path template and response codecs."""

    operation_id: str
    method: str
    path: str
    responses: dict[int, Any]
    pattern: re.Pattern[str]
    module: str

    def parameter(self, name: str) -> inspect.Parameter | None:
        """A parameter of the operation's ``build_request`` (None if it has no such parameter)."""
        build = importlib.import_module(self.module).build_request
        return inspect.signature(build).parameters.get(name)

    def success_codec(self) -> Any:
        """The codec of the first documented 2xx body (None if no 2xx has one)."""
        for status in sorted(self.responses):
            if 200 <= status < 300:
                return self.responses[status]
        return None


@functools.cache
def operations() -> dict[tuple[str, str], Operation]:
    """Every operation of the build, by (METHOD, path template)."""
    found: dict[tuple[str, str], Operation] = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        path = getattr(module, "PATH", None)
        method = getattr(module, "METHOD", None)
        if not isinstance(path, str) or not isinstance(method, str):
            continue
        pattern = re.compile(re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(path)))
        found[(method, path)] = Operation(
            module.OPERATION_ID, method, path, dict(getattr(module, "RESPONSES", {})), pattern, info.name
        )
    return found


def match(method: str, path: str) -> tuple[Operation, tuple[str, ...]] | None:
    """The operation a request is for, and its path parameters; literal paths win over templates."""
    candidates = []
    for operation in operations().values():
        if operation.method != method:
            continue
        found = operation.pattern.fullmatch(path)
        if found:
            candidates.append((operation.path.count("{"), operation, found.groups()))
    if not candidates:
        return None
    _, operation, groups = min(candidates, key=lambda candidate: candidate[0])
    return operation, groups


def by_id(operation_id: str) -> Operation | None:
    """The release's operation with this id (None if the release has none)."""
    return next((op for op in operations().values() if op.operation_id == operation_id), None)
