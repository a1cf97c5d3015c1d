"""Run the Prism mock server (pinned in package.json) on 127.0.0.1 from the pinned ECE spec.

Prism serves paths as the spec writes them and ignores a relative server URL, so the spec it
gets has every path under /api/v1, as ECE serves them. It runs in validating mode (--errors):
a request that breaks the spec gets a 422 naming each violation.
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
from pathlib import Path

from support.paths import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 90


def prism_spec(converted: dict, destination: Path) -> Path:
    served = dict(converted, paths={f"/api/v1{path}": item for path, item in converted["paths"].items()})
    destination.write_text(json.dumps(served))
    return destination


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrismServer:
    def __init__(self, spec_file: Path, log_file: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log_file.open("w")
        self._process = subprocess.Popen(
            [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(self.port), "--errors", str(spec_file)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"prism exited with {self._process.returncode}; see {self._log.name}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"prism did not start within {STARTUP_SECONDS} s; see {self._log.name}")

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
        self._log.close()
