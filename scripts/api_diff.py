"""API changelog: what changed for a user of ece-client between the SDKs of two ECE releases.

It compares the two releases' patched OpenAPI specs (what each SDK is generated from) in the
SDK's terms: methods `ece.<group>.<operation>` and their parameters, bodies and return types,
and the models in `ece_client.models` with their fields and enum values. A change that can
break code written against the older SDK is marked breaking:

- an operation, parameter, model or field removed, or an operation moved to another group;
- a required parameter or request body added, or an optional one made required;
- a type changed (the Python type: `str`, `int`, `list[Model]`, ...), or a method's return type;
- an enum value removed (its enum member disappears);
- a field that became required or was added as required, in a model sent in requests (its
  constructor needs it); a field that became optional in a model returned by responses (it may
  now be UNSET).

Anything else (additions, relaxations, moved paths) is listed as a non-breaking change.

    python scripts/api_diff.py 3.7.0 3.8.0                 # releases: their built patched specs
    python scripts/api_diff.py old.json new.json           # or two OpenAPI 3 files
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openapi
import releases

SECTIONS = ("Operations", "Parameters", "Request bodies and return types", "Models", "Enum values")


@dataclass(frozen=True, order=True)
class Change:
    section: str
    subject: str  # what the user's code names: `ece.group.operation`, `Model.field`, ...
    text: str
    breaking: bool = False


# ------------------------------------------------------------------ names and types, as the SDK has them


def _resolve(document: dict[str, Any], node: Any) -> Any:
    return openapi.resolve(document, node, keep_schemas=True)  # a model: named, not inlined


def type_of(schema: Any) -> str:
    """The Python type the SDK gives a schema."""
    if not isinstance(schema, dict) or not schema:
        return "Any"
    name = openapi.ref_name(schema)
    if name is not None:
        return name
    kind, fmt = schema.get("type"), schema.get("format")
    if "enum" in schema:
        return f"{type_of({k: v for k, v in schema.items() if k != 'enum'})} enum"
    if kind == "string":
        return {"date-time": "datetime", "date": "date", "binary": "bytes", "uuid": "UUID"}.get(str(fmt), "str")
    if kind in ("integer", "number", "boolean"):
        return {"integer": "int", "number": "float", "boolean": "bool"}[kind]
    if kind == "array":
        return f"list[{type_of(schema.get('items'))}]"
    if schema.get("properties"):
        return "object"
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        return f"dict[str, {type_of(extra)}]"
    return "dict[str, Any]" if kind == "object" or extra else "Any"


# ------------------------------------------------------------------ what a spec offers


@dataclass
class Operation:
    name: str  # ece.<group>.<operation>
    method: str
    path: str
    spec: dict[str, Any]  # the operation object, parameters resolved


def operations(document: dict[str, Any]) -> dict[str, Operation]:
    """Operations by SDK operation name (snake_case operationId)."""
    found = {}
    for operation in openapi.operations(document):
        shared = [_resolve(document, p) for p in operation.item.get("parameters", [])]
        op = dict(operation.spec)
        own = [_resolve(document, p) for p in op.get("parameters", [])]
        names = {(p["in"], p["name"]) for p in own}
        op["parameters"] = own + [p for p in shared if (p["in"], p["name"]) not in names]
        if "requestBody" in op:
            op["requestBody"] = _resolve(document, op["requestBody"])
        name = openapi.operation_name(op, operation.path, operation.method)
        group = openapi.group_name(op)
        found[name] = Operation(f"ece.{group}.{name}", operation.method.upper(), operation.path, op)
    return found


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        name = openapi.ref_name(node)
        found = {name} if name is not None else set()
        for value in node.values():
            found |= _refs(value)
        return found
    if isinstance(node, list):
        return set().union(*(_refs(item) for item in node)) if node else set()
    return set()


def usage(document: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(models reachable from requests, models reachable from responses), through nested models."""
    schemas = document.get("components", {}).get("schemas", {})

    def closure(names: set[str]) -> set[str]:
        todo, seen = list(names), set()
        while todo:
            name = todo.pop()
            if name in seen or name not in schemas:
                continue
            seen.add(name)
            todo += _refs(schemas[name])
        return seen

    request, response = set(), set()
    for op in operations(document).values():
        request |= _refs(op.spec.get("parameters")) | _refs(op.spec.get("requestBody"))
        response |= _refs(op.spec.get("responses"))
    return closure(request), closure(response)


# ------------------------------------------------------------------ comparing


def _enum_changes(section: str, subject: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    if "enum" not in old or "enum" not in new:
        return []
    removed = [v for v in old["enum"] if v not in new["enum"]]
    added = [v for v in new["enum"] if v not in old["enum"]]
    changes = [Change(section, subject, f"enum value `{v}` removed", True) for v in removed]
    return changes + [Change(section, subject, f"enum value `{v}` added") for v in added]


def _type_change(section: str, subject: str, old: Any, new: Any) -> list[Change]:
    """A type change breaks code, except a plain value becoming an enum (a StrEnum equals its value)."""
    before, after = type_of(old), type_of(new)
    if before == after:
        return []
    return [Change(section, subject, f"type `{before}` -> `{after}`", after != f"{before} enum")]


def compare_schema(
    subject: str, old: dict[str, Any], new: dict[str, Any], in_requests: bool, in_responses: bool
) -> list[Change]:
    """Changes of one model (or inline object) and, recursively, of its inline parts."""
    changes = _type_change("Models", subject, old, new)
    if changes:
        return changes
    changes += _enum_changes("Enum values", subject, old, new)
    if type_of(old) == "object" or old.get("properties") or new.get("properties"):
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        for name in sorted(set(old_props) | set(new_props)):
            field = f"{subject}.{name}"
            if name not in new_props:
                changes.append(Change("Models", field, "field removed", True))
            elif name not in old_props:
                required = name in new_required
                changes.append(
                    Change(
                        "Models", field, "required field added" if required else "field added", required and in_requests
                    )
                )
            else:
                if name in new_required and name not in old_required:
                    changes.append(Change("Models", field, "became required", in_requests))
                elif name in old_required and name not in new_required:
                    changes.append(Change("Models", field, "became optional", in_responses))
                changes += compare_schema(field, old_props[name], new_props[name], in_requests, in_responses)
    elif old.get("type") == "array" and isinstance(old.get("items"), dict) and "$ref" not in old["items"]:
        changes += compare_schema(f"{subject}[]", old["items"], new.get("items", {}), in_requests, in_responses)
    return changes


def _body_schema(body: dict[str, Any] | None) -> Any:
    content: dict[str, Any] = (body or {}).get("content", {})
    media: dict[str, Any] = content.get("application/json") or next(iter(content.values()), {})
    return media.get("schema", {})


def _return_type(op: dict[str, Any]) -> str:
    statuses = sorted(s for s in op.get("responses", {}) if s.isdigit() and s.startswith("2"))
    for status in statuses:
        content = op["responses"][status].get("content")
        if content:
            return type_of(_body_schema(op["responses"][status]))
    return "None"


def compare_operation(old: Operation, new: Operation) -> list[Change]:
    name = f"`{new.name}`"
    changes = []
    if old.name != new.name:
        changes.append(Change("Operations", name, f"moved from `{old.name}`", True))
    if (old.method, old.path) != (new.method, new.path):
        changes.append(Change("Operations", name, f"now `{new.method} {new.path}` (was `{old.method} {old.path}`)"))
    old_params = {openapi.parameter_name(p["name"]): p for p in old.spec["parameters"]}
    new_params = {openapi.parameter_name(p["name"]): p for p in new.spec["parameters"]}
    for param in sorted(set(old_params) | set(new_params)):
        subject = f"`{new.name}({param}=...)`"
        before, after = old_params.get(param), new_params.get(param)
        if after is None:
            assert before is not None
            changes.append(Change("Parameters", subject, f"{before['in']} parameter removed", True))
        elif before is None:
            required = bool(after.get("required"))
            kind = "required" if required else "optional"
            changes.append(Change("Parameters", subject, f"{kind} {after['in']} parameter added", required))
        else:
            if bool(after.get("required")) != bool(before.get("required")):
                became = "required" if after.get("required") else "optional"
                changes.append(Change("Parameters", subject, f"became {became}", became == "required"))
            if after["in"] != before["in"]:
                changes.append(Change("Parameters", subject, f"moved from {before['in']} to {after['in']}"))
            changes += _type_change("Parameters", subject, before.get("schema"), after.get("schema"))
            changes += _enum_changes("Enum values", subject, before.get("schema", {}), after.get("schema", {}))
    old_order = [openapi.parameter_name(p["name"]) for p in old.spec["parameters"] if p["in"] == "path"]
    new_order = [openapi.parameter_name(p["name"]) for p in new.spec["parameters"] if p["in"] == "path"]
    if old_order != new_order and set(old_order) == set(new_order):
        changes.append(Change("Parameters", name, f"path parameters reordered: {', '.join(new_order)}", True))
    changes += _compare_body(name, old.spec.get("requestBody"), new.spec.get("requestBody"))
    before, after = _return_type(old.spec), _return_type(new.spec)
    if before != after:
        changes.append(Change("Request bodies and return types", name, f"returns `{after}` (was `{before}`)", True))
    return changes


def _compare_body(name: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[Change]:
    section = "Request bodies and return types"
    if old is None and new is None:
        return []
    if new is None:
        return [Change(section, name, "no longer takes a request body", True)]
    if old is None:
        required = bool(new.get("required"))
        return [Change(section, name, f"{'required' if required else 'optional'} request body added", required)]
    changes = []
    if bool(new.get("required")) != bool(old.get("required")):
        became = "required" if new.get("required") else "optional"
        changes.append(Change(section, name, f"request body became {became}", became == "required"))
    before, after = type_of(_body_schema(old)), type_of(_body_schema(new))
    if before != after:
        changes.append(Change(section, name, f"request body type `{before}` -> `{after}`", True))
    return changes


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from the old spec to the new one, for SDK users, sorted."""
    changes: list[Change] = []
    old_ops, new_ops = operations(old), operations(new)
    for key in sorted(set(old_ops) | set(new_ops)):
        if key not in new_ops:
            op = old_ops[key]
            changes.append(Change("Operations", f"`{op.name}`", f"removed (`{op.method} {op.path}`)", True))
        elif key not in old_ops:
            op = new_ops[key]
            changes.append(Change("Operations", f"`{op.name}`", f"added (`{op.method} {op.path}`)"))
        else:
            changes += compare_operation(old_ops[key], new_ops[key])
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    (old_req, old_resp), (new_req, new_resp) = usage(old), usage(new)
    for name in sorted(set(old_schemas) | set(new_schemas)):
        if name not in new_schemas:
            changes.append(Change("Models", f"`{name}`", "model removed", True))
        elif name not in old_schemas:
            changes.append(Change("Models", f"`{name}`", "model added"))
        else:
            in_requests, in_responses = name in old_req | new_req, name in old_resp | new_resp
            for change in compare_schema(name, old_schemas[name], new_schemas[name], in_requests, in_responses):
                changes.append(Change(change.section, f"`{change.subject}`", change.text, change.breaking))
    return sorted(set(changes), key=lambda c: (SECTIONS.index(c.section), not c.breaking, c.subject, c.text))


# ------------------------------------------------------------------ output


def render(changes: list[Change], old_release: str, new_release: str) -> str:
    """The changelog as Markdown."""
    breaking = sum(change.breaking for change in changes)
    lines = [
        f"# API changes from ECE {old_release} to ECE {new_release}",
        "",
        f"What changed for code that uses ece-client {old_release}.x when it moves to ece-client {new_release}.x.",
        "Generated from the two releases' patched specs by scripts/api_diff.py (`make api-diff`, `make api-changes`);",
        "**breaking** marks a change that can break code written for the older SDK.",
        "",
        f"{len(changes)} changes, {breaking} breaking." if changes else "No changes.",
    ]
    for section in SECTIONS:
        in_section = [change for change in changes if change.section == section]
        if not in_section:
            continue
        lines += ["", f"## {section}", ""]
        lines += [f"- {'**breaking** ' if c.breaking else ''}{c.subject}: {c.text}" for c in in_section]
    return "\n".join(lines) + "\n"


def load(argument: str) -> tuple[str, dict[str, Any]]:
    """(label, spec) for a release (its built patched spec) or an OpenAPI file."""
    path = Path(argument)
    if not path.is_file():
        path = releases.patched_spec(releases.check(argument))
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: run `make patch ECE_VERSION={argument}` first")
        return argument, json.loads(path.read_text())
    document = json.loads(path.read_text())
    return str(document.get("info", {}).get("version") or path.name), document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="What changed for SDK users between two releases.")
    parser.add_argument("old", metavar="FROM", help="a release (its built patched spec) or an OpenAPI 3 JSON file")
    parser.add_argument("new", metavar="TO", help="a release or an OpenAPI 3 JSON file")
    args = parser.parse_args(argv)
    try:
        (old_label, old), (new_label, new) = load(args.old), load(args.new)
    except (OSError, ValueError, releases.ReleaseError) as exc:
        print(f"api_diff: error: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(render(diff(old, new), old_label, new_label))
    return 0


if __name__ == "__main__":
    sys.exit(main())
