"""Error-code step: write ece_client/error_codes.py, the catalogue of ECE error codes the spec documents.

    python scripts/error_codes.py build/openapi.patched.json generated/ece_client

scripts/generate.py runs this on the staged package before formatting it. ECE documents the codes
an error response can carry in two places, and both are read:

* the enum of the response header ``x-cloud-error-codes``;
* mentions in the response description, ``(code: `deployments.deployment_not_found`)`` (a few
  descriptions quote the code with ``'`` instead of a backtick).

Each code becomes one constant (``deployments.deployment_not_found`` ->
``DEPLOYMENTS_DEPLOYMENT_NOT_FOUND``) and a ``CATALOGUE`` entry with the HTTP statuses and the
operations (snake_case, the module names under ``ece_client.api``) that document it. Two codes
that would give the same constant name stop the step instead of silently shadowing each other.
The output is sorted, so the same spec always gives the same file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openapi

HEADER = "x-cloud-error-codes"
MODULE = "error_codes.py"
# "(code: `a.b`)", also with ' or " as the quote; the code itself holds no quote or whitespace.
DESCRIPTION_CODE = re.compile(r"\(\s*code\s*:\s*([`'\"])([^`'\"\s]+)\1\s*\)", re.IGNORECASE)
# Upper-case names the written module defines itself; no code's constant may take one.
RESERVED_NAMES = frozenset({"CATALOGUE"})


class ErrorCodesError(Exception):
    """The spec's error codes cannot be turned into a module (bad code, name collision, bad $ref)."""


def constant_name(code: str) -> str:
    """The module constant for a code: upper-cased, every character but [A-Za-z0-9] replaced by ``_``."""
    name = re.sub(r"[^A-Za-z0-9]", "_", code).upper()
    if not name or name[0].isdigit() or not name.isidentifier():
        raise ErrorCodesError(f"error code {code!r} does not give a valid constant name ({name!r})")
    if name in RESERVED_NAMES:
        raise ErrorCodesError(f"error code {code!r} gives {name!r}, a name error_codes.py defines itself")
    return name


def _resolve(document: dict[str, Any], node: Any) -> Any:
    try:
        return openapi.resolve(document, node)
    except openapi.RefError as exc:
        raise ErrorCodesError(str(exc)) from None


def _header_codes(document: dict[str, Any], response: dict[str, Any]) -> Iterator[Any]:
    headers = response.get("headers") or {}
    for name, header in headers.items():
        if name.lower() != HEADER:
            continue
        header = _resolve(document, header) or {}
        schema = _resolve(document, header.get("schema")) or {}
        items = _resolve(document, schema.get("items")) or {}
        # OpenAPI 3 puts the enum on the schema (or its items for a list); Swagger 2 on the header.
        for holder in (schema, items, header):
            yield from holder.get("enum") or ()


def _response_codes(document: dict[str, Any], response: dict[str, Any], where: str) -> set[str]:
    codes: set[str] = set()
    for code in _header_codes(document, response):
        if not isinstance(code, str) or not code:
            raise ErrorCodesError(f"{where}: {HEADER} enum holds {code!r}, not an error code")
        codes.add(code)
    description = response.get("description")
    if isinstance(description, str):
        codes.update(match.group(2) for match in DESCRIPTION_CODE.finditer(description))
    return codes


def build_catalogue(document: dict[str, Any]) -> dict[str, dict[str, list[Any]]]:
    """Every error code the spec documents -> {"statuses": [int, ...], "operations": [name, ...]}, sorted.

    A response status that is not a number (``default``, ``4XX``) adds its operations but no status.
    """
    found: dict[str, tuple[set[int], set[str]]] = {}
    for operation in openapi.operations(document):
        path, method = operation.path, operation.method
        name = openapi.operation_name(operation.spec, path, method)
        for status, response in (operation.spec.get("responses") or {}).items():
            response = _resolve(document, response) or {}
            codes = _response_codes(document, response, f"{method.upper()} {path} {status}")
            for code in codes:
                statuses, operations = found.setdefault(code, (set(), set()))
                operations.add(name)
                if str(status).isdigit():
                    statuses.add(int(status))
    return {
        code: {"statuses": sorted(statuses), "operations": sorted(operations)}
        for code, (statuses, operations) in sorted(found.items())
    }


def constant_names(codes: list[str] | dict[str, Any]) -> dict[str, str]:
    """code -> constant name for every code; two codes with the same name raise ErrorCodesError."""
    names: dict[str, str] = {}
    taken: dict[str, str] = {}
    for code in sorted(codes):
        name = constant_name(code)
        if name in taken:
            raise ErrorCodesError(f"error codes {taken[name]!r} and {code!r} both give the constant {name}")
        taken[name] = code
        names[code] = name
    return names


def _literal(value: str) -> str:
    # JSON string escapes are valid Python escapes; ASCII-only keeps the file plain.
    return json.dumps(value, ensure_ascii=True)


def _tuple(values: list[int] | list[str], indent: str) -> list[str]:
    """A tuple argument laid out the way ruff format leaves it (one item inline, else one per line)."""
    items = [_literal(value) if isinstance(value, str) else str(value) for value in values]
    if len(items) == 1:
        return [f"({items[0]},)"]
    return ["(", *(f"{indent}    {item}," for item in items), f"{indent})"]


def _entry(name: str, info: dict[str, list[Any]]) -> list[str]:
    lines = [f"    {name}: ErrorCodeInfo("]
    for field in ("statuses", "operations"):
        values = info[field]
        if not values:
            lines.append(f"        {field}=(),")
            continue
        parts = _tuple(values, "        ")
        lines.append(f"        {field}={parts[0]}")
        lines += parts[1:]
        lines[-1] += ","
    lines.append("    ),")
    return lines


def render_module(document: dict[str, Any]) -> str:
    """The source of ece_client/error_codes.py for a spec (formatted as ruff format would leave it)."""
    catalogue = build_catalogue(document)
    names = constant_names(catalogue)
    version = (document.get("info") or {}).get("version")
    source = f"ECE {version} API spec" if isinstance(version, str) and version else "ECE API spec"
    source = re.sub(r"[^A-Za-z0-9 ._+-]", "", source)
    lines = [
        f'"""Error codes documented by the {source} (written by scripts/error_codes.py; do not edit).',
        "",
        "ECE sends them in the ``x-cloud-error-codes`` header and the error body's ``errors[].code``",
        "(``APIError.codes``). ``CATALOGUE`` maps each code to the HTTP statuses and the operations",
        "(module names under ``ece_client.api``) that document it; ``describe(code)`` looks one up.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import NamedTuple",
        "",
        "",
        "class ErrorCodeInfo(NamedTuple):",
        '    """Where the spec documents an error code."""',
        "",
        "    statuses: tuple[int, ...]",
        '    """HTTP statuses of the responses that list the code, ascending."""',
        "    operations: tuple[str, ...]",
        '    """Operations that can return the code (snake_case operationId = module under ece_client.api)."""',
        "",
        "",
    ]
    lines += [f"{names[code]} = {_literal(code)}" for code in catalogue]
    if catalogue:
        lines.append("")
    lines.append("CATALOGUE: dict[str, ErrorCodeInfo] = {")
    for code, info in catalogue.items():
        lines += _entry(names[code], info)
    lines += [
        "}",
        '"""Every documented error code -> where it is documented."""',
        "",
        "",
        "def describe(code: str) -> ErrorCodeInfo | None:",
        '    """Where the spec documents ``code``, or None if the spec does not list it."""',
        "    return CATALOGUE.get(code)",
        "",
        "",
        "__all__ = [",
        '    "CATALOGUE",',
        '    "ErrorCodeInfo",',
        '    "describe",',
    ]
    lines += [f'    "{names[code]}",' for code in catalogue]
    lines.append("]")
    return "\n".join(lines) + "\n"


def write_module(document: dict[str, Any], package_dir: Path) -> Path:
    """Write package_dir/error_codes.py for the spec and return its path."""
    target = Path(package_dir) / MODULE
    source = render_module(document)
    compile(source, str(target), "exec")  # a broken module fails here, not at import time
    target.write_text(source, encoding="utf-8", newline="\n")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the package's error_codes.py from the patched spec.")
    parser.add_argument("spec", type=Path, metavar="PATCHED_OPENAPI_JSON")
    parser.add_argument("package_dir", type=Path, metavar="PACKAGE_DIR")
    args = parser.parse_args(argv)
    spec, package_dir = args.spec, args.package_dir
    if not package_dir.is_dir():
        print(f"error_codes: error: {package_dir} is not a directory", file=sys.stderr)
        return 1
    try:
        document = json.loads(spec.read_text(encoding="utf-8"))
        target = write_module(document, package_dir)
    except (OSError, ValueError, ErrorCodesError) as exc:
        print(f"error_codes: error: {exc}", file=sys.stderr)
        return 1
    print(f"error_codes: {len(build_catalogue(document))} codes -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
