"""Bounds on bodies read into memory (issue 18): max_body_size per client and per call, enforced while reading and
after decompression; the decompression ratio; bounded DEBUG previews. Against real servers on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap

import pytest
from ece_client import ECE, AsyncECE, RequestOptions
from ece_client._config import ConfigError
from ece_client.errors import ECEError, ResponseDecodeError, ResponseTooLargeError
from support.servers import Reply
from support.stream_server import StreamServer, gzip_of_zeros

MB = 1 << 20


def test_json_body_over_the_client_limit_is_a_typed_error_naming_the_fix():
    with StreamServer(json_size=5 * MB) as server:
        with ECE(server.url, api_key="k", check_version=False, max_body_size=MB) as ece:
            with pytest.raises(ResponseTooLargeError) as caught:
                ece.deployments.list_deployments()
    error = caught.value
    assert isinstance(error, ResponseDecodeError) and isinstance(error, ECEError)
    assert error.setting == "max_body_size" and error.limit == MB
    assert "max_body_size=1048576" in str(error) and "RequestOptions(max_body_size=" in str(error)
    assert "/api/v1/deployments" in str(error)


def test_per_call_limit_raises_or_lowers_the_client_one():
    with StreamServer(json_size=3 * MB) as server:
        with ECE(server.url, api_key="k", check_version=False, max_body_size=MB) as ece:
            body = ece.request("GET", "/deployments", options=RequestOptions(max_body_size=4 * MB))
            assert len(body.json()) > 40
            with pytest.raises(ResponseTooLargeError):
                ece.with_options(max_body_size=2 * MB).request("GET", "/deployments")
        with ECE(server.url, api_key="k", check_version=False) as ece, pytest.raises(ResponseTooLargeError):
            ece.request("GET", "/deployments", options=RequestOptions(max_body_size=MB))


def test_content_length_over_the_limit_fails_before_reading(local_server):
    local_server.script(Reply(200, b"[" + b"1," * (MB // 2) + b"1]", {"Content-Type": "application/json"}))
    with ECE(local_server.url, api_key="k", check_version=False, max_body_size=1000) as ece:
        with pytest.raises(ResponseTooLargeError, match="max_body_size=1000"):
            ece.deployments.list_deployments()


def test_gzip_bomb_is_refused_by_the_ratio_bound():
    bomb = gzip_of_zeros(200 * MB)
    assert len(bomb) < 0.3 * MB
    with StreamServer(gzip_body=bomb) as server, ECE(server.url, api_key="k", check_version=False) as ece:
        with pytest.raises(ResponseTooLargeError) as caught:
            ece.deployments.list_deployments()
    assert caught.value.setting == "max_decompression_ratio"
    assert "max_decompression_ratio=200" in str(caught.value)


def test_small_compressible_bodies_pass_and_bad_settings_are_config_errors(local_server):
    import gzip

    body = json.dumps({"deployments": [{"id": "a" * 32, "name": "same"}] * 2000}).encode()
    local_server.script(
        Reply(200, gzip.compress(body), {"Content-Type": "application/json", "Content-Encoding": "gzip"})
    )
    with ECE(local_server.url, api_key="k", check_version=False) as ece:
        assert len(ece.request("GET", "/deployments").json()["deployments"]) == 2000
    for bad in ({"max_body_size": 0}, {"max_body_size": "1MB"}, {"max_decompression_ratio": 0.5}):
        with pytest.raises(ConfigError):
            ECE(local_server.url, api_key="k", **bad)
    with ECE(local_server.url, api_key="k", check_version=False) as ece:
        for bad_copy in ({"max_body_size": -1}, {"max_decompression_ratio": "big"}, {"headers": "X-A: b"}):
            with pytest.raises(ConfigError):
                ece.with_options(**bad_copy)
        sent = len(local_server.requests)
        with pytest.raises(ConfigError, match="max_body_size"):
            ece.request("GET", "/deployments", options=RequestOptions(max_body_size=-1))
        assert len(local_server.requests) == sent  # refused before sending


@pytest.mark.anyio
async def test_async_client_has_the_same_bounds():
    with StreamServer(json_size=3 * MB) as server:
        async with AsyncECE(server.url, api_key="k", check_version=False, max_body_size=MB) as ece:
            with pytest.raises(ResponseTooLargeError):
                await ece.deployments.list_deployments()
    with StreamServer(gzip_body=gzip_of_zeros(50 * MB)) as server:
        async with AsyncECE(server.url, api_key="k", check_version=False) as ece:
            with pytest.raises(ResponseTooLargeError, match="max_decompression_ratio"):
                await ece.deployments.list_deployments()


def test_debug_log_shows_a_bounded_preview_of_a_large_body(caplog):
    with StreamServer(json_size=2 * MB) as server, ECE(server.url, api_key="k", check_version=False) as ece:
        with caplog.at_level(logging.DEBUG, logger="ece_client"):
            ece.request("GET", "/deployments")
    bodies = [record.getMessage() for record in caplog.records if record.getMessage().startswith("response body")]
    assert len(bodies) == 1
    assert len(bodies[0]) < 2100 and bodies[0].endswith("bytes)")


MEMORY_SCRIPT = textwrap.dedent(
    """
    import json, logging, resource, sys
    from ece_client import ECE
    from ece_client.errors import ResponseTooLargeError

    url, debug, limit = sys.argv[1], sys.argv[2] == "debug", int(sys.argv[3])
    if debug:
        logging.basicConfig(level=logging.DEBUG, stream=open("/dev/null", "w"))
    ece = ECE(url, api_key="k", max_body_size=limit)
    ece.server_version()
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        ece.deployments.list_deployments()
        outcome = "read"
    except ResponseTooLargeError as error:
        outcome = error.setting
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"baseline_kb": baseline, "peak_kb": peak, "outcome": outcome}))
    """
)


@pytest.mark.parametrize(
    ("server_settings", "debug", "limit", "expected"),
    [
        # 0.2 MB on the wire, 200 MB inflated, at DEBUG, with the default max_body_size (256 MB)
        ({"gzip_body": "bomb"}, "debug", 256 * MB, "max_decompression_ratio"),
        # 300 MB, chunked (no length to refuse it by): the read stops at the limit
        ({"json_size": 300 * MB}, "quiet", 16 * MB, "max_body_size"),
    ],
)
def test_oversized_bodies_fail_with_bounded_memory(server_settings, debug, limit, expected):
    """Peak resident memory in a fresh interpreter while a bomb or a 300 MB body is refused: under 50 MB more."""
    settings = {"gzip_body": gzip_of_zeros(200 * MB)} if "gzip_body" in server_settings else server_settings
    with StreamServer(**settings) as server:
        result = subprocess.run(
            [sys.executable, "-c", MEMORY_SCRIPT, server.url, debug, str(limit)],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "ECE_CLIENT_LOG": ""},
        )
    assert result.returncode == 0, result.stderr[-2000:]
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    assert measured["outcome"] == expected
    grown_mb = (measured["peak_kb"] - measured["baseline_kb"]) / 1024
    assert grown_mb < 50, f"refusing the body grew peak RSS by {grown_mb:.0f} MB"
