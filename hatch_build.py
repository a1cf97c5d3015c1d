"""Wheel build hook: compile the model getters' fast paths (overrides/ece_client/_speedups.c).

The extension is optional: reads behave the same without it, only slower (docs/benchmarks.md).
Where it compiles, the wheel ships it and is tagged for this interpreter and platform; where it
cannot (no C compiler, no Python headers), the build says so and makes a pure-Python wheel.
ECE_CLIENT_NO_EXTENSIONS=1 at build time skips it. `make install` builds it in place the same way.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("overrides") / "ece_client" / "_speedups.c"
WARNINGS = ("-Wall", "-Wextra", "-Wno-unused-parameter", "-Wno-missing-field-initializers")


def extension_name() -> str:
    """The file name this interpreter imports ``ece_client._speedups`` from."""
    return "_speedups" + str(sysconfig.get_config_var("EXT_SUFFIX"))


def compile_speedups(root: Path, output: Path, strict: bool = False) -> None:
    """Compile root/SOURCE into the file `output`, the way this interpreter builds extensions (the
    LDSHARED environment variable overrides its compile-and-link command, as in setuptools);
    `strict` (development) makes a compiler warning an error.

    Raises CalledProcessError (with the compiler's output) or OSError (no compiler)."""
    link = shlex.split(os.environ.get("LDSHARED") or str(sysconfig.get_config_var("LDSHARED") or "cc -shared"))
    flags = shlex.split(str(sysconfig.get_config_var("CCSHARED") or "")) + ["-O2", "-std=c11", *WARNINGS]
    if strict:
        flags.append("-Werror")
    command = [*link, *flags, f"-I{sysconfig.get_paths()['include']}", str(root / SOURCE), "-o", str(output)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def extensions_disabled() -> bool:
    return os.environ.get("ECE_CLIENT_NO_EXTENSIONS", "") not in ("", "0")


class SpeedupsBuildHook(BuildHookInterface[Any]):
    """Adds the compiled getters to the wheel, or leaves the wheel pure Python if they cannot be built."""

    PLUGIN_NAME = "custom"
    _folder: Path | None = None  # where the extension is compiled, removed once the wheel holds it

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or extensions_disabled():
            return
        folder = self._folder = Path(tempfile.mkdtemp(prefix="ece-client-speedups-"))
        output = folder / extension_name()
        try:
            compile_speedups(Path(self.root), output)
        except (OSError, subprocess.CalledProcessError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            print(
                f"ece-client: the compiled getters were not built; the wheel is pure Python.\n{detail}", file=sys.stderr
            )
            return
        build_data["force_include"][str(output)] = f"ece_client/{output.name}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
