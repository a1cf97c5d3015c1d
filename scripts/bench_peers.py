"""Peer libraries for `make bench`: models generated at bench time from ece-client's own patched spec.

    .venv/bin/python scripts/bench_peers.py build/3.8.0/openapi.patched.json build/bench/peers

Writes, under the output directory (a cache keyed by the spec's hash and the tools' versions):
- pydantic_models.py: pydantic v2 models (datamodel-code-generator)
- msgspec_models.py: msgspec Structs (datamodel-code-generator)
- stock/: the stock openapi-python-client package (its own templates, not ours), importable as `stock_ece`

Real ECE bodies break the spec (missing required fields, nulls), and these libraries reject
that, so they get a loosened copy of the spec: no `required` lists, every property nullable,
enums as plain strings (a newer ECE sends values older releases do not list). ece-client
parses the bodies with the spec as it is. Bench tools only (requirements-bench.txt).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

STOCK_PACKAGE = "stock_ece"
TOOLS = ("datamodel-code-generator", "openapi-python-client", "pydantic", "msgspec")


def loosen(node: Any) -> Any:
    """The spec with every schema tolerant of what real servers send."""
    if isinstance(node, list):
        return [loosen(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: loosen(value) for key, value in node.items() if key != "required" or not isinstance(value, list)}
    if "enum" in result and result.get("type") == "string":
        del result["enum"]
    properties = result.get("properties")
    if isinstance(properties, dict):
        for name, schema in properties.items():
            if "$ref" in schema:  # OpenAPI 3.0: nullable does not apply beside a $ref
                properties[name] = {"allOf": [{"$ref": schema["$ref"]}], "nullable": True}
            else:
                schema["nullable"] = True
    return result


def loosened_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Only the schemas matter to the models; the loosening applies to them alone."""
    loose = dict(spec)
    loose["components"] = {**spec["components"], "schemas": loosen(spec["components"]["schemas"])}
    return loose


def run(command: list[str], cwd: Path | None = None) -> None:
    completed = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} failed:\n{completed.stdout[-2000:]}{completed.stderr[-2000:]}")


def datamodel_codegen(spec_file: Path, output: Path, model_type: str) -> None:
    bindir = Path(sys.executable).parent
    run(
        [
            str(bindir / "datamodel-codegen"),
            "--input",
            str(spec_file),
            "--input-file-type",
            "openapi",
            "--output",
            str(output),
            "--output-model-type",
            model_type,
            "--target-python-version",
            "3.11",
            "--use-standard-collections",
            "--use-union-operator",
            "--disable-timestamp",
            "--use-schema-description",
            "--capitalise-enum-members",
            "--strict-nullable",
        ]
    )


def build(spec_path: Path, out: Path) -> Path:
    """Generate the peers into out (skipped when the cache matches); return out."""
    spec = json.loads(spec_path.read_text())
    key = hashlib.sha256(spec_path.read_bytes() + Path(__file__).read_bytes()).hexdigest()
    key += "".join(f" {tool}=={version(tool)}" for tool in TOOLS)
    stamp = out / "stamp"
    if stamp.exists() and stamp.read_text() == key:
        return out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    loose = out / "openapi.loose.json"
    loose.write_text(json.dumps(loosened_spec(spec)))
    datamodel_codegen(loose, out / "pydantic_models.py", "pydantic_v2.BaseModel")
    datamodel_codegen(loose, out / "msgspec_models.py", "msgspec.Struct")
    config = out / "stock-config.yaml"
    config.write_text(f"package_name_override: {STOCK_PACKAGE}\nproject_name_override: stock-ece\n")
    bindir = Path(sys.executable).parent
    run(
        [
            str(bindir / "openapi-python-client"),
            "generate",
            "--path",
            str(loose),
            "--meta",
            "none",
            "--config",
            str(config),
            "--output-path",
            str(out / "stock" / STOCK_PACKAGE),
        ]
    )
    stamp.write_text(key)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    print(build(Path(argv[0]), Path(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
