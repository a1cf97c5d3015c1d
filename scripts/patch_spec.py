"""Patch step: apply the reviewed fixes in spec/patches.yaml to the converted OpenAPI 3.0 spec.

Each patch is declarative and carries a one-line reason. Patches are idempotent: applying
the list to an already patched document changes nothing. A patch whose target no longer
exists, or whose `expect`ed old value differs, fails loudly: the spec moved under it and a
person has to look again.

Patch forms (see spec/patches.yaml):
  set:             {at: POINTER, value: V, expect: OLD?, operation: OPERATION_ID?}
                   (a value of "{release}" is the ECE release being built)
  remove:          {at: POINTER, operation: OPERATION_ID?}
  replace_content: {from: MEDIA_TYPE, to: MEDIA_TYPE}   in every response whose only media type is `from`
  describe_parameters: {}   copy each parameter's description into its schema (where the generator reads it)

A patch's `releases: {from: A, through: B}` (either end optional, both included) limits it to a
range of ECE releases, so that a newly pinned release gets every fix that is still open.

POINTER is a JSON pointer relative to the document, or to the operation when `operation` is
given; a segment `[key=value]` selects the list item whose `key` equals `value`.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

import openapi
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
PATCHES = ROOT / "spec" / "patches.yaml"
OPERATIONS = ("set", "remove", "replace_content", "describe_parameters")


class PatchError(Exception):
    """A patch does not apply to this spec."""


def load_patches(path: Path = PATCHES) -> list[dict[str, Any]]:
    patches = YAML(typ="safe").load(path.read_text()) or []
    for number, patch in enumerate(patches, 1):
        if not isinstance(patch, dict) or not str(patch.get("reason", "")).strip():
            raise PatchError(f"{path}: patch {number} has no reason")
        if sum(key in patch for key in OPERATIONS) != 1:
            raise PatchError(f"{path}: patch {number} must have exactly one of {', '.join(OPERATIONS)}")
        if "releases" in patch:
            _check_range(patch["releases"], f"{path}: patch {number}")
    return patches


def _release_key(release: str) -> tuple[int, ...]:
    return tuple(int(part) for part in release.split("."))


def _check_range(scope: Any, where: str) -> None:
    if not isinstance(scope, dict) or not scope or set(scope) - {"from", "through"}:
        raise PatchError(f"{where}: `releases` must be a range {{from: X, through: Y}} (either end optional)")
    for bound in scope.values():
        if not re.fullmatch(r"\d+(\.\d+)*", str(bound)):
            raise PatchError(f"{where}: {bound!r} is not an ECE release")
    if "from" in scope and "through" in scope and _release_key(scope["from"]) > _release_key(scope["through"]):
        raise PatchError(f"{where}: the range {scope} is empty")


def applies_to(patch: dict[str, Any], release: str | None) -> bool:
    """Whether a patch applies to a release (every patch applies when no release is given)."""
    scope = patch.get("releases")
    if scope is None or release is None:
        return True
    key = _release_key(release)
    return ("from" not in scope or key >= _release_key(str(scope["from"]))) and (
        "through" not in scope or key <= _release_key(str(scope["through"]))
    )


def apply_patches(
    document: dict[str, Any], patches: list[dict[str, Any]], release: str | None = None
) -> dict[str, Any]:
    """Return a patched copy of document; the input is left untouched."""
    result = copy.deepcopy(document)
    for patch in patches:
        if not applies_to(patch, release):
            continue
        try:
            if "set" in patch:
                _set(result, patch["set"], release)
            elif "remove" in patch:
                _remove(result, patch["remove"])
            elif "replace_content" in patch:
                _replace_content(result, patch["replace_content"])
            else:
                _describe_parameters(result)
        except PatchError as exc:
            raise PatchError(f"patch {patch['reason']!r}: {exc}") from None
    return result


def _operation(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for operation in openapi.operations(document):
        if operation.spec.get("operationId") == operation_id:
            return operation.spec
    raise PatchError(f"no operation {operation_id!r}")


def _segments(pointer: str) -> list[str]:
    if not pointer.startswith("/"):
        raise PatchError(f"pointer {pointer!r} must start with '/'")
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]


def _step(node: Any, segment: str, pointer: str) -> Any:
    if segment.startswith("[") and segment.endswith("]") and "=" in segment:
        key, value = segment[1:-1].split("=", 1)
        if isinstance(node, list):
            for item in node:
                if isinstance(item, dict) and str(item.get(key)) == value:
                    return item
        raise PatchError(f"{pointer}: no list item with {key}={value}")
    if isinstance(node, dict) and segment in node:
        return node[segment]
    if isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
        return node[int(segment)]
    raise PatchError(f"{pointer}: {segment!r} not found")


def _parent(document: dict[str, Any], spec: dict[str, Any]) -> tuple[Any, str]:
    root = _operation(document, spec["operation"]) if "operation" in spec else document
    segments = _segments(spec["at"])
    node = root
    for segment in segments[:-1]:
        node = _step(node, segment, spec["at"])
    if not isinstance(node, dict):
        raise PatchError(f"{spec['at']}: parent is not an object")
    return node, segments[-1]


def _set(document: dict[str, Any], spec: dict[str, Any], release: str | None) -> None:
    parent, key = _parent(document, spec)
    value = spec["value"]
    if value == "{release}":
        if release is None:
            raise PatchError(f"{spec['at']}: the value is the ECE release, and none was given")
        value = release
    if "expect" in spec and key in parent and parent[key] not in (spec["expect"], value):
        raise PatchError(f"{spec['at']}: expected {spec['expect']!r}, found {parent[key]!r}")
    parent[key] = copy.deepcopy(value)


def _remove(document: dict[str, Any], spec: dict[str, Any]) -> None:
    parent, key = _parent(document, spec)
    parent.pop(key, None)


def _replace_content(document: dict[str, Any], spec: dict[str, Any]) -> None:
    source, target = spec["from"], spec["to"]
    for operation in openapi.operations(document):
        for response in operation.spec.get("responses", {}).values():
            content = response.get("content") if isinstance(response, dict) else None
            if content and list(content) == [source]:
                response["content"] = {target: content[source]}


def _describe_parameters(document: dict[str, Any]) -> None:
    parameters = list(document.get("components", {}).get("parameters", {}).values())
    for item in document.get("paths", {}).values():
        parameters += item.get("parameters", [])
    for operation in openapi.operations(document):
        parameters += operation.spec.get("parameters", [])
    for parameter in parameters:
        schema = parameter.get("schema") if isinstance(parameter, dict) else None
        if isinstance(schema, dict) and parameter.get("description") and "$ref" not in schema:
            schema.setdefault("description", parameter["description"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Apply spec/patches.yaml to a converted spec.")
    parser.add_argument("source", type=Path, metavar="OPENAPI_IN")
    parser.add_argument("destination", type=Path, metavar="OPENAPI_OUT")
    parser.add_argument("release", nargs="?", help="the ECE release (release-scoped patches apply only to theirs)")
    args = parser.parse_args(argv)
    source, destination, release = args.source, args.destination, args.release
    try:
        patches = load_patches()
        patched = apply_patches(json.loads(source.read_text()), patches, release)
    except PatchError as exc:
        print(f"patch_spec: error: {exc}", file=sys.stderr)
        return 1
    destination.write_text(json.dumps(patched, indent=2, ensure_ascii=False) + "\n")
    count = sum(applies_to(patch, release) for patch in patches)
    print(f"patch_spec: {count} patches applied -> {destination}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
