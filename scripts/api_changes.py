"""docs/api-changes/: the API changelog of each consecutive pair of ECE releases, kept like generated/.

One file per pair (`3.7.0-to-3.8.0.md`, from scripts/api_diff.py over the two releases' patched
specs) and an index (README.md) listing them with their counts. `write` rewrites the folder;
`check` fails if it differs from what the specs give now (a spec, a patch or the diff changed),
as `make check-generated` does for generated/.

    python scripts/api_changes.py write    # make api-changes (after every release's patch step)
    python scripts/api_changes.py check    # make check-api-changes
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import api_diff
import releases

DOCS = releases.ROOT / "docs" / "api-changes"


def pairs() -> list[tuple[str, str]]:
    """Consecutive releases, oldest first."""
    ordered = releases.releases()
    return list(zip(ordered, ordered[1:], strict=False))


def expected_files() -> dict[str, str]:
    """File name -> content of every file the folder must hold."""
    specs = {}
    for release in releases.releases():
        path = releases.patched_spec(release)
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: run `make api-changes` (it patches every release's spec)")
        specs[release] = json.loads(path.read_text())
    files = {}
    index = [
        "# API changes between ECE releases",
        "",
        "What changed for a user of ece-client from each ECE release to the next, generated from the",
        "releases' patched specs by `make api-changes` (checked by `make check-api-changes`; do not edit).",
        "`make api-diff FROM=<release> TO=<release>` prints the changes between any two releases.",
        "",
        "| from | to | changes | breaking |",
        "|---|---|---|---|",
    ]
    for old, new in reversed(pairs()):
        changes = api_diff.diff(specs[old], specs[new])
        name = f"{old}-to-{new}.md"
        files[name] = api_diff.render(changes, old, new)
        breaking = sum(change.breaking for change in changes)
        index.append(f"| {old} | [{new}]({name}) | {len(changes)} | {breaking} |")
    files["README.md"] = "\n".join(index) + "\n"
    return files


def write(folder: Path = DOCS) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    files = expected_files()
    for stale in folder.glob("*.md"):
        if stale.name not in files:
            stale.unlink()
    for name, content in files.items():
        (folder / name).write_text(content)
    return sorted(files)


def drift(folder: Path = DOCS) -> list[str]:
    """Files of the folder that are missing, stale or different from what the specs give."""
    files = expected_files()
    present = {path.name for path in folder.glob("*.md")} if folder.is_dir() else set()
    problems = [f"{name}: missing" for name in sorted(set(files) - present)]
    problems += [f"{name}: not a generated file (stale?)" for name in sorted(present - set(files))]
    problems += [
        f"{name}: differs" for name in sorted(present & set(files)) if (folder / name).read_text() != files[name]
    ]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write or check docs/api-changes/ (one file per pair of releases).")
    parser.add_argument("action", choices=["write", "check"], help="rewrite the files, or fail if they differ")
    args = parser.parse_args(argv)
    try:
        if args.action == "write":
            names = write()
            print(f"api_changes: {len(names)} files written to {DOCS.relative_to(releases.ROOT)}/")
            return 0
        problems = drift()
    except (OSError, ValueError) as exc:
        print(f"api_changes: error: {exc}", file=sys.stderr)
        return 1
    if problems:
        print(
            "api_changes: docs/api-changes/ differs from the specs (run `make api-changes` and commit):",
            file=sys.stderr,
        )
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print("api_changes: docs/api-changes/ is exactly what the specs give")
    return 0


if __name__ == "__main__":
    sys.exit(main())
