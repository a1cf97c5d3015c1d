"""A release's spec as the pipeline makes it, for tests that compare releases."""

from __future__ import annotations

import json
from pathlib import Path

import convert_spec
import patch_spec
import pull_spec
import releases

from support.paths import SPECS

PINNED = releases.pinned()


def patched(release: str, folder: Path) -> dict:
    """A release's spec pulled from the mirror, converted and patched, as `make patch` makes it."""
    _, data = pull_spec.pull(release, SPECS)
    (folder / "swagger.json").write_bytes(data)
    document = convert_spec.convert(folder / "swagger.json", folder / "openapi.json")
    result = patch_spec.apply_patches(document, patch_spec.load_patches(), release)
    (folder / "openapi.patched.json").write_text(json.dumps(result))
    return result
