"""Read every declared field of a model tree, the way a user's code would."""

from __future__ import annotations

from typing import Any

from ece_client._errors import ResponseDecodeError
from ece_client._model import Model


def walk(value: Any) -> tuple[int, list[str]]:
    """Return (fields read, decode problems found); any other exception propagates."""
    read = 0
    problems: list[str] = []
    if isinstance(value, Model):
        for name in type(value)._fields_by_key().values():
            try:
                child = getattr(value, name.name)
            except ResponseDecodeError as exc:
                problems.append(str(exc))
                continue
            read += 1
            sub_read, sub_problems = walk(child)
            read += sub_read
            problems += sub_problems
    elif isinstance(value, (list, tuple)):
        for item in value:
            sub_read, sub_problems = walk(item)
            read += sub_read
            problems += sub_problems
    elif isinstance(value, dict):
        for item in value.values():
            sub_read, sub_problems = walk(item)
            read += sub_read
            problems += sub_problems
    return read, problems
