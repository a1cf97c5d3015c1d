"""Shared fixtures: where the shared material lives, and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ECE_SHARED_DIR", ROOT.parent / "shared"))
RECORDED = Path(os.environ.get("ECE_RECORDED_DIR", SHARED / "recorded"))
SPECS = Path(os.environ.get("SPEC_MIRROR", SHARED / "specs"))

sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def local_server():
    """A threaded HTTP server on 127.0.0.1 that answers from a script and records each request."""
    from servers import ScriptedServer

    server = ScriptedServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def anyio_backend():
    return "asyncio"


def pytest_terminal_summary(terminalreporter):
    """End the output with the counts of the contract and robustness checks that ran."""
    from stats import NOTES, STATS

    for note in NOTES:
        terminalreporter.write_line(note)
    if STATS:
        counts = ", ".join(f"{value} {name}" for name, value in sorted(STATS.items()))
        terminalreporter.write_line(f"contract summary: {counts}")
