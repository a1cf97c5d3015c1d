"""Release matrix: build, install and smoke-test the SDK of each ECE release, as a user would get it.

For each release: `make dist ECE_VERSION=<release>` (generate, then wheel and sdist), a fresh
virtualenv with the wheel installed by pip (dependencies resolved from the wheel's metadata) and
the test tools pinned in requirements-dev.txt, scripts/release_smoke.py run by that virtualenv's
Python, then the user-facing SDK tests (tests/sdk: client, errors, auth and refresh, retries,
TLS, configuration, pagination, plan tracking, the examples) run by pytest from that virtualenv
against that installed build and a fake ECE serving the release's operations and shapes. Tests
that only some releases can pass are marked (see tests/sdk/conftest.py) and reported as skipped.
Releases run two at a time by default (the machines have 2 cores); each one's output goes to
build/releases/<release>/matrix.log and is shown when it fails. At the end the README's
compatibility table must agree with what was built (SDK version and operation count of every
release tested).

    python scripts/release_matrix.py                      # every release in spec/lock.json
    python scripts/release_matrix.py 2.13.0 3.8.0 --jobs 2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import compat_table
import releases

ROOT = releases.ROOT
RECORDED = Path(os.environ.get("ECE_RECORDED_DIR") or ROOT.parent / "shared" / "recorded")


@dataclass
class Result:
    release: str
    version: str
    ok: bool
    seconds: float
    operations: int = 0
    recorded_parsed: int = 0
    tests: str = ""
    error: str = ""


class StepFailed(Exception):
    pass


TEST_TOOLS = ("pytest", "anyio", "hypothesis", "respx")
SDK_TESTS = ["tests/sdk", "--ignore=tests/sdk/test_models.py"]
"""The user-facing tests; test_models.py pins the pinned release's models (each release's recorded
bodies are parsed by the smoke test instead)."""


def test_tools() -> list[str]:
    """The test tools' pins from requirements-dev.txt (the versions `make test` runs on)."""
    pins = [line.split("#")[0].strip() for line in (ROOT / "requirements-dev.txt").read_text().splitlines()]
    return [pin for pin in pins if pin.split("==")[0] in TEST_TOOLS]


def _run(command: list[str], log: Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    """Run a command, append its output to the log; raise StepFailed with the output's tail on failure."""
    completed = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    with log.open("a") as out:
        out.write(f"$ {' '.join(command)}\n{completed.stdout}{completed.stderr}\n")
    if completed.returncode != 0:
        tail = "\n".join((completed.stdout + completed.stderr).strip().splitlines()[-25:])
        raise StepFailed(f"`{' '.join(command[:4])} ...` failed (exit {completed.returncode}):\n{tail}")
    return completed.stdout


def check_release(release: str) -> Result:
    """Build one release's wheel, install it into a fresh virtualenv and smoke-test it."""
    start = time.monotonic()
    version = releases.sdk_version(release)
    work = releases.work_dir(release)
    work.mkdir(parents=True, exist_ok=True)
    log = work / "matrix.log"
    log.write_text("")
    venv = work / "venv"
    try:
        _run(["make", "--no-print-directory", "dist", f"ECE_VERSION={release}"], log)
        wheel = releases.wheel(release)
        if not wheel.is_file():
            raise StepFailed(f"make dist did not produce {wheel}")
        shutil.rmtree(venv, ignore_errors=True)
        _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], log)
        python = venv / "bin" / "python"
        pip = [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ]
        _run([*pip, str(wheel), *test_tools()], log)
        env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
        output = _run(
            [
                str(python),
                str(ROOT / "scripts" / "release_smoke.py"),
                "--release",
                release,
                "--version",
                version,
                "--spec",
                str(releases.patched_spec(release)),
                "--recorded",
                str(RECORDED),
            ],
            log,
            cwd=work,
            env=env,
        )
        summary = json.loads(output.strip().splitlines()[-1])
        tested = _run(
            [str(python), "-m", "pytest", *SDK_TESTS, "-q", "-p", "no:cacheprovider", "-rs", "--color=no"],
            log,
            env={**env, "ECE_TEST_WHEEL": "1"},  # the release's wheel is what is tested here
        )
        tests = tested.strip().splitlines()[-1].strip("= ") if tested.strip() else ""
        return Result(
            release,
            version,
            True,
            time.monotonic() - start,
            summary["operations"],
            summary["recorded_parsed"],
            tests,
        )
    except StepFailed as exc:
        return Result(release, version, False, time.monotonic() - start, error=str(exc))


def table_mismatches(results: list[Result]) -> list[str]:
    """Releases whose row in README's compatibility table differs from what was built."""
    rows = {row.release: row for row in compat_table.readme_rows()}
    problems = []
    for result in results:
        if not result.ok:
            continue
        built = compat_table.Row(result.release, result.version, result.operations)
        if rows.get(result.release) != built:
            problems.append(f"README says {rows.get(result.release)}, the build gives {built}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("releases", nargs="*", help="default: every release in spec/lock.json")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    try:
        chosen = [releases.check(release) for release in args.releases] or releases.releases()
    except releases.ReleaseError as exc:
        print(f"release_matrix: error: {exc}", file=sys.stderr)
        return 2
    if not (RECORDED / "responses" / "index.json").is_file():
        print(f"release_matrix: error: no recorded bodies in {RECORDED} (set ECE_RECORDED_DIR)", file=sys.stderr)
        return 2
    subprocess.run(["make", "-s", "--no-print-directory", "venv", "node"], cwd=ROOT, check=True)  # not in parallel
    start = time.monotonic()
    print(f"release_matrix: {len(chosen)} releases, {args.jobs} at a time: {' '.join(chosen)}", flush=True)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = []
        for result in pool.map(check_release, chosen):
            status = "ok" if result.ok else "FAILED"
            print(
                f"  {result.release:8} {result.version:10} {status:6} {result.operations:4} operations, "
                f"{result.recorded_parsed:3} recorded bodies, {result.seconds:5.1f} s; "
                f"SDK tests: {result.tests or '-'}",
                flush=True,
            )
            results.append(result)
    for result in results:
        if not result.ok:
            log = releases.work_dir(result.release) / "matrix.log"
            print(
                f"\nECE {result.release} failed (full log: {log.relative_to(ROOT)}):\n{result.error}", file=sys.stderr
            )
    mismatches = table_mismatches(results)
    for problem in mismatches:
        print(f"release_matrix: README compatibility table: {problem} (run `make compat-table`)", file=sys.stderr)
    report = ROOT / "build" / "releases" / "matrix.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(json.dumps([asdict(result) for result in results], indent=2) + "\n")
    failed = sum(not result.ok for result in results)
    print(f"release_matrix: {len(results)} releases in {time.monotonic() - start:.0f} s")
    print(f"release_matrix: {len(results) - failed} passed, {failed} failed")
    return 1 if failed or mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
