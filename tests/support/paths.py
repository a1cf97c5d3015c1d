"""Where the project and the shared material live (each overridable by an environment variable)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("ECE_SHARED_DIR", ROOT.parent / "shared"))
RECORDED = Path(os.environ.get("ECE_RECORDED_DIR", SHARED / "recorded"))
SPECS = Path(os.environ.get("SPEC_MIRROR", SHARED / "specs"))
