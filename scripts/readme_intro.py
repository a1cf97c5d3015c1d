"""The opening of README.md, which names one ECE release: its operation count, SDK version and install line.

The text is templates/readme_intro.md (``$release``, ``$series``, ``$version``, ``$operations``,
``$oldest``, ``$newest``), between two marker comments in README.md. The repository's README
shows the pinned release; `build_dist` puts each release's own opening into the README of that
release's wheel and sdist (the description on the package index), and `make pin` rewrites the
repository's one for the new pin.

    python scripts/readme_intro.py --write   # README.md's opening for the pinned release
    python scripts/readme_intro.py --check   # exit 1 if it differs
"""

from __future__ import annotations

import argparse
import string
import sys

import releases

README = releases.ROOT / "README.md"
TEMPLATE = releases.ROOT / "templates" / "readme_intro.md"
START = "<!-- release-intro:start (templates/readme_intro.md, written by `make pin` and the dist build) -->"
END = "<!-- release-intro:end -->"


class IntroError(Exception):
    """README.md has no opening to replace."""


def render(release: str, version: str, operations: int) -> str:
    """The opening for one release."""
    known = releases.releases()
    values = {
        "release": release,
        "series": ".".join(release.split(".")[:2]),
        "version": version,
        "operations": str(operations),
        "oldest": known[0],
        "newest": known[-1],
    }
    return string.Template(TEMPLATE.read_text()).substitute(values).strip()


def with_intro(text: str, intro: str) -> str:
    """README text with the opening between the markers replaced."""
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        raise IntroError(f"README.md has no release opening between {START!r} and {END!r}")
    return f"{text[: start + len(START)]}\n{intro}\n{text[end:]}"


def pinned_intro() -> str:
    """The opening for the pinned release, from its generated package."""
    import compat_table

    release = releases.pinned()
    operations = compat_table.count_operations(releases.generated_root(release) / "ece_client")
    return render(release, releases.sdk_version(release), operations)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    try:
        text = README.read_text()
        wanted = with_intro(text, pinned_intro())
        if args.write:
            README.write_text(wanted)
        elif wanted != text:
            print("readme_intro: README.md's opening differs from the pinned release's", file=sys.stderr)
            return 1
    except (IntroError, releases.ReleaseError) as exc:
        print(f"readme_intro: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
