"""Streamed downloads (issue 18): iter_bytes/aiter_bytes, atomic write_to with progress, resume or restart after
a dropped connection, and flat memory for a 200 MB download, against real servers on 127.0.0.1."""

from __future__ import annotations

import importlib
import io
import json
import os
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from ece_client import ECE, AsyncECE
from ece_client._endpoint import BYTES
from ece_client._progress import DownloadProgress, TransferDisplay
from ece_client.errors import (
    ClientClosedError,
    ConnectionError,
    DownloadInterruptedError,
    NotFoundError,
    ServerError,
)
from support.stream_server import StreamServer, pattern

ARGS = ("d1", "elasticsearch", "main", "instance-0")
MB = 1 << 20
needs_heap_dump = pytest.mark.needs(
    "deployments.download_deployment_instance_heap_dump", reason="the download these tests stream"
)


def heap_dump(ece):
    return ece.deployments.with_streaming_response.download_deployment_instance_heap_dump(*ARGS)


@needs_heap_dump
def test_every_download_operation_streams():
    """Every operation whose success body is raw bytes has a streaming method, sync and async (from the spec)."""
    import ece_client.api as api

    downloads = []
    for group in pkgutil.iter_modules(api.__path__):
        if not group.ispkg:  # _async_groups: the async client's group attributes
            continue
        package = importlib.import_module(f"ece_client.api.{group.name}")
        for operation in pkgutil.iter_modules(package.__path__):
            if operation.name.startswith("_"):  # _async, _raw: the group's classes, not operations
                continue
            module = importlib.import_module(f"{package.__name__}.{operation.name}")
            if any(200 <= status < 300 and codec is BYTES for status, codec in module.RESPONSES.items()):
                downloads.append((group.name, operation.name))
    assert ("deployments", "download_deployment_instance_heap_dump") in downloads
    assert len(downloads) >= 3
    ece = ECE("http://127.0.0.1:9", api_key="k")
    aece = AsyncECE("http://127.0.0.1:9", api_key="k")
    for group, operation in downloads:
        assert callable(getattr(getattr(ece, group).with_streaming_response, operation))
        assert callable(getattr(getattr(aece, group).with_streaming_response, operation))


@needs_heap_dump
def test_iter_bytes_streams_the_body_in_bounded_pieces():
    with StreamServer(size=5 * MB) as server, ECE(server.url, api_key="k", check_version=False) as ece:
        with heap_dump(ece) as response:
            assert response.status_code == 200
            assert response.content_length == 5 * MB
            pieces = list(response.iter_bytes())
        assert b"".join(pieces) == pattern(0, 5 * MB)
        assert max(len(piece) for piece in pieces) <= MB
        assert server.requests[0].headers["accept-encoding"] == "identity"  # ranges count the bytes as sent
        # The in-memory form stays.
        assert ece.deployments.download_deployment_instance_heap_dump(*ARGS) == pattern(0, 5 * MB)


@needs_heap_dump
def test_dropped_download_resumes_with_range_checked_by_if_range(fast_retries):
    with StreamServer(size=3 * MB, drop_after=MB, drops=2) as server:
        with ECE(server.url, api_key="k", check_version=False) as ece, heap_dump(ece) as response:
            body = response.read()
    assert body == pattern(0, 3 * MB)
    resumed = [request.headers for request in server.requests[1:]]
    assert [headers["range"] for headers in resumed] == [f"bytes={MB}-", f"bytes={2 * MB}-"]
    assert all(headers["if-range"] == '"v1"' for headers in resumed)


@needs_heap_dump
def test_server_without_ranges_restarts_write_to_cleanly(tmp_path, fast_retries):
    events: list[DownloadProgress] = []
    target = tmp_path / "heap.hprof"
    with StreamServer(size=2 * MB, ranges=False, etag=None, drop_after=MB, drops=1) as server:
        with ECE(server.url, api_key="k", check_version=False) as ece:
            heap_dump(ece).write_to(target, progress=events.append)
            # iter_bytes cannot take back what it gave: a body that cannot resume is an error, not a corrupt stream.
            server.drops = 1
            with heap_dump(ece) as response, pytest.raises(DownloadInterruptedError, match="cannot resume"):
                list(response.iter_bytes())
    assert target.read_bytes() == pattern(0, 2 * MB)
    assert "range" not in server.requests[1].headers
    assert events[-1].done and events[-1].restarts == 1 and events[-1].received == 2 * MB
    assert list(tmp_path.iterdir()) == [target]


@needs_heap_dump
def test_failed_download_leaves_no_file_and_keeps_the_old_one(tmp_path, fast_retries):
    target = tmp_path / "heap.hprof"
    target.write_bytes(b"the previous complete dump")
    with StreamServer(size=4 * MB, drop_after=MB, drops=10) as server:
        with ECE(server.url, api_key="k", check_version=False, max_retries=1) as ece:
            with pytest.raises(DownloadInterruptedError) as caught:
                heap_dump(ece).write_to(target)
    assert "no retry is left" in str(caught.value)
    assert target.read_bytes() == b"the previous complete dump"
    assert list(tmp_path.iterdir()) == [target]  # the temporary file is gone


@needs_heap_dump
def test_write_to_a_missing_folder_fails_before_any_request(tmp_path):
    with StreamServer(size=MB) as server, ECE(server.url, api_key="k", check_version=False) as ece:
        with pytest.raises(FileNotFoundError, match="no such folder"):
            heap_dump(ece).write_to(tmp_path / "missing" / "heap.hprof")
    assert server.requests == []
    assert issubclass(DownloadInterruptedError, ConnectionError)


@needs_heap_dump
def test_error_status_of_a_download_is_the_typed_error(local_server):
    from support.servers import Reply

    local_server.script(Reply(404, {"errors": [{"code": "deployments.not_found", "message": "no"}]}))
    with ECE(local_server.url, api_key="k", check_version=False) as ece, pytest.raises(NotFoundError):
        with heap_dump(ece):
            pass


def test_progress_display_live_and_plain():
    live, plain = io.StringIO(), io.StringIO()
    for display in (TransferDisplay(live, live=True), TransferDisplay(plain, live=False)):
        for step in range(0, 11):
            display(DownloadProgress("heap.hprof", step * 10 * MB, 100 * MB, 1.0 + step, done=step == 10))
    assert "\r\x1b[2K" in live.getvalue() and "100%" in live.getvalue() and "heap.hprof" in live.getvalue()
    lines = plain.getvalue().splitlines()
    assert 10 <= len(lines) <= 12 and "\x1b" not in plain.getvalue()
    assert "100.0 MB / 100.0 MB" in lines[-1] and "done" in lines[-1]


@needs_heap_dump
@pytest.mark.anyio
async def test_async_download_resumes_and_writes_atomically(tmp_path, fast_retries):
    target = tmp_path / "dump.bin"
    with StreamServer(size=3 * MB, drop_after=MB, drops=1) as server:
        async with AsyncECE(server.url, api_key="k", check_version=False) as ece:
            stream = ece.deployments.with_streaming_response.download_deployment_instance_heap_dump(*ARGS)
            async with stream as response:
                body = b"".join([piece async for piece in response.aiter_bytes()])
            server.drops = 1
            await ece.deployments.with_streaming_response.download_deployment_instance_heap_dump(*ARGS).write_to(target)
    assert body == pattern(0, 3 * MB)
    assert target.read_bytes() == pattern(0, 3 * MB)
    assert server.requests[1].headers["range"] == f"bytes={MB}-"


def test_request_streams_too():
    with StreamServer(size=2 * MB) as server, ECE(server.url, api_key="k", check_version=False) as ece:
        with ece.stream("GET", "/any/download") as response:
            assert sum(len(piece) for piece in response.iter_bytes()) == 2 * MB


MEMORY_SCRIPT = textwrap.dedent(
    """
    import json, resource, sys
    from ece_client import ECE

    url, target, mode = sys.argv[1:4]
    ece = ECE(url, api_key="k")
    ece.server_version()  # everything imported and a connection open: the baseline
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    stream = ece.deployments.with_streaming_response.download_deployment_instance_heap_dump("d", "es", "m", "i")
    if mode == "file":
        stream.write_to(target)
        size = None
    else:
        with stream as response:
            size = sum(len(piece) for piece in response.iter_bytes())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"baseline_kb": baseline, "peak_kb": peak, "size": size}))
    """
)


@needs_heap_dump
@pytest.mark.parametrize("mode", ["file", "iter_bytes"])
def test_200_mb_download_keeps_memory_flat(tmp_path, mode):
    """Peak resident memory of a 200 MB download, in a fresh interpreter: under 50 MB above its baseline."""
    size = 200 * MB
    target = tmp_path / "heap.hprof"
    with StreamServer(size=size) as server:
        result = subprocess.run(
            [sys.executable, "-c", MEMORY_SCRIPT, server.url, str(target), mode],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "ECE_CLIENT_LOG": ""},
        )
    assert result.returncode == 0, result.stderr[-2000:]
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    grown_mb = (measured["peak_kb"] - measured["baseline_kb"]) / 1024
    assert grown_mb < 50, f"a {mode} download of 200 MB grew peak RSS by {grown_mb:.0f} MB"
    if mode == "file":
        assert Path(target).stat().st_size == size
    else:
        assert measured["size"] == size


@needs_heap_dump
@pytest.mark.parametrize("through_copy", [False, True], ids=["client", "with_options-copy"])
def test_close_during_a_download_lets_it_finish_then_closes_the_pool(through_copy):
    """close() while a download streams: new calls are refused, the download reads to its end, and closing
    the download (the last call out) closes the pool. A with_options() copy's download counts on its owner."""
    with StreamServer(size=3 * MB) as server:
        ece = ECE(server.url, api_key="k", check_version=False)
        downloader = ece.with_options(timeout=30) if through_copy else ece
        with heap_dump(downloader) as response:
            pieces = response.iter_bytes()
            first = next(pieces)
            ece.close()
            pool = ece._http_client
            assert pool is not None and not pool.is_closed
            with pytest.raises(ClientClosedError):
                downloader.deployments.get_deployment("d1")
            assert first + b"".join(pieces) == pattern(0, 3 * MB)
        assert pool.is_closed and ece._http_client is None


@needs_heap_dump
def test_a_download_refused_with_an_error_status_leaves_no_call_in_flight(local_server):
    from support.servers import Reply

    local_server.script(Reply(500, {}), Reply(404, {}))
    ece = ECE(local_server.url, api_key="k", check_version=False, max_retries=0)
    for error in (ServerError, NotFoundError):
        with pytest.raises(error), heap_dump(ece):
            pass
    pool = ece._http_client
    ece.close()
    assert pool is not None and pool.is_closed


@needs_heap_dump
@pytest.mark.anyio
async def test_aclose_during_a_download_lets_it_finish_then_closes_the_pool():
    with StreamServer(size=3 * MB) as server:
        ece = AsyncECE(server.url, api_key="k", check_version=False)
        async with heap_dump(ece) as response:
            pieces = response.aiter_bytes()
            first = await anext(pieces)
            await ece.aclose()
            pool = ece._http_client
            assert pool is not None and not pool.is_closed
            with pytest.raises(ClientClosedError):
                await ece.deployments.get_deployment("d1")
            rest = b"".join([piece async for piece in pieces])
        assert first + rest == pattern(0, 3 * MB)
        assert pool.is_closed and ece._http_client is None
        # A download read to its end and closed: aclose() closes the pool at once.
        ece = AsyncECE(server.url, api_key="k", check_version=False)
        async with heap_dump(ece) as response:
            assert len(await response.read()) == 3 * MB
        pool = ece._http_client
        await ece.aclose()
        assert pool is not None and pool.is_closed
