"""Convert step: Swagger 2.0 -> OpenAPI 3.0 with swagger2openapi (npm, pinned in package.json).

swagger2openapi is the established converter; it runs in patch mode (-p) so that the spec's
small validity defects do not stop it. Its output is checked before it is written: a wrong
input or a failed conversion ends with a ConvertError naming the file, never a half-written spec.
swagger2openapi drops a property's `description` written beside a `$ref`; restore_ref_descriptions
puts it back there (as OpenAPI 3.1 allows; tools that follow the `$ref` ignore it), where the model
template reads it for the field's docstring.

    python scripts/convert_spec.py spec/swagger.json build/openapi.json
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CONVERTER = ROOT / "node_modules" / ".bin" / "swagger2openapi"


class ConvertError(Exception):
    """The Swagger 2.0 document could not be converted."""


def convert(source: Path, destination: Path, converter: Path = CONVERTER) -> dict[str, Any]:
    """Convert source (Swagger 2.0 JSON) to destination (OpenAPI 3.0 JSON); return the result."""
    try:
        document = json.loads(source.read_text())
    except (OSError, ValueError) as exc:
        raise ConvertError(f"{source}: cannot read a JSON document ({exc})") from exc
    if not isinstance(document, dict) or document.get("swagger") != "2.0":
        raise ConvertError(f"{source}: not a Swagger 2.0 document")
    if not converter.exists():
        raise ConvertError(f"{converter} is missing: run `npm ci` (make does) to install the pinned converter")
    completed = subprocess.run(
        [str(converter), "--patch", "--yaml=false", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise ConvertError(
            f"swagger2openapi failed on {source}: {completed.stderr.strip() or completed.stdout.strip()}"
        )
    try:
        result = json.loads(completed.stdout)
    except ValueError as exc:
        raise ConvertError(f"swagger2openapi wrote something that is not JSON for {source}") from exc
    if not isinstance(result, dict) or not str(result.get("openapi", "")).startswith("3.0"):
        raise ConvertError(f"swagger2openapi did not produce an OpenAPI 3.0 document from {source}")
    restore_ref_descriptions(document, result)
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return result


def restore_ref_descriptions(swagger: dict[str, Any], openapi: dict[str, Any]) -> int:
    """Copy each definition property's description beside its `$ref` back into openapi; return how many."""
    schemas = openapi.get("components", {}).get("schemas", {})
    restored = 0
    for name, definition in (swagger.get("definitions") or {}).items():
        for field, source in ((definition or {}).get("properties") or {}).items():
            target = schemas.get(name, {}).get("properties", {}).get(field)
            if "$ref" in source and source.get("description") and isinstance(target, dict) and "$ref" in target:
                target["description"] = source["description"]
                restored += 1
    return restored


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Convert a Swagger 2.0 spec to OpenAPI 3.0 (swagger2openapi).")
    parser.add_argument("source", type=Path, metavar="SWAGGER_JSON")
    parser.add_argument("destination", type=Path, metavar="OPENAPI_JSON")
    args = parser.parse_args(argv)
    try:
        result = convert(args.source, args.destination)
    except ConvertError as exc:
        print(f"convert_spec: error: {exc}", file=sys.stderr)
        return 1
    paths = len(result["paths"])
    print(f"convert_spec: {args.source} -> {args.destination} (OpenAPI {result['openapi']}, {paths} paths)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
