"""Development install: make ``import ece_client`` load the source trees, generated/ and overrides/.

    python scripts/dev_install.py        # what `make install` runs

The wheel merges generated/ece_client and overrides/ece_client into one package. For development
this script installs, into the running interpreter's site-packages, a path-configuration file
that puts a small finder in front of the import system: it gives the ``ece_client`` package both
source folders as its ``__path__``. Nothing is copied, so an edit in overrides/, a new module
there or a regeneration is what the next ``python`` or ``pytest`` run imports; no stale copy can
shadow it. A ``dist-info`` folder records the files, so ``pip uninstall ece-client`` removes
them; any ece-client installed before (a wheel) is uninstalled first.

It also compiles the model getters' fast paths (overrides/ece_client/_speedups.c, with
hatch_build.py, as the wheel build does) next to their source; the file is git-ignored.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREES = (ROOT / "overrides" / "ece_client", ROOT / "generated" / "ece_client")
"""The folders of the package, hand-written layer first (no file is in both)."""
FINDER_MODULE = "_ece_client_dev"
PTH_FILE = "ece_client_dev.pth"

FINDER_SOURCE = '''"""Development install of ece-client (scripts/dev_install.py): ``ece_client`` is {trees}.

PYTEST_DONT_REWRITE: imported at startup (a .pth file), before pytest could rewrite it.
"""

import importlib.machinery
import sys

TREES = {trees!r}


class SourceTreesFinder:
    """Finds the ``ece_client`` package in the source trees, with all of them as its ``__path__``."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name != "ece_client":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, [tree.rsplit("/", 1)[0] for tree in TREES])
        if spec is None:
            return None
        spec.submodule_search_locations = list(TREES)
        return spec


if not any(getattr(finder, "__name__", "") == "SourceTreesFinder" for finder in sys.meta_path):
    sys.meta_path.insert(0, SourceTreesFinder)
'''


def project_version() -> str:
    """The [project] version of pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def overlapping_modules() -> list[str]:
    """Files that are in both trees (the wheel could not hold both): none is allowed."""
    overrides, generated = TREES
    return sorted(
        str(path.relative_to(overrides))
        for path in overrides.rglob("*.py")
        if (generated / path.relative_to(overrides)).exists()
    )


def entry_points() -> str:
    """The [project.entry-points] of pyproject.toml as an entry_points.txt (pytest finds its plugin there)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        groups = tomllib.load(file)["project"].get("entry-points", {})
    return "".join(
        f"[{group}]\n" + "".join(f"{name} = {target}\n" for name, target in points.items()) + "\n"
        for group, points in groups.items()
    )


def install(site_packages: Path) -> list[Path]:
    """Write the finder, the path-configuration file and the dist-info into site_packages."""
    version = project_version()
    finder = site_packages / f"{FINDER_MODULE}.py"
    finder.write_text(FINDER_SOURCE.format(trees=tuple(str(tree) for tree in TREES)))
    pth = site_packages / PTH_FILE
    pth.write_text(f"import {FINDER_MODULE}\n")
    info = site_packages / f"ece_client-{version}.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: ece-client\nVersion: {version}\n")
    (info / "INSTALLER").write_text("dev_install\n")
    (info / "entry_points.txt").write_text(entry_points())
    written = [finder, pth, info / "METADATA", info / "INSTALLER", info / "entry_points.txt", info / "RECORD"]
    record = "".join(f"{path.relative_to(site_packages)},,\n" for path in written)
    (info / "RECORD").write_text(record)
    return written


def build_speedups() -> str:
    """Compile the extension in place (warnings are errors here); what happened, for the summary line."""
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    output = TREES[0] / hook.extension_name()
    try:
        hook.compile_speedups(ROOT, output, strict=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        output.unlink(missing_ok=True)
        detail = getattr(exc, "stderr", "") or str(exc)
        print(f"dev_install: warning: the compiled getters were not built:\n{detail}", file=sys.stderr)
        return "pure-Python getters"
    return f"compiled getters in {output.relative_to(ROOT)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    overlap = overlapping_modules()
    if overlap:
        print(f"dev_install: error: in both generated/ and overrides/: {', '.join(overlap)}", file=sys.stderr)
        return 1
    subprocess.run(
        [sys.executable, "-m", "pip", "uninstall", "--yes", "--quiet", "--disable-pip-version-check", "ece-client"],
        check=False,
        capture_output=True,
    )
    site_packages = Path(sysconfig.get_paths()["purelib"])
    install(site_packages)
    built = build_speedups()
    trees = " + ".join(str(tree.relative_to(ROOT)) for tree in TREES)
    print(f"dev_install: ece_client = {trees} ({site_packages}); {built}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
