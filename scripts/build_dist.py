"""Build the wheel and sdist of ece-client for one ECE release, versioned `<release>.<revision>`.

Every release, the pinned one included, is built the same way: a staging tree
`<release's work dir>/pkg` holds pyproject.toml (its version set to the release's SDK version),
README.md (its opening naming that release, its operation count and install line: the
description users see on the package index), CHANGELOG.md, hatch_build.py (it compiles the
model getters' fast paths into the wheel), overrides/ and the release's generated/ package, and
`python -m build --no-isolation` (the pinned hatchling of the virtualenv, no network) builds the
sdist and, from it, the wheel. The project root is never written to except the output folder.

The release's generated package must say it is that release (its ECE_VERSION, stamped from the
patched spec): a stale or foreign tree stops the build instead of shipping under a wrong version.

    python scripts/build_dist.py 3.7.0 [--outdir dist]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

import compat_table
import readme_intro
import releases

ROOT = releases.ROOT
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".gen-*", "*.so")  # the wheel compiles its own


class DistError(Exception):
    """The release's package cannot be built."""


def set_version(pyproject_text: str, version: str) -> str:
    """pyproject.toml's text with the [project] version replaced (it must be there exactly once)."""
    try:
        return releases.set_version(pyproject_text, version)
    except releases.ReleaseError as exc:
        raise DistError(str(exc)) from None


def generated_release(package: Path) -> str:
    """The ECE_VERSION a generated ece_client package declares."""
    init = package / "__init__.py"
    match = re.search(r'^ECE_VERSION = "([^"]+)"$', init.read_text(), re.MULTILINE) if init.is_file() else None
    if not match:
        raise DistError(f"{package} is not a generated ece_client package (no ECE_VERSION in __init__.py)")
    return match.group(1)


def stage(release: str, destination: Path) -> Path:
    """Lay out the package sources of a release in destination (emptied first); return it."""
    package = releases.generated_root(release) / "ece_client"
    if not package.is_dir():
        raise DistError(f"{package} does not exist: run `make generate ECE_VERSION={release}` first")
    declared = generated_release(package)
    if declared != release:
        raise DistError(f"{package} was generated for ECE {declared}, not {release}: regenerate it")
    if destination.exists():
        shutil.rmtree(destination)
    destination.mkdir(parents=True)
    pyproject = (ROOT / "pyproject.toml").read_text()
    (destination / "pyproject.toml").write_text(set_version(pyproject, releases.sdk_version(release)))
    intro = readme_intro.render(release, releases.sdk_version(release), compat_table.count_operations(package))
    (destination / "README.md").write_text(readme_intro.with_intro((ROOT / "README.md").read_text(), intro))
    shutil.copy2(ROOT / "CHANGELOG.md", destination / "CHANGELOG.md")
    shutil.copy2(ROOT / "hatch_build.py", destination / "hatch_build.py")
    shutil.copytree(ROOT / "overrides", destination / "overrides", ignore=IGNORED)
    shutil.copytree(package, destination / "generated" / "ece_client", ignore=IGNORED)
    return destination


def build(release: str, outdir: Path) -> list[Path]:
    """Build the sdist and wheel of a release into outdir; return their paths."""
    staged = stage(release, releases.work_dir(release) / "pkg")
    version = releases.sdk_version(release)
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob(f"ece_client-{version}[-.]*"):
        old.unlink()
    completed = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), str(staged)],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise DistError(f"python -m build failed for ECE {release}:\n{(completed.stdout + completed.stderr).strip()}")
    built = sorted(outdir.glob(f"ece_client-{version}[-.]*"))
    if len(built) != 2:
        raise DistError(f"expected a wheel and an sdist for ece-client {version} in {outdir}, found {built}")
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("release")
    parser.add_argument("--outdir", default=str(ROOT / "dist"))
    args = parser.parse_args(argv)
    try:
        built = build(args.release, Path(args.outdir).resolve())
    except (DistError, releases.ReleaseError, readme_intro.IntroError) as exc:
        print(f"build_dist: error: {exc}", file=sys.stderr)
        return 1
    for path in built:
        print(f"build_dist: ECE {args.release} -> {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
