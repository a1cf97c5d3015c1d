"""The ECE releases the SDK is built for, the SDK version of each, and where each one's build lives.

One place for what the Makefile, the dist build, the release matrix, the API changelog and the
compatibility table all need, so that they agree with each other:

- the releases are those of spec/lock.json, oldest first; `pinned` is the one generated/ holds;
- the SDK revision is the last part of pyproject.toml's version, whose other parts must be the
  pinned release (3.8.0.0 = ECE 3.8.0, revision 0); every release's SDK is `<release>.<revision>`;
- the build layout (`Layout`): the pinned release's spec is spec/swagger.json, its pipeline
  files are in build/<release>/ and its package in generated/ (committed); any other release has
  all three in build/releases/<release>/; every release's wheel and sdist go to dist/.
  The Makefile asks `layout` for its WORK, SPEC_FILE, GEN_ROOT and DIST.

    python scripts/releases.py list             # the releases, oldest first
    python scripts/releases.py version 3.7.0    # the SDK version built for a release: 3.7.0.0
    python scripts/releases.py layout 3.7.0     # work dir, spec file, generated root, dist dir
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "spec" / "lock.json"
PYPROJECT = ROOT / "pyproject.toml"
DIST = ROOT / "dist"


class ReleaseError(Exception):
    """The lock, pyproject.toml and the requested release do not fit together."""


def key(release: str) -> tuple[int, ...]:
    """Sort key of a release: 2.13.0 before 3.0.0."""
    return tuple(int(part) for part in release.split("."))


def _lock() -> dict[str, Any]:
    lock: dict[str, Any] = json.loads(LOCK.read_text())
    return lock


def releases() -> list[str]:
    """Every release in the spec lock, oldest first."""
    return sorted(_lock()["releases"], key=key)


def pinned() -> str:
    """The default release: the one the committed generated/ holds."""
    return str(_lock()["pinned"])


def check(release: str) -> str:
    if release not in releases():
        raise ReleaseError(f"ECE release {release!r} is not in spec/lock.json (known: {', '.join(releases())})")
    return release


def project_version(pyproject: Path = PYPROJECT) -> str:
    return str(tomllib.loads(pyproject.read_text())["project"]["version"])


def revision(pyproject: Path = PYPROJECT) -> int:
    """The SDK revision: pyproject's version is `<pinned release>.<revision>`."""
    version, release = project_version(pyproject), pinned()
    match = re.fullmatch(re.escape(release) + r"\.(\d+)", version)
    if not match:
        raise ReleaseError(
            f"pyproject.toml's version {version!r} must be the pinned ECE release {release} plus an SDK revision "
            f"(e.g. {release}.0): update it with the pin"
        )
    return int(match.group(1))


def set_version(pyproject_text: str, version: str) -> str:
    """pyproject.toml's text with the [project] version replaced (it must be there exactly once)."""
    pattern = re.compile(r'^version = "[^"]*"$', re.MULTILINE)
    if len(pattern.findall(pyproject_text)) != 1:
        raise ReleaseError('pyproject.toml must have exactly one line `version = "..."` (the [project] version)')
    return pattern.sub(f'version = "{version}"', pyproject_text)


def sdk_version(release: str) -> str:
    """The version of the SDK built for a release: `<release>.<revision>`."""
    return f"{check(release)}.{revision()}"


@dataclass(frozen=True)
class Layout:
    """Where the pipeline puts one release's build (absolute paths)."""

    work: Path
    """The converted and patched specs (openapi.json, openapi.patched.json), the staging tree, logs."""
    spec: Path
    """The pulled Swagger 2.0 spec."""
    generated_root: Path
    """The folder holding the generated ece_client package."""
    dist: Path = DIST
    """Where the wheel and sdist go."""


def layout(release: str) -> Layout:
    """Where a release's build lives; a release need not be locked yet (``make pin`` asks first)."""
    if release == pinned():
        return Layout(ROOT / "build" / release, ROOT / "spec" / "swagger.json", ROOT / "generated")
    work = ROOT / "build" / "releases" / release
    return Layout(work, work / "swagger.json", work / "generated")


def work_dir(release: str) -> Path:
    """Where the pipeline writes a release's specs (the Makefile's WORK)."""
    return layout(check(release)).work


def patched_spec(release: str) -> Path:
    """The patched OpenAPI 3.0 spec a release's SDK is generated from."""
    return work_dir(release) / "openapi.patched.json"


def generated_root(release: str) -> Path:
    """The folder holding a release's generated ece_client package (the Makefile's GEN_ROOT)."""
    return layout(check(release)).generated_root


def wheel(release: str) -> Path:
    """The wheel `make dist ECE_VERSION=<release>` built: tagged for this interpreter and platform when
    it holds the compiled getters (hatch_build.py), py3-none-any when not; that name if none is built yet."""
    folder, version = layout(check(release)).dist, sdk_version(release)
    built = sorted(folder.glob(f"ece_client-{version}-*.whl"))  # build_dist leaves one per version
    return built[0] if built else folder / f"ece_client-{version}-py3-none-any.whl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Where each ECE release's build lives, and its SDK version.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="every release in spec/lock.json, oldest first")
    commands.add_parser("version", help="a release's SDK version").add_argument("release")
    commands.add_parser("layout", help="a release's work folder, spec, generated root and dist").add_argument("release")
    args = parser.parse_args(argv)
    try:
        if args.command == "list":
            print(" ".join(releases()))
        elif args.command == "version":
            print(sdk_version(args.release))
        else:
            where = layout(args.release)
            print(*(path.relative_to(ROOT) for path in (where.work, where.spec, where.generated_root, where.dist)))
    except ReleaseError as exc:
        print(f"releases: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
