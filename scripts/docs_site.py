"""Docs step: build the documentation site of one release with MkDocs (Material theme), strictly.

    python scripts/docs_site.py --release 3.8.0 --reference docs/reference --site build/site

mkdocs.yml holds the theme, the extensions and the guide's navigation. This script adds what
depends on the release: the reference pages (one per operation group, from docs_reference.py)
and the API changelogs, in a small config that INHERITs mkdocs.yml, and runs `mkdocs build
--strict`, so a broken link or anchor fails the build. The pinned release builds straight from
docs/; another release builds from a copy of docs/ with its own reference in place.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CONFIG = ROOT / "mkdocs.yml"
BIN = Path(sys.executable).parent


class SiteError(Exception):
    """The site cannot be built (missing reference, MkDocs failed)."""


def base_nav(config: Path = CONFIG) -> list[Any]:
    """The hand-written navigation of mkdocs.yml (the guide)."""
    yaml = YAML(typ="safe")
    yaml.constructor.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    return list((yaml.load(config.read_text()) or {}).get("nav") or [])


def release_nav(docs_dir: Path) -> list[Any]:
    """Navigation for the generated parts: API changes per release, and the reference."""
    changes = sorted(docs_dir.glob("api-changes/*-to-*.md"), key=lambda path: _release_key(path.stem.split("-to-")[1]))
    groups = sorted(docs_dir.glob("reference/api/*.md"))
    return [
        {
            "API changes": [
                {"Overview": "api-changes/README.md"},
                *({path.stem.replace("-to-", " → "): f"api-changes/{path.name}"} for path in reversed(changes)),
            ]
        },
        {
            "Reference": [
                {"All operations": "reference/index.md"},
                *({path.stem: f"reference/api/{path.name}"} for path in groups),
                {"Models": "reference/models/index.md"},
                {"Error codes": "reference/error-codes.md"},
            ]
        },
    ]


def _release_key(release: str) -> tuple[int, ...]:
    return tuple(int(part) for part in release.split(".") if part.isdigit())


def prepare_docs(release: str, reference: Path, work: Path) -> Path:
    """The docs folder to build: docs/ itself when it holds this reference, else a copy with it."""
    if not (reference / "index.md").exists():
        raise SiteError(f"{reference} has no reference pages: run scripts/docs_reference.py first")
    if reference.resolve() == (DOCS / "reference").resolve():
        return DOCS
    copy = work / "docs"
    if copy.exists():
        shutil.rmtree(copy)
    shutil.copytree(DOCS, copy, ignore=shutil.ignore_patterns("reference"))
    shutil.copytree(reference, copy / "reference")
    return copy


def build(release: str, reference: Path, site: Path, work: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    docs_dir = prepare_docs(release, reference, work)
    config = {
        "INHERIT": str(CONFIG),
        "site_name": f"ece-client for ECE {release}",
        "docs_dir": str(docs_dir.resolve()),
        "site_dir": str(site.resolve()),
        "nav": base_nav() + release_nav(docs_dir),
    }
    config_path = work / "mkdocs.yml"
    config_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n")
    completed = subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict", "--clean", "--config-file", str(config_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # Material's notice about a future MkDocs
    )
    if completed.returncode != 0:
        raise SiteError(f"mkdocs build failed:\n{(completed.stdout + completed.stderr).strip()}")
    return site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", required=True, help="the ECE release the reference was made for")
    parser.add_argument("--reference", type=Path, required=True, help="folder of docs_reference.py's pages")
    parser.add_argument("--site", type=Path, required=True, help="where the site is written")
    parser.add_argument("--work", type=Path, help="scratch folder (default: beside the site)")
    args = parser.parse_args(argv)
    work = args.work or args.site.parent / f"{args.site.name}-src"
    try:
        site = build(args.release, args.reference, args.site, work)
    except SiteError as exc:
        print(f"docs_site: error: {exc}", file=sys.stderr)
        return 1
    pages = sum(1 for _ in site.rglob("index.html"))
    print(f"docs_site: ECE {args.release}: {pages} pages -> {site}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
