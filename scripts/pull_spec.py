"""Pull step: fetch the pinned ECE Swagger 2.0 spec, check its sha256 and write it out.

Sources are tried in order: a local mirror directory (laid out like ``../shared/specs``;
``SPEC_MIRROR`` names another one), then the release's URL from ``spec/lock.json`` (http, https
or file). Every failure names what was tried, so a broken mirror or a moved upstream is obvious
from one line. A release missing from the mirror (one just pinned) comes from its URL.

`pin` records a release's URL and sha256, makes it the default, and brings what names the pinned
release along: pyproject.toml's version (`<release>.<SDK revision>`, the revision kept so that no
build's version goes backwards), README.md's opening and its compatibility-table row.

    python scripts/pull_spec.py [--release 3.8.0] [--mirror DIR] [--out spec/swagger.json]
    python scripts/pull_spec.py pin --release 3.9.0 --url URL   # add or move a pin
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import openapi
import releases

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "spec" / "lock.json"
DEFAULT_MIRROR = ROOT.parent / "shared" / "specs"
TIMEOUT_SECONDS = 30


class _FromEnvironment:
    """The default mirror: ``SPEC_MIRROR`` if set, else ../shared/specs, read at each call."""

    def resolve(self) -> Path:
        return Path(os.environ.get("SPEC_MIRROR") or DEFAULT_MIRROR)


MIRROR_FROM_ENVIRONMENT = _FromEnvironment()


class SpecError(Exception):
    """The spec could not be had, or is not the document the lock promises."""


def load_lock(lock_path: Path = LOCK) -> dict[str, Any]:
    try:
        lock: dict[str, Any] = json.loads(lock_path.read_text())
        return lock
    except (OSError, ValueError) as exc:
        raise SpecError(f"cannot read the spec lock {lock_path}: {exc}") from exc


def release_entry(lock: dict[str, Any], release: str | None) -> tuple[str, dict[str, Any]]:
    release = release or lock["pinned"]
    try:
        return release, lock["releases"][release]
    except KeyError:
        known = ", ".join(lock["releases"])
        raise SpecError(f"ECE release {release!r} is not in the spec lock (known: {known})") from None


def fetch_url(url: str) -> bytes:
    """Read a URL (http, https or file); raise SpecError naming the URL on any failure."""
    if not url.startswith(("http://", "https://", "file://")):
        raise SpecError(f"{url}: unsupported URL scheme (use http, https or file)")
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - scheme checked above
            data: bytes = response.read()
            return data
    except urllib.error.HTTPError as exc:
        raise SpecError(f"{url}: HTTP error {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SpecError(f"{url}: unreachable ({reason})") from exc


def parse_swagger(data: bytes, origin: str) -> dict[str, Any]:
    """Check that data is a Swagger 2.0 JSON document; return it parsed."""
    try:
        document = json.loads(data)
    except ValueError as exc:
        preview = data[:60].decode("utf-8", "replace")
        raise SpecError(f"{origin}: not JSON ({exc}); it starts with {preview!r}") from exc
    if not isinstance(document, dict) or document.get("swagger") != "2.0" or "paths" not in document:
        raise SpecError(f"{origin}: JSON, but not a Swagger 2.0 document (no 'swagger: \"2.0\"' and 'paths')")
    return document


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pull(
    release: str | None = None,
    mirror: Path | _FromEnvironment | None = MIRROR_FROM_ENVIRONMENT,
    lock_path: Path = LOCK,
) -> tuple[str, bytes]:
    """Return (release, spec bytes) from the first source that has the locked spec.

    ``mirror``: a directory laid out like ../shared/specs, None for none; by default ``SPEC_MIRROR``
    or ../shared/specs."""
    if isinstance(mirror, _FromEnvironment):
        mirror = mirror.resolve()
    release, entry = release_entry(load_lock(lock_path), release)
    tried: list[str] = []
    sources: list[tuple[str, Path | str]] = []
    if mirror is not None:
        sources.append((str(mirror / entry["file"]), mirror / entry["file"]))
    sources.append((entry["url"], entry["url"]))
    for origin, source in sources:
        try:
            if isinstance(source, Path):
                if not source.is_file():
                    tried.append(f"{origin}: no such file")
                    continue
                data = source.read_bytes()
            else:
                data = fetch_url(source)
            parse_swagger(data, origin)
        except (SpecError, OSError) as exc:
            tried.append(str(exc))
            continue
        actual = sha256(data)
        if actual != entry["sha256"]:
            raise SpecError(
                f"{origin}: sha256 mismatch for ECE {release}: expected {entry['sha256']}, got {actual}. "
                "The source changed, or the lock is wrong; nothing was written."
            )
        return release, data
    raise SpecError(f"no source has the ECE {release} spec; tried:\n  " + "\n  ".join(tried))


def pin(release: str, url: str, lock_path: Path = LOCK, make_default: bool = True) -> dict[str, Any]:
    """Record a release's URL and the sha256 of what it serves now; optionally make it the default pin."""
    if not re.fullmatch(r"\d+\.\d+\.\d+", release or ""):
        raise SpecError(f"an ECE release is three numbers, like 3.9.0; got {release!r}")
    data = fetch_url(url)
    document = parse_swagger(data, url)
    lock = load_lock(lock_path)
    lock["releases"][release] = {
        "file": f"ece-{release}/swagger.json",
        "sha256": sha256(data),
        "url": url,
        "upstream_commit": lock["releases"].get(release, {}).get("upstream_commit", ""),
    }
    lock["releases"] = dict(sorted(lock["releases"].items(), key=lambda kv: [int(p) for p in kv[0].split(".")]))
    if make_default:
        lock["pinned"] = release
    lock_path.write_text(json.dumps(lock, indent=2) + "\n")
    return {"release": release, "sha256": lock["releases"][release]["sha256"], "operations": count_operations(document)}


def follow_the_pin(release: str, version: str, operations: int) -> None:
    """pyproject.toml's version, README.md's opening and table row, for a newly pinned release."""
    import compat_table
    import readme_intro

    releases.PYPROJECT.write_text(releases.set_version(releases.PYPROJECT.read_text(), version))
    text = readme_intro.with_intro(readme_intro.README.read_text(), readme_intro.render(release, version, operations))
    rows = [row for row in compat_table.readme_rows(text) if row.release != release]
    rows.append(compat_table.Row(release, version, operations))
    readme_intro.README.write_text(compat_table.with_table(text, compat_table.render(rows)))


def count_operations(document: dict[str, Any]) -> int:
    """How many operations the document has."""
    return sum(1 for _ in openapi.operations(document))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", choices=["pull", "pin"], default="pull")
    parser.add_argument("--release", default=os.environ.get("ECE_VERSION") or None)
    parser.add_argument("--mirror", help="default: SPEC_MIRROR, else ../shared/specs")
    parser.add_argument("--out", default=str(ROOT / "spec" / "swagger.json"))
    parser.add_argument("--url", help="with pin: where the new release's spec is served")
    args = parser.parse_args(argv)
    try:
        if args.command == "pin":
            if not (args.release and args.url):
                parser.error("pin needs --release and --url")
            revision = releases.revision()  # read before the pin moves: the new pin keeps it
            result = pin(args.release, args.url)
            follow_the_pin(args.release, f"{args.release}.{revision}", result["operations"])
            print(f"pinned ECE {result['release']}: sha256 {result['sha256']}, {result['operations']} operations")
            return 0
        release, data = pull(args.release, Path(args.mirror) if args.mirror else MIRROR_FROM_ENVIRONMENT)
    except (SpecError, releases.ReleaseError) as exc:
        print(f"pull_spec: error: {exc}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(out)
    print(f"pull_spec: ECE {release} spec ({len(data)} bytes, sha256 ok) -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
