"""Shared fixtures of every suite.

- ``local_server``: a real HTTP server on 127.0.0.1 that answers from a script (support.servers);
- ``fake_ece`` (alias ``fake``): the fake ECE (support.fake_ece: ece_client.testing's FakeECE with
  recorded bodies); ``ece`` / ``async_ece``: a sync / asyncio client of it, from the plugin
  ece_client.testing.pytest_plugin (``ece`` is always a client);
- ``fast_retries``: the client's retry backoff made instant;
- ``converted_spec``: the pinned spec converted to OpenAPI 3, built once per session (read-only);
- an autouse fixture that hides the shell's ecctl settings (``EC_*``) and ``ECE_CLIENT_LOG``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def no_ecctl_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests do not see an ecctl user's EC_USER, EC_PASS, EC_HOST, EC_API_KEY, ... nor ECE_CLIENT_LOG."""
    for name in list(os.environ):
        if name.startswith("EC_") or name == "ECE_CLIENT_LOG":
            monkeypatch.delenv(name)


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
def fake_ece() -> Iterator[Any]:
    """The fake ECE (ece_client.testing's, with recorded bodies: support.fake_ece), serving on
    127.0.0.1; the plugin's ``ece`` and ``async_ece`` fixtures are its clients."""
    from support.fake_ece import FakeECE

    with FakeECE() as fake:
        yield fake


@pytest.fixture
def fake(fake_ece: Any) -> Any:
    """Short name of ``fake_ece``."""
    return fake_ece


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries without the exponential backoff's waits (Retry-After is still honoured)."""
    monkeypatch.setattr("ece_client._retry.backoff", lambda attempt: 0.0)


@pytest.fixture(scope="session")
def converted_spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The pinned spec converted to OpenAPI 3, pulled from the mirror once per session.

    Shared by every test that asks for it: read it, or deep-copy it before changing it.
    """
    import convert_spec
    import pull_spec
    from support.paths import SPECS

    folder = tmp_path_factory.mktemp("converted")
    _, data = pull_spec.pull(mirror=SPECS)
    (folder / "swagger.json").write_bytes(data)
    return convert_spec.convert(folder / "swagger.json", folder / "openapi.json")


@pytest.fixture
def anyio_backend():
    return "asyncio"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to test an installed copy: `ece_client` must be the source trees (`make install`), unless
    the run tests a release's wheel on purpose (scripts/release_matrix.py sets ECE_TEST_WHEEL=1)."""
    if os.environ.get("ECE_TEST_WHEEL") == "1":
        return
    import ece_client
    from support.paths import ROOT

    trees = [ROOT / "overrides" / "ece_client", ROOT / "generated" / "ece_client"]
    if sorted(map(str, trees)) != sorted(str(Path(folder).resolve()) for folder in ece_client.__path__):
        raise pytest.UsageError(
            f"ece_client is imported from {list(ece_client.__path__)}, not from generated/ and overrides/: "
            "run `make install` (the development install)"
        )
    from ece_client import _model

    source = ROOT / "overrides" / "ece_client" / "_speedups.c"
    compiled = _model._speedups
    if os.environ.get("ECE_CLIENT_NO_EXTENSIONS", "") in ("", "0") and (
        compiled is None or Path(compiled.__file__).stat().st_mtime < source.stat().st_mtime
    ):
        raise pytest.UsageError(
            "the compiled getters (ece_client._speedups) are missing or older than their source: run `make install`"
            " (or test the pure-Python getters alone with ECE_CLIENT_NO_EXTENSIONS=1)"
        )


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """End the output with the counts of the contract and robustness checks that ran, and one line per
    topic of details (every detail with ``-v`` or ``ECE_TEST_DETAILS=1``)."""
    from support.stats import DETAILS, STATS

    verbose = config.getoption("verbose") > 0 or os.environ.get("ECE_TEST_DETAILS", "") not in ("", "0")
    for topic, lines in sorted(DETAILS.items()):
        if verbose:
            for line in lines:
                terminalreporter.write_line(f"{topic} {line}")
        else:
            terminalreporter.write_line(f"{topic}: {len(lines)} (pytest -v or ECE_TEST_DETAILS=1 lists them)")
    if STATS:
        counts = ", ".join(f"{value} {name}" for name, value in sorted(STATS.items()))
        terminalreporter.write_line(f"contract summary: {counts}")
