"""Benchmarks of ece-client, each measured side by side with its baseline in the same run.

    make bench                                   # full run; rewrites docs/benchmarks.md
    .venv/bin/python scripts/bench.py --quick    # smoke run (fewer repetitions)
    .venv/bin/python scripts/bench.py --only parse,memory   # some figures; the report is not rewritten

Figures: import, parse, roundtrip, async, regen, memory. Bodies are the largest recorded ECE
responses of each kind, read from $ECE_RECORDED_DIR (default: <repo>/../shared/recorded).
CPU-bound figures take the best of N interleaved samples; subprocess and network figures take
the median. Exit status: 0 when every measurement ran (missed targets are shown in the table),
1 when a measurement itself failed.

Only the standard library is imported at module level: the import figures time fresh processes.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import gc
import inspect
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RECORDED = Path(os.environ.get("ECE_RECORDED_DIR") or ROOT.parent / "shared" / "recorded")
REPORT = ROOT / "docs" / "benchmarks.md"
KINDS = {  # figure label -> (schema in index.json, model class)
    "deployment GET": ("DeploymentGetResponse", "DeploymentGetResponse"),
    "template list": ("array<DeploymentTemplateInfoV2>", "DeploymentTemplateInfoV2"),
    "allocator overview": ("AllocatorOverview", "AllocatorOverview"),
}
FIGURES = ("import", "parse", "roundtrip", "async", "regen", "memory")


@dataclass
class Row:
    figure: str
    value: str
    baseline: str = "-"
    ratio: str = "-"
    target: str = "(info)"
    met: bool | None = None


@dataclass
class Settings:
    samples: int  # interleaved samples per CPU-bound comparison
    sample_seconds: float  # minimum length of one sample
    processes: int  # fresh interpreters per import figure
    calls: int  # round trips per sample
    async_runs: int  # runs of the 1,000-call async figure


FULL = Settings(samples=15, sample_seconds=0.05, processes=15, calls=100, async_runs=7)
QUICK = Settings(samples=3, sample_seconds=0.01, processes=3, calls=20, async_runs=1)


# ---------------------------------------------------------------- helpers


def largest_body(schema: str) -> Path:
    """The largest recorded response body of a schema."""
    responses = RECORDED / "responses"
    entries = json.loads((responses / "index.json").read_text())
    files = [responses / e["file"] for e in entries if e["schema"] == schema and e["status"] < 300]
    if not files:
        raise RuntimeError(f"no recorded body of schema {schema} in {responses}")
    largest: Path = max(files, key=lambda p: p.stat().st_size)
    return largest


def parser_for(label: str) -> tuple[Path, bytes, Callable[[bytes], Any]]:
    """(file, body, body -> model or list of models) for a kind of response."""
    import ece_client.models as models

    schema, class_name = KINDS[label]
    cls = getattr(models, class_name)
    path = largest_body(schema)
    if schema.startswith("array<"):
        return path, path.read_bytes(), lambda body: [cls.from_dict(item) for item in json.loads(body)]
    return path, path.read_bytes(), lambda body: cls.from_dict(json.loads(body))


def full_read(value: Any) -> int:
    """Read every declared field of a model tree (as tests/walk.py does); return the count read."""
    from ece_client._errors import ResponseDecodeError
    from ece_client._model import Model

    def walk(value: Any) -> int:
        if isinstance(value, Model):
            count = 0
            for field in type(value)._fields_by_key().values():
                try:
                    child = getattr(value, field.name)
                except ResponseDecodeError:  # a missing required field, as real servers send
                    continue
                count += 1 + walk(child)
            return count
        if isinstance(value, (list, tuple)):
            return sum(walk(item) for item in value)
        if isinstance(value, dict):
            return sum(walk(item) for item in value.values())
        return 0

    return walk(value)


def best_of(settings: Settings, *functions: Callable[[], Any]) -> list[float]:
    """Seconds per call of each function: the best of interleaved samples (gc stays on)."""
    numbers = []
    for fn in functions:  # calibrate: enough calls for one sample to last sample_seconds
        start = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - start
        numbers.append(max(1, int(settings.sample_seconds / max(elapsed, 1e-7))))
    best = [float("inf")] * len(functions)
    for _ in range(settings.samples):
        for index, (fn, number) in enumerate(zip(functions, numbers, strict=True)):
            start = time.perf_counter()
            for _ in range(number):
                fn()
            best[index] = min(best[index], (time.perf_counter() - start) / number)
    return best


def python_seconds(code: str) -> float:
    """Run code in a fresh interpreter; it prints a number of seconds."""
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if completed.returncode != 0:
        raise RuntimeError(f"subprocess failed:\n{completed.stderr.strip()}")
    return float(completed.stdout.strip().splitlines()[-1])


def ratio_row(figure: str, value: float, baseline: float, unit: str, limit: float | None) -> Row:
    """A row whose target is `value / baseline <= limit` (None: information only)."""
    scale = {"ms": 1e3, "µs": 1e6}[unit]
    ratio = value / baseline
    return Row(
        figure,
        f"{value * scale:,.1f} {unit}",
        f"{baseline * scale:,.1f} {unit}",
        f"{ratio:.2f}x" if ratio >= 0.1 else f"{ratio:.3f}x",
        "(info)" if limit is None else f"≤ {limit}x",
        None if limit is None else ratio <= limit,
    )


def kib(size: int) -> str:
    return f"{size / 1024:,.1f} KiB"


# ---------------------------------------------------------------- 1. import


def bench_import(settings: Settings) -> list[Row]:
    body = largest_body("DeploymentGetResponse")
    timed = "import time\nt = time.perf_counter()\n{}\nprint(time.perf_counter() - t)"
    first_call = """
import json
from ece_client import ECE
ece = ECE("http://127.0.0.1:9", api_key="k", check_version=False)
ece.deployments
from ece_client.api.deployments import get_deployment as operation
model = operation.RESPONSES[200].decode(json.loads(body), operation.OPERATION_ID)"""
    walker = "from __future__ import annotations\n" + inspect.getsource(full_read)  # defined before the clock
    codes = {
        "httpx": timed.format("import httpx"),
        "httpx+client": timed.format("import httpx\nhttpx.Client()"),
        "ece_client": timed.format("import ece_client"),
        "first": f"body = open({str(body)!r}, 'rb').read()\n" + timed.format(first_call),
        "first+read": walker
        + f"body = open({str(body)!r}, 'rb').read()\n"
        + timed.format(first_call + "\nfull_read(model)"),
    }
    runs: dict[str, list[float]] = {name: [] for name in codes}
    for _ in range(settings.processes):  # interleaved, so that load on the machine hits all alike
        for name, code in codes.items():
            runs[name].append(python_seconds(code))
    median = {name: statistics.median(times) for name, times in runs.items()}
    httpx = median["httpx"]

    def row(figure: str, name: str, allowance_ms: float | None) -> Row:
        delta = (median[name] - httpx) * 1e3
        met = None if allowance_ms is None else delta <= allowance_ms
        target = "(info)" if allowance_ms is None else f"≤ httpx + {allowance_ms:g} ms"
        return Row(
            figure,
            f"{median[name] * 1e3:.1f} ms",
            f"{httpx * 1e3:.1f} ms (import httpx)",
            f"{median[name] / httpx:.2f}x, Δ {delta:+.1f} ms",
            target,
            met,
        )

    return [
        row("import ece_client", "ece_client", 15),
        row(f"import + client + get_deployment modules + first parse ({body.name})", "first", 100),
        row("same + first full read (imports every nested model)", "first+read", None),
        row("reference: import httpx + httpx.Client() (CA bundle load, httpcore import)", "httpx+client", None),
    ]


# ---------------------------------------------------------------- 2. parse and to_dict


def bench_parse(settings: Settings) -> list[Row]:
    return [row for label in KINDS for row in parse_rows(label, settings)]


def parse_rows(label: str, settings: Settings) -> list[Row]:
    path, body, parse = parser_for(label)
    data = json.loads(body)
    fresh, read = parse(body), parse(body)
    full_read(read)

    def to_dict(value: Any) -> Any:
        return [item.to_dict() for item in value] if isinstance(value, list) else value.to_dict()

    if to_dict(read) != data or to_dict(fresh) != data:
        raise RuntimeError(f"{path.name}: to_dict() does not give back the data it was given")
    loads, parsed, fully = best_of(
        settings, lambda: json.loads(body), lambda: parse(body), lambda: full_read(parse(body))
    )
    dumps, fresh_dict, read_dict = best_of(
        settings, lambda: json.dumps(data), lambda: to_dict(fresh), lambda: to_dict(read)
    )
    name = f"{label} ({path.name}, {len(body) / 1024:.1f} KiB)"
    return [
        ratio_row(f"parse {name}: from_dict(json.loads) vs json.loads", parsed, loads, "µs", 2.5),
        ratio_row(f"full read {label}: parse + read every field vs json.loads", fully, loads, "µs", None),
        ratio_row(f"to_dict {label}, fresh model vs json.dumps", fresh_dict, dumps, "µs", 1.5),
        ratio_row(f"to_dict {label}, fully read model vs json.dumps", read_dict, dumps, "µs", 1.5),
    ]


# ---------------------------------------------------------------- 3 and 4. local server

SERVER = r"""
import asyncio, sys
body = open(sys.argv[1], "rb").read()
ok = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body
missing = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"

async def handle(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")  # GET requests: no body
            writer.write(ok if head.startswith(b"GET /api/v1/deployments/") else missing)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
    print(server.sockets[0].getsockname()[1], flush=True)
    await asyncio.sleep(float(sys.argv[2]))  # a bounded lifetime: it stops by itself

asyncio.run(main())
"""


class LocalServer:
    """An asyncio HTTP/1.1 server on 127.0.0.1 in its own process (so it does not share our GIL)."""

    def __init__(self, body: Path, lifetime: float = 600) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(body), str(lifetime)], stdout=subprocess.PIPE, text=True
        )
        port = self.process.stdout.readline().strip()  # type: ignore[union-attr]
        if not port:
            self.process.kill()
            raise RuntimeError("the local server did not start")
        self.url = f"http://127.0.0.1:{port}"

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def bench_roundtrip(settings: Settings) -> list[Row]:
    import httpx
    from ece_client import ECE

    body = largest_body("DeploymentGetResponse")
    with (
        LocalServer(body) as server,
        ECE(server.url, api_key="k", check_version=False) as ece,
        httpx.Client(base_url=server.url + "/api/v1", headers={"Authorization": "ApiKey k"}) as raw,
    ):

        def sdk_call() -> Any:
            return ece.deployments.get_deployment("d1")

        def raw_call() -> Any:
            response = raw.get("/deployments/d1")
            response.raise_for_status()
            return json.loads(response.content)

        samples: dict[Callable[[], Any], list[float]] = {sdk_call: [], raw_call: []}
        for call in samples:  # warm up: connection, imports
            for _ in range(10):
                call()
        for _ in range(settings.samples):
            for call, times in samples.items():
                start = time.perf_counter()
                for _ in range(settings.calls):
                    call()
                times.append((time.perf_counter() - start) / settings.calls)
    sdk, base = statistics.median(samples[sdk_call]), statistics.median(samples[raw_call])
    return [
        ratio_row(f"round trip get_deployment ({body.name}) vs httpx.Client.get + json.loads", sdk, base, "µs", 1.25)
    ]


def bench_async(settings: Settings, total: int = 1000, concurrency: int = 50) -> list[Row]:
    import httpx
    from ece_client import AsyncECE

    async def throughput(call: Callable[[], Any]) -> float:
        left = total

        async def worker() -> None:
            nonlocal left
            while left > 0:
                left -= 1
                await call()

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return total / (time.perf_counter() - start)

    async def run(url: str) -> tuple[float, float, float]:
        async with (
            AsyncECE(url, api_key="k", check_version=False) as ece,
            httpx.AsyncClient(base_url=url + "/api/v1", headers={"Authorization": "ApiKey k"}) as raw,
        ):

            async def sdk_call() -> Any:
                return await ece.deployments.get_deployment("d1")

            async def raw_call() -> Any:
                response = await raw.get("/deployments/d1")
                response.raise_for_status()
                return json.loads(response.content)

            for call in (sdk_call, raw_call):  # warm up: open the pools' connections
                await asyncio.gather(*(call() for _ in range(concurrency)))
            sdk_rates, raw_rates = [], []
            for index in range(settings.async_runs):  # pairs of runs, in alternating order
                if index % 2:
                    raw_rates.append(await throughput(raw_call))
                sdk_rates.append(await throughput(sdk_call))
                if not index % 2:
                    raw_rates.append(await throughput(raw_call))
            # the ratio within a pair: drift in the machine's load cancels
            paired = statistics.median(a / b for a, b in zip(sdk_rates, raw_rates, strict=True))
            return statistics.median(sdk_rates), statistics.median(raw_rates), paired

    body = largest_body("DeploymentGetResponse")
    with LocalServer(body) as server:
        sdk, raw, ratio = asyncio.run(run(server.url))
    return [
        Row(
            f"async: {total} get_deployment at concurrency {concurrency}, AsyncECE vs httpx.AsyncClient",
            f"{sdk:,.0f} calls/s",
            f"{raw:,.0f} calls/s",
            f"{ratio:.2f}x (median of pairs; of medians {sdk / raw:.2f}x)",
            "≥ 0.8x",
            ratio >= 0.8,
        )
    ]


# ---------------------------------------------------------------- 5. regeneration


def bench_regen(settings: Settings) -> list[Row]:
    """`make generate`'s steps with the same commands, written to a temporary directory.

    The install step installs the freshly generated tree (with overrides/) into a temporary
    --target directory, so the project's virtualenv and generated/ are left alone.
    """
    python = sys.executable
    release = json.loads((ROOT / "spec" / "lock.json").read_text())["pinned"]
    work = Path(tempfile.mkdtemp(prefix="ece-bench-regen-"))
    rows = []
    try:
        spec = ROOT / "spec" / "swagger.json"
        if not spec.exists():  # `make spec` was not run: pull into the scratch dir, outside the timing
            spec = work / "swagger.json"
            subprocess.run(
                [python, "scripts/pull_spec.py", "--release", release, "--out", str(spec)],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            rows.append(Row("regen: spec/swagger.json absent, pulled from the mirror (not timed)", "-"))
        project = work / "project"
        project.mkdir()
        for name in ("pyproject.toml", "README.md"):
            shutil.copy(ROOT / name, project / name)
        shutil.copytree(ROOT / "overrides", project / "overrides")
        steps = {
            "convert_spec.py": [python, "scripts/convert_spec.py", str(spec), str(work / "openapi.json")],
            "patch_spec.py": [
                python,
                "scripts/patch_spec.py",
                str(work / "openapi.json"),
                str(work / "openapi.patched.json"),
                release,
            ],
            "generate.py": [
                python,
                "scripts/generate.py",
                str(work / "openapi.patched.json"),
                str(project / "generated"),
            ],
            "install (pip)": [
                python,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--no-deps",
                "--no-build-isolation",
                "--force-reinstall",
                "--target",
                str(work / "site"),
                str(project),
            ],
        }
        seconds = {}
        for name, command in steps.items():
            start = time.perf_counter()
            completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
            seconds[name] = time.perf_counter() - start
            if completed.returncode != 0:
                raise RuntimeError(f"{name} failed:\n{completed.stdout}{completed.stderr}")
        for made in (project / "generated" / "ece_client" / "models", work / "site" / "ece_client" / "models"):
            if not made.is_dir():
                raise RuntimeError(f"regeneration did not produce {made}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    total = sum(seconds.values())
    rows += [Row(f"regen step {name}", f"{s:.1f} s", "-", f"{s / total:.0%} of total") for name, s in seconds.items()]
    rows.append(
        Row("regen total (convert + patch + generate + install)", f"{total:.1f} s", "-", "-", "< 30 s", total < 30)
    )
    return rows


# ---------------------------------------------------------------- 6. memory


def bench_memory(settings: Settings) -> list[Row]:
    import tracemalloc

    path, body, parse = parser_for("deployment GET")
    full_read(parse(body))  # import every nested model class first: modules are not the model's memory

    def retained(build: Callable[[], Any]) -> int:
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        kept = build()
        gc.collect()
        size = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        del kept
        return size

    def parsed_and_read() -> Any:
        model = parse(body)
        full_read(model)
        return model

    sizes = [
        min(retained(build) for _ in range(3))
        for build in (lambda: json.loads(body), lambda: parse(body), parsed_and_read)
    ]
    data, parsed, read = sizes
    return [
        Row(
            f"memory: parsed DeploymentGetResponse ({path.name}) vs json.loads dict",
            kib(parsed),
            kib(data),
            f"{parsed / data:.2f}x",
            "≤ 2x",
            parsed / data <= 2,
        ),
        Row(
            "memory: parsed + fully read DeploymentGetResponse vs json.loads dict",
            kib(read),
            kib(data),
            f"{read / data:.2f}x",
            "≤ 2x",
            read / data <= 2,
        ),
    ]


# ---------------------------------------------------------------- report

BENCHES: dict[str, Callable[[Settings], list[Row]]] = {
    "import": bench_import,
    "parse": bench_parse,
    "roundtrip": bench_roundtrip,
    "async": bench_async,
    "regen": bench_regen,
    "memory": bench_memory,
}
HEADER = ("figure", "value", "baseline", "ratio", "target", "met")


def cells(row: Row) -> tuple[str, ...]:
    met = "-" if row.met is None else ("yes" if row.met else "NO")
    return (row.figure, row.value, row.baseline, row.ratio, row.target, met)


def text_table(rows: list[Row]) -> str:
    lines = [HEADER, *map(cells, rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in lines
    )


def markdown_table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in cells(row)) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> dict[str, str]:
    from importlib.metadata import version

    import ece_client
    import httpx

    cpu = "unknown"
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    system = platform.platform()
    try:
        system = (
            next(
                line.split("=", 1)[1].strip('"')
                for line in Path("/etc/os-release").read_text().splitlines()
                if line.startswith("PRETTY_NAME=")
            )
            + f" ({platform.system()} {platform.release()})"
        )
    except (OSError, StopIteration):
        pass
    return {
        "CPU": f"{cpu}, {os.cpu_count()} cores",
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "OS": system,
        "ece-client": f"{version('ece-client')} (ECE_VERSION {ece_client.ECE_VERSION})",
        "httpx": httpx.__version__,
        "attrs": version("attrs"),
    }


def write_report(rows: list[Row], quick: bool) -> None:
    info = machine()
    missed = [row.figure for row in rows if row.met is False]
    lines = [
        "<!-- Generated by scripts/bench.py: do not edit. `make bench` regenerates this file. -->",
        "",
        "# Benchmarks",
        "",
        "Generated by `scripts/bench.py`; run `make bench` to regenerate it. Every figure is measured in the same",
        "run as its baseline, on the recorded ECE response bodies (the largest of each kind).",
        "",
        f"Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M UTC}"
        + (" (**--quick run: few repetitions, numbers are rough**)" if quick else ""),
        "",
        markdown_table(rows),
        "",
        "Targets missed: " + ("; ".join(missed) if missed else "none") + ".",
        "",
        "## Machine and versions",
        "",
        *[f"- {key}: {value}" for key, value in info.items()],
        "",
        "## How it is measured",
        "",
        "- Import: each figure in a fresh interpreter (`time.perf_counter()` around the imports in `python -c`),",
        '  interleaved with `import httpx` runs; median of the runs. "First parse" constructs `ECE(...)`, reads',
        "  `ece.deployments`, imports the `get_deployment` module and decodes the body through it. Δ is the",
        "  difference from `import httpx`.",
        '- Parse and to_dict: best of interleaved samples (gc on). "Full read" reads every declared field of the',
        "  model tree (as `tests/walk.py` does); models are lazy views, so this is what reading everything costs.",
        "  `to_dict()` returns JSON data, not text: on a fresh model it is a shallow copy (nested values are",
        "  shared, nothing is re-encoded); on a fully read model it re-encodes every decoded value.",
        "- Round trip and async: a small asyncio HTTP/1.1 server on 127.0.0.1 in its own process serves the",
        "  body with keep-alive; both clients reuse their connection pool (httpx defaults for both). Round trip:",
        "  median of interleaved samples. Async: runs in pairs (alternating order); the ratio is the median of",
        "  the pairs' ratios, the throughputs are medians. Run-to-run spread of the async figure is about ±20%.",
        "- Regeneration: the commands of `make generate` (convert, patch, generate, install), run once into a",
        "  temporary directory; the install step installs the fresh tree into a temporary `--target`.",
        "- Memory: `tracemalloc` retained size after building each value (model classes imported beforehand).",
        "",
    ]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.add_argument("--only", metavar="NAME[,NAME]", help=f"run only these figures: {', '.join(FIGURES)}")
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else list(FIGURES)
    unknown = [name for name in names if name not in BENCHES]
    if unknown:
        parser.error(f"unknown figure {', '.join(unknown)} (known: {', '.join(FIGURES)})")
    settings = QUICK if args.quick else FULL
    rows: list[Row] = []
    failed = []
    for name in names:
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        try:
            rows += BENCHES[name](settings)
        except Exception:  # a measurement that fails is a failed run, not a missed target
            traceback.print_exc()
            failed.append(name)
            rows.append(Row(f"{name}: MEASUREMENT FAILED", "-"))
    print(text_table(rows))
    if failed:
        print(f"bench: failed: {', '.join(failed)} ({REPORT.name} not written)", file=sys.stderr)
        return 1
    if args.only:
        print(f"bench: --only given, {REPORT.relative_to(ROOT)} not rewritten", file=sys.stderr)
    else:
        write_report(rows, args.quick)
        print(f"bench: wrote {REPORT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
