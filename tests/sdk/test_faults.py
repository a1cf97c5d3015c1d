"""Faults at the socket level against a local server: each ends in the documented typed error or a
correct result, and the client stays usable afterwards."""

from __future__ import annotations

import gzip
import json
import socket
import threading

import pytest
from ece_client import ECE, RequestOptions
from ece_client.errors import ConnectionError, ResponseDecodeError, TimeoutError
from ece_client.models import DeploymentCreateRequest
from support.servers import Reply
from support.stats import STATS

GOOD = {"id": "d1", "name": "n", "healthy": True, "resources": {}}
API_KEY = "s3cr3t-api-key-value"


class RawServer:
    """Answers every connection with the next canned bytes, exactly as given, then closes it."""

    def __init__(self, answers: list[bytes]) -> None:
        self.answers = list(answers)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                self.connections += 1
                conn.recv(65536)
                answer = self.answers.pop(0) if self.answers else _http(200, json.dumps(GOOD).encode())
                conn.sendall(answer)

    def close(self) -> None:
        self.sock.close()


def _http(status: int, body: bytes, headers: dict[str, str] | None = None, length: int | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body) if length is None else length}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def _count(name: str) -> None:
    STATS["fault cases"] = STATS.get("fault cases", 0) + 1


def test_wrong_content_length_is_a_connection_error_then_the_client_recovers(fast_retries):
    body = json.dumps(GOOD).encode()
    server = RawServer([_http(200, body[:10], length=len(body))] * 3)
    with ECE(server.url, api_key="k", check_version=False) as ece:
        with pytest.raises(ConnectionError, match="RemoteProtocolError|incomplete"):
            ece.deployments.get_deployment("d1")
        assert server.connections == 3  # a GET is retried (max_retries=2), then gives up
        assert ece.deployments.get_deployment("d1").name == "n"
    server.close()
    _count("wrong content-length")


def test_truncated_body_then_good_body_succeeds_through_a_retry(fast_retries):
    body = json.dumps(GOOD).encode()
    server = RawServer([_http(200, body[:10], length=len(body))])
    with ECE(server.url, api_key="k", check_version=False) as ece:
        assert ece.deployments.get_deployment("d1").id == "d1"
    assert server.connections == 2
    server.close()
    _count("truncated then good")


def test_empty_200_where_json_is_promised_is_a_decode_error():
    server = RawServer([_http(200, b"")])
    with ECE(server.url, api_key="k", check_version=False) as ece:
        with pytest.raises(ResponseDecodeError, match="empty body") as caught:
            ece.deployments.get_deployment("d1")
        assert caught.value.status_code == 200
        assert ece.deployments.get_deployment("d1").id == "d1"
    server.close()
    _count("empty 200")


def test_gzip_encoded_body_is_decoded():
    compressed = gzip.compress(json.dumps(GOOD).encode())
    server = RawServer([_http(200, compressed, {"Content-Encoding": "gzip", "Content-Type": "application/json"})])
    with ECE(server.url, api_key="k", check_version=False) as ece:
        assert ece.deployments.get_deployment("d1").to_dict() == GOOD
    server.close()
    _count("gzip")


def test_corrupt_gzip_body_is_a_typed_error():
    server = RawServer([_http(200, b"not gzip at all", {"Content-Encoding": "gzip"})])
    with ECE(server.url, api_key="k", check_version=False, max_retries=0) as ece:
        with pytest.raises(ResponseDecodeError, match="cannot be decoded"):
            ece.deployments.get_deployment("d1")
        assert ece.deployments.get_deployment("d1").id == "d1"
    server.close()
    _count("corrupt gzip")


def test_server_that_never_answers_times_out_and_the_client_recovers(local_server):
    local_server.script(Reply(200, GOOD, delay=1.0), Reply(200, GOOD, delay=1.0), then=Reply(200, GOOD))
    with ECE(local_server.url, api_key="k", check_version=False, timeout=0.2, max_retries=0) as ece:
        with pytest.raises(TimeoutError):  # the client's timeout
            ece.deployments.get_deployment("d1")
    with ECE(local_server.url, api_key="k", check_version=False, max_retries=0) as ece:
        with pytest.raises(TimeoutError):  # a timeout for one call
            ece.deployments.get_deployment("d1", request_options=RequestOptions(timeout=0.2))
        assert ece.deployments.get_deployment("d1").id == "d1"
    _count("read timeout")


def test_the_call_deadline_error_names_the_full_url_and_how_to_change_it(local_server):
    local_server.script(Reply(200, GOOD, delay=1.0), then=Reply(200, GOOD))
    with ECE(local_server.url, api_key="k", check_version=False) as ece:
        with pytest.raises(TimeoutError) as caught:
            ece.deployments.get_deployment("d1", show_plans=True, request_options=RequestOptions(total_timeout=0.3))
    url = f"{local_server.url}/api/v1/deployments/d1?show_plans=true"
    assert (caught.value.url, caught.value.phase, caught.value.timeout) == (url, "deadline", 0.3)
    assert str(caught.value).startswith(f"GET {url}: no response within the call's deadline of 0.3s")
    assert "RequestOptions(total_timeout=...)" in str(caught.value)
    _count("deadline")


def test_connection_refused_is_a_connection_error_that_names_no_secret(fast_retries):
    probe = socket.create_server(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    with ECE(f"http://127.0.0.1:{port}", api_key=API_KEY, check_version=False, max_retries=1) as ece:
        with pytest.raises(ConnectionError) as caught:
            ece.deployments.get_deployment("d1")
    assert not isinstance(caught.value, TimeoutError)
    assert API_KEY not in str(caught.value)
    _count("connection refused")


def test_reset_mid_request_is_a_connection_error(local_server):
    local_server.script(Reply(reset=True), then=Reply(200, GOOD))
    with ECE(local_server.url, api_key="k", check_version=False, max_retries=0) as ece:
        with pytest.raises(ConnectionError):
            ece.deployments.get_deployment("d1")
        assert ece.deployments.get_deployment("d1").id == "d1"
    _count("reset")


def test_connection_reset_is_retried_for_get_but_not_for_post(local_server, fast_retries):
    local_server.script(Reply(reset=True))
    with ECE(local_server.url, api_key=API_KEY, check_version=False) as ece:
        ece.deployments.get_deployment("a")
        assert len(local_server.requests) == 2
        local_server.requests.clear()
        local_server.script(Reply(reset=True))
        with pytest.raises(ConnectionError):
            ece.deployments.create_deployment(body=DeploymentCreateRequest(resources={}))
        assert len(local_server.requests) == 1
        # The client is still usable afterwards.
        assert ece.deployments.get_deployment("a") is not None
    _count("reset, retried or not")
