"""Generate step: run openapi-python-client (pinned) with our templates, then format with ruff.

    python scripts/generate.py build/openapi.patched.json generated

writes the package to generated/ece_client. The generator runs with --fail-on-warning: a spec
construct it cannot turn into code stops the build instead of silently dropping an operation.
Formatting uses explicit ruff settings, so the output is the same wherever it is written
(that is what `make check-generated` relies on).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from error_codes import ErrorCodesError, write_module

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "ece_client"
BIN = Path(sys.executable).parent
RUFF_SETTINGS = ["--isolated", "--line-length", "120", "--target-version", "py311"]


SECTION = re.compile(r"^# ---- (\w+\.py) ----$", re.MULTILINE)
"""A line of a rendered template that starts another module (templates/endpoint_init.py.jinja)."""


class GenerateError(Exception):
    """The generator or the formatter failed."""


def _run(command: list[str], what: str, cwd: Path | None = None) -> str:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    completed = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd, env=env)
    output = completed.stdout + completed.stderr
    if completed.returncode != 0:
        raise GenerateError(f"{what} failed (exit {completed.returncode}):\n{output.strip()}")
    return output


def generate(openapi: Path, output_root: Path) -> Path:
    """Generate the package from a patched OpenAPI 3.0 file into output_root/ece_client."""
    output_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=output_root, prefix=".gen-") as scratch:
        staged = Path(scratch) / PACKAGE
        output = _run(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                "--path",
                str(openapi),
                "--meta",
                "none",
                "--output-path",
                str(staged),
                "--config",
                str(ROOT / "generator-config.yaml"),
                "--custom-template-path",
                str(ROOT / "templates"),
                "--fail-on-warning",
            ],
            "openapi-python-client",
        )
        if "Warning" in output or "Error" in output:
            raise GenerateError(f"openapi-python-client reported problems:\n{output.strip()}")
        # The generator always writes client.py, its own attrs-based HTTP client; nothing here uses it
        # (ECE/AsyncECE send the requests that each endpoint module's build_request makes).
        (staged / "client.py").unlink(missing_ok=True)
        for pattern in ("api/__init__.py", "api/*/__init__.py", "models/__init__.py"):  # modules with sections
            for init in staged.glob(pattern):
                split_sections(init)
        write_module(json.loads(openapi.read_text()), staged)
        format_tree(staged)
        target = output_root / PACKAGE
        if target.exists():
            shutil.rmtree(target)
        staged.rename(target)
    return target


def split_sections(module: Path) -> None:
    """Write each ``# ---- <name>.py ----`` section of a generated module to its own module beside it: a
    template renders one file, and a sync client should not load the async group's code (nor a run of
    ece-client the models' imports that only type checkers read)."""
    parts = SECTION.split(module.read_text())
    module.write_text(parts[0].rstrip() + "\n")
    for name, text in zip(parts[1::2], parts[2::2], strict=True):
        (module.parent / name).write_text(text.strip() + "\n")


def format_tree(path: Path) -> None:
    """Format step: sort imports, drop unused ones, and apply ruff's formatter."""
    ruff = str(BIN / "ruff")
    _run(
        [ruff, "check", *RUFF_SETTINGS, "--select", "I,F401", "--fix-only", "--exit-zero", "--quiet", str(path)],
        "ruff check --fix",
    )
    _run([ruff, "format", *RUFF_SETTINGS, "--quiet", str(path)], "ruff format")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate OUTPUT_ROOT/ece_client from a patched spec.")
    parser.add_argument("openapi", type=Path, metavar="OPENAPI_JSON")
    parser.add_argument("output_root", type=Path, metavar="OUTPUT_ROOT")
    args = parser.parse_args(argv)
    try:
        target = generate(args.openapi.resolve(), args.output_root.resolve())
    except (GenerateError, ErrorCodesError) as exc:
        print(f"generate: error: {exc}", file=sys.stderr)
        return 1
    modules = sum(1 for _ in target.rglob("*.py"))
    print(f"generate: {modules} modules -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
