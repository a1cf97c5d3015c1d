"""Reference step: the API reference of one release as Markdown pages, from its patched spec and its package.

    python scripts/docs_reference.py build/3.8.0/openapi.patched.json generated docs/reference

What each operation and model *is* (routes, descriptions, parameters, error statuses and codes,
fields) comes from the patched spec as openapi-python-client itself reads it, so every name
matches the code. What users *call* (the sync and async signatures, the model constructors, the
exception classes) comes from the package: GENERATED_ROOT/ece_client merged with
overrides/ece_client, imported in this process and read with inspect.signature, so typing
improvements in the package reach the docs on regeneration. The output is sorted and stable:
`make check-generated` compares it with docs/reference/.

Pages: index.md (every operation on one page), api/<group>.md (one per operation group),
models/index.md and models/<Class>.md (one per model or enum), error-codes.md (the catalogue).
"""

from __future__ import annotations

import argparse
import enum
import importlib
import inspect
import json
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import error_codes

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "overrides" / "ece_client"
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
IN_PAGE_LINK = re.compile(r"\[([^\]]*)\]\(#[^)]*\)")


class ReferenceError(Exception):
    """The spec and the package disagree (an operation without a method, a model without a class)."""


# --- the package, as users get it ------------------------------------------------------------


def import_package(generated_root: Path, scratch: Path) -> Any:
    """Import ece_client from GENERATED_ROOT/ece_client merged with overrides/ (as the wheel merges them)."""
    if "ece_client" in sys.modules:
        raise ReferenceError("ece_client is already imported in this process; run this script on its own")
    package = scratch / "ece_client"
    shutil.copytree(generated_root / "ece_client", package)
    shutil.copytree(OVERRIDES, package, dirs_exist_ok=True)
    sys.path.insert(0, str(scratch))
    return importlib.import_module("ece_client")


def group_classes(ece_client: Any) -> dict[str, tuple[type, type]]:
    """Group attribute name -> (sync class, async class), read off real clients (nothing is sent)."""
    groups = importlib.import_module("ece_client.api").GROUPS
    sync = ece_client.ECE("https://ece.invalid:12443", api_key="reference", check_version=False)
    asynchronous = ece_client.AsyncECE("https://ece.invalid:12443", api_key="reference", check_version=False)
    return {name: (type(getattr(sync, name)), type(getattr(asynchronous, name))) for name in groups}


def annotation_text(annotation: Any) -> str:
    if annotation is inspect.Parameter.empty:
        return ""
    if isinstance(annotation, str):
        return annotation
    return inspect.formatannotation(annotation)


def default_text(value: Any) -> str:
    if type(value).__name__ == "Unset":
        return "UNSET"
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


def render_signature(name: str, function: Any, is_async: bool) -> str:
    """`def name(...) -> T` laid out one parameter per line, from inspect.signature."""
    signature = inspect.signature(function)
    lines: list[str] = []
    star_written = False
    for parameter in signature.parameters.values():
        if parameter.name == "self":
            continue
        entry = parameter.name
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            entry, star_written = f"*{entry}", True
        elif parameter.kind is inspect.Parameter.VAR_KEYWORD:
            entry = f"**{entry}"
        elif parameter.kind is inspect.Parameter.KEYWORD_ONLY and not star_written:
            lines.append("*")
            star_written = True
        if parameter.annotation is not inspect.Parameter.empty:
            entry += f": {annotation_text(parameter.annotation)}"
        if parameter.default is not inspect.Parameter.empty:
            entry += f" = {default_text(parameter.default)}"
        lines.append(entry)
    returns = annotation_text(signature.return_annotation)
    head = f"{'async ' if is_async else ''}def {name}("
    tail = f") -> {returns}" if returns else ")"
    if not lines:
        return head + tail
    return "\n".join([head, *(f"    {line}," for line in lines), tail])


def first_paragraph(text: str | None) -> str:
    return inspect.cleandoc(text or "").split("\n\n", 1)[0].replace("\n", " ").strip()


# --- the spec, as the generator reads it ----------------------------------------------------------


def generator_data(openapi_path: Path) -> tuple[Any, Any]:
    """openapi-python-client's parse of the spec (with our generator settings), and its config."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.openapi import GeneratorData

    config_file = ConfigFile.load_from_path(ROOT / "generator-config.yaml")
    config = Config.from_sources(config_file, MetaType.NONE, openapi_path, "utf-8", False, None)
    data = GeneratorData.from_dict(json.loads(openapi_path.read_text()), config=config)
    if not isinstance(data, GeneratorData):
        raise ReferenceError(f"openapi-python-client cannot read {openapi_path}: {data}")
    return data, config


def text(value: Any) -> str:
    """The plain text of a spec string (the generator wraps spec text in UntrustedString)."""
    if value is None:
        return ""
    unwrap = getattr(value, "get_untrusted_value", None)
    return unwrap() if unwrap else str(value)


# --- Markdown helpers -------------------------------------------------------------------------------


def prose(text: Any) -> str:
    """Spec text as Markdown: `<` and `>` escaped outside code spans (ECE writes `<id>` in prose), and
    links to anchors of ECE's own API pages (`[search](#search-deployments)`) left as their text."""
    parts = IN_PAGE_LINK.sub(r"\1", str(text or "").strip()).split("`")
    for index in range(0, len(parts), 2):
        parts[index] = parts[index].replace("<", "&lt;").replace(">", "&gt;")
    return "`".join(parts) if len(parts) % 2 else "`".join(parts) + "`"


def cell(text: Any) -> str:
    """Text for one table cell: one line, pipes escaped outside code spans (the table extension keeps those)."""
    parts = re.sub(r"\s+", " ", prose(text)).split("`")
    for index in range(0, len(parts), 2):
        parts[index] = parts[index].replace("|", "\\|")
    return "`".join(parts)


def code(text: str) -> str:
    return f"`{text}`"


def model_link(name: str, models: set[str], prefix: str) -> str:
    return f"[`{name}`]({prefix}{name}.md)" if name in models else code(name)


def type_cell(annotation: str, models: set[str], prefix: str) -> str:
    """A type in a table cell: code, with each model or enum it names linked to its page."""
    pieces: list[str] = []
    position = 0
    for match in IDENTIFIER.finditer(annotation):
        if match.group() in models:
            if match.start() > position:
                pieces.append(code(annotation[position : match.start()]))
            pieces.append(model_link(match.group(), models, prefix))
            position = match.end()
    if position < len(annotation):
        pieces.append(code(annotation[position:]))
    return "".join(pieces)


def anchor(name: str) -> str:
    return f"{{ #{name} }}"


# --- what the pages say ----------------------------------------------------------------------------


@dataclass
class Operation:
    group: str
    name: str
    method: str
    path: str
    summary: str
    description: str
    endpoint: Any
    raw: dict[str, Any]
    sync: Any = None
    asynchronous: Any = None
    errors: list[tuple[str, str, str, list[str]]] = field(default_factory=list)


def collect_operations(
    document: dict[str, Any], data: Any, config: Any, classes: dict[str, tuple[type, type]]
) -> list[Operation]:
    from openapi_python_client.strings import PythonIdentifier

    errors_module = importlib.import_module("ece_client.errors")
    operations: list[Operation] = []
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        group = text(tag)
        if group not in classes:
            raise ReferenceError(f"the spec's group {group!r} is not a client attribute")
        sync_class, async_class = classes[group]
        for endpoint in collection.endpoints:
            name = str(PythonIdentifier(text(endpoint.name), config.field_prefix))
            method, path = text(endpoint.method), text(endpoint.path)
            raw = document["paths"][path][method]
            operation = Operation(
                group=group,
                name=name,
                method=method.upper(),
                path=path,
                summary=text(endpoint.summary).strip(),
                description=text(endpoint.description).strip(),
                endpoint=endpoint,
                raw=raw,
                sync=getattr(sync_class, name, None),
                asynchronous=getattr(async_class, name, None),
            )
            if operation.sync is None or operation.asynchronous is None:
                raise ReferenceError(f"{method.upper()} {path}: no method {group}.{name} on the clients")
            for status, response in sorted((raw.get("responses") or {}).items()):
                if not str(status).isdigit() or int(status) < 400:
                    continue
                response = error_codes._resolve(document, response) or {}
                codes = sorted(error_codes._response_codes(document, response, f"{method} {path} {status}"))
                exception = errors_module.error_class(int(status)).__name__
                operation.errors.append((str(status), exception, str(response.get("description") or ""), codes))
            operations.append(operation)
    return sorted(operations, key=lambda op: (op.group, op.name))


def example_call(operation: Operation, models: set[str], model_classes: dict[str, type]) -> str:
    """A short call: path parameters by name, required keywords and body with placeholders."""
    signature = inspect.signature(operation.sync)
    arguments: list[str] = []
    imports: list[str] = []
    for parameter in signature.parameters.values():
        if parameter.name == "self" or parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            arguments.append(parameter.name)
        elif parameter.name == "body":
            body_type = annotation_text(parameter.annotation).split("|")[0].strip()
            if body_type in model_classes:
                imports.append(f"from ece_client.models import {body_type}")
                required = [
                    p.name
                    for p in inspect.signature(model_classes[body_type]).parameters.values()
                    if p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is inspect.Parameter.empty
                ]
                arguments.append(f"body={body_type}({', '.join(f'{name}=...' for name in required)})")
            else:
                arguments.append("body=...")
        elif parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            arguments.append(f"{parameter.name}=...")
    call = f"ece.{operation.group}.{operation.name}({', '.join(arguments)})"
    returns = annotation_text(signature.return_annotation)
    line = call if returns in ("None", "") else f"result = {call}  # {returns}"
    return "\n".join([*imports, *([""] if imports else []), line])


def parameter_rows(operation: Operation, models: set[str]) -> list[str]:
    endpoint = operation.endpoint
    described: dict[str, tuple[str, str]] = {}
    for location, parameters in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
    ):
        for parameter in parameters:
            description = text(parameter.description)
            if parameter.default is not None:
                description += f" Server default: `{parameter.default.raw_value}`."
            described[str(parameter.python_name)] = (location, description)
    for body in endpoint.bodies:
        request_body = operation.raw.get("requestBody", {})
        described["body"] = ("body", text(body.prop.description) or text(request_body.get("description")))
    rows = []
    for parameter in inspect.signature(operation.sync).parameters.values():
        if parameter.name in ("self", "request_options"):
            continue
        location, description = described.get(parameter.name, ("", ""))
        if parameter.default is inspect.Parameter.empty:
            default = "required"
        elif type(parameter.default).__name__ == "Unset":
            default = "not sent"
        else:
            default = code(default_text(parameter.default))
        annotation = type_cell(annotation_text(parameter.annotation), models, "../models/")
        rows.append(f"| `{parameter.name}` | {location} | {annotation} | {default} | {cell(description)} |")
    return rows


def helper_methods(cls: type, operations: set[str]) -> list[str]:
    """Public methods of a group that are not operations: the hand-written workflows."""
    names = []
    for name in sorted(dir(cls)):
        if name.startswith("_") or name in operations:
            continue
        value = inspect.getattr_static(cls, name)
        if inspect.isfunction(value):
            names.append(name)
    return names


def group_page(
    group: str,
    operations: list[Operation],
    classes: tuple[type, type],
    models: set[str],
    model_classes: dict[str, type],
    constants: dict[str, str],
) -> str:
    sync_class, async_class = classes
    lines = [
        f"# {group}",
        "",
        f"`ece.{group}` is a `{sync_class.__name__}` on an `ECE` client, and an `{async_class.__name__}` on an",
        "`AsyncECE` client, whose methods are coroutines. Path parameters are positional, everything else is",
        "a keyword; a keyword left out is not sent, so the server applies its own default. Every method also takes",
        "`request_options=RequestOptions(...)` (timeout, retries, headers for one call), and",
        f"`ece.{group}.with_raw_response.<method>(...)` returns an `APIResponse` with the status and headers.",
        "See [all operations](../index.md) and the [error codes](../error-codes.md).",
        "",
        "| Method | HTTP | Summary |",
        "|---|---|---|",
    ]
    for operation in operations:
        route = f"`{operation.method} {operation.path}`"
        lines.append(f"| [`{operation.name}`](#{operation.name}) | {route} | {cell(operation.summary)} |")
    names = {operation.name for operation in operations}
    helpers = helper_methods(sync_class, names)
    if helpers:
        lines += ["", "## Helpers", "", "Hand-written on top of the operations.", ""]
        for name in helpers:
            lines += [f"### {name} {anchor(name)}", "", prose(first_paragraph(getattr(sync_class, name).__doc__)), ""]
            lines += ["```python", render_signature(name, getattr(sync_class, name), False), "```", ""]
            async_helper = getattr(async_class, name, None)
            if async_helper is not None:
                is_async = inspect.iscoroutinefunction(async_helper)
                lines += [
                    "With `AsyncECE`:",
                    "",
                    "```python",
                    render_signature(name, async_helper, is_async),
                    "```",
                    "",
                ]
    for operation in operations:
        lines += ["", f"## {operation.name} {anchor(operation.name)}", ""]
        lines += [
            f"**{prose(operation.summary)}**" if operation.summary else "",
            "",
            f"`{operation.method} {operation.path}`",
            "",
        ]
        if operation.description and operation.description != operation.summary:
            lines += [prose(operation.description), ""]
        lines += ["```python", render_signature(operation.name, operation.sync, False), "```", ""]
        lines += ["```python", render_signature(operation.name, operation.asynchronous, True), "```", ""]
        rows = parameter_rows(operation, models)
        if rows:
            lines += ["| Parameter | In | Type | Default | Description |", "|---|---|---|---|---|", *rows, ""]
        returns = annotation_text(inspect.signature(operation.sync).return_annotation)
        lines += [f"**Returns** {type_cell(returns, models, '../models/')}", ""]
        if operation.errors:
            lines += ["**Errors**", "", "| Status | Raises | ECE error codes | When |", "|---|---|---|---|"]
            for status, exception, description, codes in operation.errors:
                listed = "<br>".join(f"`{c}` (`error_codes.{constants[c]}`)" for c in codes)
                when = error_codes.DESCRIPTION_CODE.sub("", description).strip()
                lines.append(f"| {status} | `{exception}` | {listed} | {cell(when)} |")
            lines.append("")
        lines += ["```python", example_call(operation, models, model_classes), "```"]
    return "\n".join(lines) + "\n"


def index_page(release: str, operations: list[Operation]) -> str:
    lines = [
        f"# API reference (ECE {release})",
        "",
        f"Every operation of the ECE {release} API, by group: `ece.<group>.<method>(...)` on an `ECE` client,",
        "`await ece.<group>.<method>(...)` on an `AsyncECE` client. Each group's page has the signatures,",
        "parameters, return types, errors with their ECE error codes, and an example;",
        "the [models](models/index.md) and the [error codes](error-codes.md) have their own pages.",
        "",
    ]
    by_group: dict[str, list[Operation]] = defaultdict(list)
    for operation in operations:
        by_group[operation.group].append(operation)
    for group, members in sorted(by_group.items()):
        lines += [
            f"## {group}",
            "",
            f"[`ece.{group}`](api/{group}.md)",
            "",
            "| Method | HTTP | Summary |",
            "|---|---|---|",
        ]
        for operation in members:
            link = f"[`{operation.name}`](api/{group}.md#{operation.name})"
            lines.append(f"| {link} | `{operation.method} {operation.path}` | {cell(operation.summary)} |")
        lines.append("")
    return "\n".join(lines)


def error_codes_page(
    release: str, document: dict[str, Any], operations: list[Operation], constants: dict[str, str]
) -> str:
    meanings: dict[str, set[str]] = defaultdict(set)
    by_code: dict[str, list[Operation]] = defaultdict(list)
    statuses: dict[str, set[str]] = defaultdict(set)
    for operation in operations:
        for status, _exception, description, codes in operation.errors:
            for code_value in codes:
                meaning = error_codes.DESCRIPTION_CODE.sub("", description).strip().rstrip(".").strip()
                if meaning:
                    meanings[code_value].add(meaning)
                statuses[code_value].add(status)
                if operation not in by_code[code_value]:
                    by_code[code_value].append(operation)
    lines = [
        f"# Error codes (ECE {release})",
        "",
        "ECE names the cause of an error with a code, in the `x-cloud-error-codes` header and the body's",
        "`errors[].code`; the SDK puts them in `APIError.codes`. Each code is a constant of",
        "`ece_client.error_codes` (`error_codes.describe(code)` gives its statuses and operations):",
        "",
        "```python",
        "from ece_client import error_codes",
        "from ece_client.errors import NotFoundError",
        "",
        "try:",
        "    ece.deployments.get_deployment(deployment_id)",
        "except NotFoundError as err:",
        "    if error_codes.DEPLOYMENTS_DEPLOYMENT_NOT_FOUND in err.codes:",
        "        ...",
        "```",
        "",
        "| Code | Constant | Statuses | Meaning | Operations |",
        "|---|---|---|---|---|",
    ]
    for code_value in sorted(constants):
        ops = ", ".join(
            f"[`{op.name}`](api/{op.group}.md#{op.name})" for op in sorted(by_code[code_value], key=lambda o: o.name)
        )
        meaning = "<br>".join(cell(meaning) for meaning in sorted(meanings[code_value]))
        status_text = ", ".join(sorted(statuses[code_value]))
        lines.append(f"| `{code_value}` | `{constants[code_value]}` | {status_text} | {meaning} | {ops} |")
    return "\n".join(lines) + "\n"


def model_pages(data: Any, model_classes: dict[str, type], operations: list[Operation]) -> dict[str, str]:
    """Class name -> Markdown page, for every model and enum; plus "index"."""
    names = set(model_classes)
    specs = {text(model.class_info.name): model for model in data.models}
    enums = {text(item.class_info.name): item for item in data.enums}
    field_types: dict[str, dict[str, str]] = {}
    used_by: dict[str, set[str]] = defaultdict(set)
    for name, cls in model_classes.items():
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            continue
        types = {
            parameter.name: annotation_text(parameter.annotation)
            for parameter in inspect.signature(cls.__init__).parameters.values()
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY
        }
        field_types[name] = types
        for annotation in types.values():
            for match in IDENTIFIER.finditer(annotation):
                if match.group() in names and match.group() != name:
                    used_by[match.group()].add(f"[`{name}`]({name}.md)")
    for operation in operations:
        link = f"[`{operation.group}.{operation.name}`](../api/{operation.group}.md#{operation.name})"
        signature = inspect.signature(operation.sync)
        for parameter in signature.parameters.values():
            for match in IDENTIFIER.finditer(annotation_text(parameter.annotation)):
                if match.group() in names:
                    used_by[match.group()].add(f"{link} (argument)")
        for match in IDENTIFIER.finditer(annotation_text(signature.return_annotation)):
            if match.group() in names:
                used_by[match.group()].add(f"{link} (returns)")

    pages: dict[str, str] = {}
    summaries: dict[str, str] = {}
    for name, cls in sorted(model_classes.items()):
        lines = [f"# {name}", "", f"`from ece_client.models import {name}`", ""]
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            spec = enums.get(name)
            description = text(spec.description) if spec is not None else ""
            summaries[name] = first_paragraph(description) or "An enum."
            lines += [prose(description), ""] if description else []
            lines += [prose(first_paragraph(cls.__doc__)), "", "| Member | Value |", "|---|---|"]
            lines += [f"| `{member.name}` | `{member.value}` |" for member in cls]
        else:
            spec = specs.get(name)
            if spec is None:
                raise ReferenceError(f"model {name} has no schema in the spec")
            description = text(spec.description)
            summaries[name] = first_paragraph(description)
            lines += [prose(description), ""] if description else []
            lines += [
                "```python",
                render_signature(name, cls.__init__, False)
                .replace(f"def {name}(", f"class {name}(", 1)
                .removesuffix(" -> None"),
                "```",
                "",
            ]
            properties = list(spec.required_properties or []) + list(spec.optional_properties or [])
            own_schemas = {text(key): value for key, value in (spec.data.properties or {}).items()}
            if properties:
                lines += ["| Field | JSON key | Type | Required | Description |", "|---|---|---|---|---|"]
            for prop in properties:
                python_name = str(prop.python_name)
                own = own_schemas.get(text(prop.name))
                description = text(getattr(own, "description", None)) or text(prop.description)
                annotation = type_cell(field_types[name].get(python_name, prop.get_type_string()), names, "")
                required = "yes" if prop.required else "no"
                lines.append(
                    f"| `{python_name}` | `{text(prop.name)}` | {annotation} | {required} | {cell(description)} |"
                )
            lines += [
                "",
                "Unknown keys the server sends are kept in `additional_properties` and given back by `to_dict()`.",
            ]
        if used_by.get(name):
            lines += ["", "**Used by** " + ", ".join(sorted(used_by[name]))]
        pages[name] = "\n".join(lines) + "\n"
    index = ["# Models", "", "Every schema of the API as a class of `ece_client.models`.", ""]
    for letter in sorted({name[0].upper() for name in model_classes}):
        index += [f"## {letter}", "", "| Model | Description |", "|---|---|"]
        index += [
            f"| [`{name}`]({name}.md) | {cell(summaries[name])} |"
            for name in sorted(model_classes)
            if name[0].upper() == letter
        ]
        index.append("")
    pages["index"] = "\n".join(index)
    return pages


def write_reference(openapi_path: Path, generated_root: Path, output: Path) -> int:
    """Write the reference pages into output (replacing what was there); return how many."""
    document = json.loads(openapi_path.read_text())
    release = str(document.get("info", {}).get("version", ""))
    with tempfile.TemporaryDirectory(prefix="ece-reference-") as scratch:
        ece_client = import_package(generated_root, Path(scratch))
        classes = group_classes(ece_client)
        models_module = importlib.import_module("ece_client.models")
        model_classes = {name: getattr(models_module, name) for name in models_module.__all__}
        constants = {
            value: key
            for key, value in vars(importlib.import_module("ece_client.error_codes")).items()
            if key.isupper() and isinstance(value, str)
        }
        data, config = generator_data(openapi_path)
        operations = collect_operations(document, data, config, classes)
        pages = {
            "index.md": index_page(release, operations),
            "error-codes.md": error_codes_page(release, document, operations, constants),
        }
        for group in sorted({operation.group for operation in operations}):
            members = [operation for operation in operations if operation.group == group]
            pages[f"api/{group}.md"] = group_page(
                group, members, classes[group], set(model_classes), model_classes, constants
            )
        for name, text in model_pages(data, model_classes, operations).items():
            pages[f"models/{name}.md"] = text
    if output.exists():
        shutil.rmtree(output)
    for relative, text in pages.items():
        target = output / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text.rstrip("\n") + "\n")
    return len(pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the API reference (Markdown) of a generated package.")
    parser.add_argument("spec", type=Path, help="the patched OpenAPI document (openapi.patched.json)")
    parser.add_argument("generated_root", type=Path, help="the folder holding the generated ece_client package")
    parser.add_argument("output", type=Path, help="where the pages go (replaced)")
    args = parser.parse_args(argv)
    try:
        count = write_reference(args.spec, args.generated_root, args.output)
    except (ReferenceError, error_codes.ErrorCodesError) as exc:
        print(f"docs_reference: error: {exc}", file=sys.stderr)
        return 1
    print(f"docs_reference: {count} pages -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
