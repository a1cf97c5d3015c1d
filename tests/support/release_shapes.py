"""The API of the ECE release the installed ece_client build speaks, read from that release's
patched spec (what the fake ECE serves: its operations, its models' fields, its paging).

`make generate` leaves the pinned release's spec in build/<release>/, `make dist ECE_VERSION=X`
(and so `make test-releases`) another release's in build/releases/X/; ``ECE_TEST_SPEC`` names
another file.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

import ece_client
import openapi
import releases

RELEASE: str = ece_client.ECE_VERSION
"""The ECE release of the installed build."""


class ReleaseShapes:
    """Operations and schemas of one release's patched OpenAPI document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.release = document["info"]["version"]
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.operations: dict[tuple[str, str], dict[str, Any]] = {
            (operation.method.upper(), operation.path): operation.spec for operation in openapi.operations(document)
        }

    def has_operation(self, method: str, path: str) -> bool:
        """Whether the release has ``METHOD /path/{param}`` (a path template of the spec)."""
        return (method.upper(), path) in self.operations

    def parameters(self, method: str, path: str) -> set[str]:
        operation = self.operations.get((method.upper(), path), {})
        return {parameter.get("name", "") for parameter in operation.get("parameters", [])}

    def fields(self, schema: str) -> set[str]:
        """The properties of a named schema (empty if the release has no such schema)."""
        return set(self.schemas.get(schema, {}).get("properties", {}))

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
        return schema

    def shape(self, value: Any, schema: str | dict[str, Any]) -> Any:
        """``value`` (JSON data) with the object keys the release's schema does not declare left out,
        at every depth; schemas that declare no properties (free-form, maps) keep everything."""
        node = self.resolve({"$ref": schema} if isinstance(schema, str) else schema)
        if isinstance(value, list):
            items = node.get("items")
            return [self.shape(item, items) for item in value] if isinstance(items, dict) else value
        if not isinstance(value, dict):
            return value
        properties = node.get("properties")
        if not properties:
            extra = node.get("additionalProperties")
            if isinstance(extra, dict):
                return {key: self.shape(item, extra) for key, item in value.items()}
            return value
        return {key: self.shape(item, properties[key]) for key, item in value.items() if key in properties}


@functools.cache
def shapes() -> ReleaseShapes:
    """The installed build's release, from its patched spec."""
    override = os.environ.get("ECE_TEST_SPEC")
    path = Path(override) if override else releases.layout(RELEASE).work / "openapi.patched.json"
    if not path.is_file():
        raise RuntimeError(
            f"no patched spec of ECE {RELEASE} at {path}: run `make generate` (or `make dist ECE_VERSION={RELEASE}`)"
        )
    found = ReleaseShapes(json.loads(path.read_text()))
    if found.release != RELEASE:
        raise RuntimeError(f"{path} is the spec of ECE {found.release}, but the installed build speaks ECE {RELEASE}")
    return found
