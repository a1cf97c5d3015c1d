"""The ECE releases the SDK is built for, the SDK version of each, and where each one's build lives.

One place for what the dist build, the release matrix, the API changelog and the compatibility
table all need, so that they agree with each other and with the Makefile:

- the releases are those of spec/lock.json, oldest first; `pinned` is the one generated/ holds;
- the SDK revision is the last part of pyproject.toml's version, whose other parts must be the
  pinned release (3.8.0.0 = ECE 3.8.0, revision 0); every release's SDK is `<release>.<revision>`;
- the pinned release is built in build/<release>/ with its package in generated/ (committed),
  any other in build/releases/<release>/ with its package in build/releases/<release>/generated/.

    python scripts/releases.py list             # the releases, oldest first
    python scripts/releases.py version 3.7.0    # the SDK version built for a release: 3.7.0.0
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "spec" / "lock.json"
PYPROJECT = ROOT / "pyproject.toml"


class ReleaseError(Exception):
    """The lock, pyproject.toml and the requested release do not fit together."""


def key(release: str) -> tuple[int, ...]:
    """Sort key of a release: 2.13.0 before 3.0.0."""
    return tuple(int(part) for part in release.split("."))


def _lock() -> dict:
    return json.loads(LOCK.read_text())


def releases() -> list[str]:
    """Every release in the spec lock, oldest first."""
    return sorted(_lock()["releases"], key=key)


def pinned() -> str:
    """The default release: the one the committed generated/ holds."""
    return _lock()["pinned"]


def check(release: str) -> str:
    if release not in releases():
        raise ReleaseError(f"ECE release {release!r} is not in spec/lock.json (known: {', '.join(releases())})")
    return release


def project_version(pyproject: Path = PYPROJECT) -> str:
    return tomllib.loads(pyproject.read_text())["project"]["version"]


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


def sdk_version(release: str) -> str:
    """The version of the SDK built for a release: `<release>.<revision>`."""
    return f"{check(release)}.{revision()}"


def work_dir(release: str) -> Path:
    """Where the pipeline writes a release's specs (the Makefile's WORK)."""
    check(release)
    return ROOT / "build" / release if release == pinned() else ROOT / "build" / "releases" / release


def patched_spec(release: str) -> Path:
    """The patched OpenAPI 3.0 spec a release's SDK is generated from."""
    return work_dir(release) / "openapi.patched.json"


def generated_root(release: str) -> Path:
    """The folder holding a release's generated ece_client package (the Makefile's GEN_ROOT)."""
    return ROOT / "generated" if release == pinned() else work_dir(release) / "generated"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        if args == ["list"]:
            print(" ".join(releases()))
        elif len(args) == 2 and args[0] == "version":
            print(sdk_version(args[1]))
        else:
            print("usage: releases.py list | version RELEASE", file=sys.stderr)
            return 2
    except ReleaseError as exc:
        print(f"releases: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
