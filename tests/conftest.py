"""Shared fixtures: a real HTTP server on 127.0.0.1, the anyio backend, and the contract summary."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def local_server():
    """A threaded HTTP server on 127.0.0.1 that answers from a script and records each request."""
    from support.servers import ScriptedServer

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
    from support.stats import NOTES, STATS

    for note in NOTES:
        terminalreporter.write_line(note)
    if STATS:
        counts = ", ".join(f"{value} {name}" for name, value in sorted(STATS.items()))
        terminalreporter.write_line(f"contract summary: {counts}")


def pytest_sessionstart(session):
    """Refuse to test an installed copy: `ece_client` must be the source trees (`make install`)."""
    import ece_client
    from support.paths import ROOT

    trees = [ROOT / "overrides" / "ece_client", ROOT / "generated" / "ece_client"]
    if sorted(map(str, trees)) != sorted(str(Path(folder).resolve()) for folder in ece_client.__path__):
        raise pytest.UsageError(
            f"ece_client is imported from {list(ece_client.__path__)}, not from generated/ and overrides/: "
            "run `make install` (the development install)"
        )
