"""Smoke test of one installed ece-client build, run with the Python of the virtualenv it is installed in.

It checks what a user of that build relies on, with nothing but the installed package:
1. the package imports from the virtualenv, reports its ECE release (ECE_VERSION) and its
   distribution version;
2. it has every operation of the release's patched spec, and every response the spec gives a
   body decodes one (none was dropped as empty);
3. every recorded ECE body whose operation exists in this release parses through that
   operation, every declared field can be read, and to_dict() gives the body back unchanged;
4. one real call through `ECE` against a local HTTP server on 127.0.0.1: the version check
   and `get_deployment` send the right requests and decode the answer.

Only the standard library, ece_client and its dependencies are imported (this file runs
outside the project's virtualenv). Prints one JSON summary line; exit status 1 on a failure.

    VENV/bin/python scripts/release_smoke.py --release 3.7.0 --version 3.7.0.0 \
        --spec build/releases/3.7.0/openapi.patched.json --recorded ../shared/recorded
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import json
import logging
import pkgutil
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import openapi

CALL_PATH = ("GET", "/deployments/{deployment_id}")


class SmokeFailure(Exception):
    """The installed build does not do what its users rely on."""


def check_identity(release: str, version: str) -> None:
    import ece_client

    if ece_client.ECE_VERSION != release:
        raise SmokeFailure(f"ece_client.ECE_VERSION is {ece_client.ECE_VERSION!r}, expected {release!r}")
    installed = importlib.metadata.version("ece-client")
    if installed != version:
        raise SmokeFailure(f"the installed distribution is ece-client {installed}, expected {version}")
    if not Path(ece_client.__file__).resolve().is_relative_to(Path(sys.prefix).resolve()):
        raise SmokeFailure(f"ece_client was imported from {ece_client.__file__}, outside the virtualenv {sys.prefix}")


def installed_operations() -> dict[tuple[str, str], Any]:
    """(METHOD, PATH) -> the generated endpoint module, for every operation in the package."""
    import ece_client.api

    found = {}
    for info in pkgutil.walk_packages(ece_client.api.__path__, "ece_client.api."):
        if not info.ispkg and not info.name.rpartition(".")[2].startswith("_"):  # _async, _raw: group classes
            module = importlib.import_module(info.name)
            found[(module.METHOD, module.PATH)] = module
    return found


def check_operations(spec: dict[str, Any], operations: dict[tuple[str, str], Any]) -> None:
    from ece_client._endpoint import EMPTY

    expected = {(operation.method.upper(), operation.path): operation.spec for operation in openapi.operations(spec)}
    missing = sorted(set(expected) - set(operations))
    extra = sorted(set(operations) - set(expected))
    if missing or extra:
        raise SmokeFailure(f"operations missing from the package: {missing}; not in the spec: {extra}")
    dropped = [
        f"{method} {path} {status}"
        for (method, path), operation in expected.items()
        for status, response in operation.get("responses", {}).items()
        if status.isdigit()
        and response.get("content")
        and operations[(method, path)].RESPONSES.get(int(status), EMPTY) is EMPTY
    ]
    if dropped:
        raise SmokeFailure(f"responses whose body the package drops: {dropped}")


def read_everything(value: Any) -> None:
    """Read every declared field of a model tree, as user code would; only the SDK's decode error may come out."""
    from ece_client._errors import ResponseDecodeError
    from ece_client._model import Model

    if isinstance(value, Model):
        for field in type(value)._fields_by_key().values():
            try:
                read_everything(getattr(value, field.name))
            except ResponseDecodeError:  # a required field the server left out, or a wrong shape: typed
                pass
    elif isinstance(value, (list, tuple)):
        for item in value:
            read_everything(item)
    elif isinstance(value, dict):
        for item in value.values():
            read_everything(item)


def check_recorded(recorded: Path, operations: dict[tuple[str, str], Any]) -> tuple[int, int]:
    """Parse the recorded bodies of this release's operations; return (parsed, not in this release)."""
    import ece_client.models as models
    import httpx
    from ece_client._endpoint import decode_body

    entries = json.loads((recorded / "responses" / "index.json").read_text())
    parsed = skipped = 0
    for entry in entries:
        operation = operations.get((entry["method"], entry["path"]))
        if operation is None:
            skipped += 1
            continue
        raw = (recorded / "responses" / entry["file"]).read_bytes()
        expected = json.loads(raw)
        where = f"{entry['file']} ({entry['method']} {entry['path']} {entry['status']})"
        codec = operation.RESPONSES.get(entry["status"])
        try:
            if codec is not None:
                response = httpx.Response(entry["status"], content=raw, headers={"content-type": "application/json"})
                value = decode_body(response, codec, operation.OPERATION_ID)
            else:  # a status this release does not document: parse it as the model it is recorded as
                name = entry["schema"].removeprefix("array<").removesuffix(">")
                cls = getattr(models, name, None)
                if cls is None:
                    skipped += 1
                    continue
                value = (
                    [cls.from_dict(item) for item in expected]
                    if isinstance(expected, list)
                    else cls.from_dict(expected)
                )
            read_everything(value)
            back = _to_json(value)
        except Exception as exc:  # noqa: BLE001 - any failure is reported with the body's name
            raise SmokeFailure(f"{where}: {type(exc).__name__}: {exc}") from exc
        if back != expected:
            raise SmokeFailure(f"{where}: to_dict() does not give the body back unchanged")
        parsed += 1
    return parsed, skipped


def _to_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, bytes] = {}
    seen: list[tuple[str, str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.seen.append(("GET", self.path, self.headers.get("Authorization", "")))
        body = self.routes.get(self.path)
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args: Any) -> None:
        pass


def check_call(release: str, recorded: Path, operations: dict[tuple[str, str], Any]) -> None:
    """GET /deployments/{id} through ECE against 127.0.0.1, with the server version check on."""
    from ece_client import ECE

    if CALL_PATH not in operations:
        raise SmokeFailure(f"this release has no {' '.join(CALL_PATH)} operation to call")
    entries = json.loads((recorded / "responses" / "index.json").read_text())
    entry = next(e for e in entries if (e["method"], e["path"]) == CALL_PATH and e["status"] == 200)
    body = (recorded / "responses" / entry["file"]).read_bytes()
    _Handler.routes = {
        "/api/v1/platform": json.dumps({"version": release}).encode(),
        "/api/v1/deployments/smoke-id": body,
    }
    _Handler.seen = []
    warnings: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: warnings.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger("ece_client").addHandler(handler)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        with ECE(url, api_key="smoke-key", max_retries=0, timeout=10) as ece:
            deployment = ece.deployments.get_deployment("smoke-id")
    finally:
        server.shutdown()
        server.server_close()
        logging.getLogger("ece_client").removeHandler(handler)
    if deployment.to_dict() != json.loads(body):
        raise SmokeFailure("get_deployment did not decode the served body unchanged")
    expected = [  # the version check follows the first call (a bad credential is reported on that call)
        ("GET", "/api/v1/deployments/smoke-id", "ApiKey smoke-key"),
        ("GET", "/api/v1/platform", "ApiKey smoke-key"),
    ]
    if _Handler.seen != expected:
        raise SmokeFailure(f"the client sent {_Handler.seen}, expected {expected}")
    if warnings:
        raise SmokeFailure(f"a matching server version still logged warnings: {warnings}")


def run(release: str, version: str, spec_path: Path, recorded: Path) -> dict[str, Any]:
    check_identity(release, version)
    operations = installed_operations()
    check_operations(json.loads(spec_path.read_text()), operations)
    parsed, skipped = check_recorded(recorded, operations)
    if parsed == 0:
        raise SmokeFailure("no recorded body belongs to an operation of this release")
    check_call(release, recorded, operations)
    return {
        "release": release,
        "version": version,
        "operations": len(operations),
        "recorded_parsed": parsed,
        "recorded_skipped": skipped,
        "call": "ok",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--spec", required=True, type=Path, help="the release's patched OpenAPI spec")
    parser.add_argument("--recorded", required=True, type=Path, help="the recorded bodies (ECE_RECORDED_DIR)")
    args = parser.parse_args(argv)
    try:
        summary = run(args.release, args.version, args.spec, args.recorded)
    except SmokeFailure as exc:
        print(f"release_smoke: ECE {args.release}: FAILED: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
