"""ApiKeyAuth and LoginAuth against a real fake ECE auth server on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import anyio
import ece_client._auth as auth_module
import httpx
import pytest
from ece_client._auth import ApiKeyAuth, LoginAuth
from ece_client._errors import AuthenticationError, ECEError, ResponseDecodeError, ServerError

USER = "admin"
PASSWORD = "pw-5f0c9e1a-secret"
CALLERS = 32


class FakeECE:
    """ECE's login, refresh and a protected API, with counters; every knob is a plain attribute."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.login_ttl = 3600.0  # seconds between issuing and session_expiration_time
        self.refresh_ttl = 3600.0
        self.login_delay = 0.0  # seconds the server takes to answer, so that callers pile up
        self.refresh_delay = 0.0
        self.login_mode = "ok"  # ok | html | no_token | bad_expiry | error503
        self.refresh_mode = "ok"  # ok | error | garbage | drop
        self.deny_all = False  # the protected API answers 401 whatever the token
        self.tokens: dict[str, float] = {}  # valid token -> expiry (epoch seconds)
        self.issued: list[str] = []
        self.counts: Counter[str] = Counter()
        self.calls: list[dict[str, Any]] = []  # the protected API's requests
        self.login_bodies: list[bytes] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                outer._serve(self)

            do_POST = do_PUT = do_DELETE = do_GET

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 128  # 32 callers connect at once

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def api_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api/v1"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def revoke_all(self) -> None:
        with self.lock:
            self.tokens.clear()

    # --- the server side ---

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        auth = handler.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else None
        path = handler.path
        if path == "/api/v1/users/auth/_login" and handler.command == "POST":
            self._login(handler, body)
        elif path == "/api/v1/users/auth/_refresh" and handler.command == "POST":
            self._refresh(handler, token)
        else:
            with self.lock:
                self.counts["calls"] += 1
                valid = not self.deny_all and token is not None and self.tokens.get(token, 0) > time.time()
                self.calls.append({"path": path, "token": token, "body": body, "valid": valid})
                if not valid:
                    self.counts["rejected"] += 1
            if valid:
                self._reply(handler, 200, {"ok": True, "path": path})
            else:
                self._unauthenticated(handler)

    def _login(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        with self.lock:
            self.counts["login_attempts"] += 1
            self.login_bodies.append(body)
        time.sleep(self.login_delay)
        if self.login_mode == "html":
            return self._reply(handler, 200, b"<html><body>Welcome to the proxy</body></html>", "text/html")
        if self.login_mode == "error503":
            return self._reply(handler, 503, {"errors": [{"code": "root.unavailable", "message": "try later"}]})
        try:
            creds = json.loads(body)
        except ValueError:
            creds = {}
        if creds != {"username": USER, "password": PASSWORD}:
            return self._unauthenticated(handler, code="auth.invalid_credentials", message="Invalid credentials")
        if self.login_mode == "no_token":
            return self._reply(handler, 200, {"session_expiration_time": _iso(time.time() + 60)})
        with self.lock:
            self.counts["logins"] += 1
        self._issue(handler, self.login_ttl, bad_expiry=self.login_mode == "bad_expiry")

    def _refresh(self, handler: BaseHTTPRequestHandler, token: str | None) -> None:
        with self.lock:
            self.counts["refresh_attempts"] += 1
            valid = token is not None and self.tokens.get(token, 0) > time.time()
        time.sleep(self.refresh_delay)
        if self.refresh_mode == "drop":
            handler.close_connection = True  # no reply at all: the client sees a connection error
            return
        if self.refresh_mode == "error":
            return self._reply(handler, 500, {"errors": [{"code": "root.unknown", "message": "boom"}]})
        if self.refresh_mode == "garbage":
            return self._reply(handler, 200, {"unexpected": "shape"})
        if not valid:
            return self._unauthenticated(handler)
        with self.lock:
            self.counts["refreshes"] += 1
        self._issue(handler, self.refresh_ttl)

    def _issue(self, handler: BaseHTTPRequestHandler, ttl: float, *, bad_expiry: bool = False) -> None:
        token = f"tok-{uuid.uuid4().hex}"
        expiry = time.time() + ttl
        with self.lock:
            self.tokens[token] = expiry
            self.issued.append(token)
        expiration = "some day soon" if bad_expiry else _iso(expiry)
        self._reply(handler, 200, {"token": token, "session_expiration_time": expiration})

    def _unauthenticated(
        self, handler: BaseHTTPRequestHandler, code: str = "root.unauthenticated", message: str = "Not logged in"
    ) -> None:
        self._reply(
            handler, 401, {"errors": [{"code": code, "message": message}]}, headers={"x-cloud-error-codes": code}
        )

    @staticmethod
    def _reply(
        handler: BaseHTTPRequestHandler,
        status: int,
        body: Any,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> None:
        payload = body if isinstance(body, bytes) else json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(payload)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(payload)


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@pytest.fixture
def ece():
    server = FakeECE()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def clock(monkeypatch):
    """Moves LoginAuth's renewal clock forward without sleeping: `clock.advance(seconds)`."""

    class Clock:
        offset = 0.0

        def advance(self, seconds: float) -> None:
            self.offset += seconds

    fake = Clock()
    monkeypatch.setattr(auth_module, "_now", lambda: time.monotonic() + fake.offset)
    return fake


def login_auth(ece: FakeECE, password: str = PASSWORD, refresh_margin: float = 60.0) -> LoginAuth:
    return LoginAuth(USER, password, ece.api_url, refresh_margin=refresh_margin)


def run_threads(client: httpx.Client, count: int = CALLERS) -> list[httpx.Response]:
    """`count` threads call the protected API at the same moment (a barrier releases them together)."""
    barrier = threading.Barrier(count)

    def call(i: int) -> httpx.Response:
        barrier.wait(timeout=5)
        return client.get(f"/platform/{i}")

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(call, range(count)))


async def run_tasks(client: httpx.AsyncClient, count: int = CALLERS) -> list[httpx.Response]:
    responses: list[httpx.Response] = []

    async def call(i: int) -> None:
        responses.append(await client.get(f"/platform/{i}"))

    async with anyio.create_task_group() as tg:
        for i in range(count):
            tg.start_soon(call, i)
    return responses


# --- ApiKeyAuth ---


def test_api_key_auth_sends_header_and_hides_key(local_server):
    auth = ApiKeyAuth("key-7d1e-secret")
    with httpx.Client(base_url=local_server.url + "/api/v1", auth=auth) as client:
        assert client.get("/platform").status_code == 200
        assert client.get("/platform").status_code == 200
    assert [r.headers["authorization"] for r in local_server.requests] == ["ApiKey key-7d1e-secret"] * 2
    assert repr(auth) == "ApiKeyAuth(api_key='***')"
    assert "key-7d1e" not in str(auth)


# --- LoginAuth: the normal path ---


def test_logs_in_once_for_many_calls(ece):
    auth = login_auth(ece)
    assert auth.expires_at is None
    with httpx.Client(base_url=ece.api_url, auth=auth) as client:
        for i in range(10):
            assert client.get(f"/platform/{i}").status_code == 200
    assert ece.counts["login_attempts"] == 1
    assert ece.counts["refresh_attempts"] == 0
    assert json.loads(ece.login_bodies[0]) == {"username": USER, "password": PASSWORD}
    assert [call["token"] for call in ece.calls] == [ece.issued[0]] * 10
    assert auth.expires_at is not None
    assert _iso(auth.expires_at.timestamp()) == _iso(ece.tokens[ece.issued[0]])
    with pytest.raises(AttributeError):
        auth.expires_at = None  # type: ignore[misc]


def test_repr_and_history_hide_secrets(ece):
    auth = login_auth(ece)
    with httpx.Client(base_url=ece.api_url, auth=auth) as client:
        response = client.get("/platform")
    token = ece.issued[0]
    for text in (repr(auth), str(auth)):
        assert PASSWORD not in text and token not in text
        assert "admin" in text and "***" in text
    # The login exchange stays in response.history, but its request no longer holds the password.
    (login_response,) = response.history
    assert login_response.request.url.path == "/api/v1/users/auth/_login"
    assert PASSWORD.encode() not in b"".join(login_response.request.stream)


def test_cold_start_of_32_threads_logs_in_once(ece):
    ece.login_delay = 0.3  # all callers arrive while the first login is in flight
    with httpx.Client(base_url=ece.api_url, auth=login_auth(ece)) as client:
        responses = run_threads(client)
    assert [r.status_code for r in responses] == [200] * CALLERS
    assert ece.counts["login_attempts"] == 1
    assert ece.counts["rejected"] == 0


def test_expiring_token_with_32_threads_refreshes_once(ece, clock):
    ece.login_ttl = 5.0  # a session shorter than refresh_margin (60 s) is renewed halfway through
    ece.refresh_delay = 0.3  # all callers see the expiring token while the refresh is in flight
    auth = login_auth(ece, refresh_margin=60.0)
    with httpx.Client(base_url=ece.api_url, auth=auth) as client:
        assert client.get("/platform").status_code == 200  # logs in
        first_expiry = auth.expires_at
        clock.advance(3)  # past halfway: the next requests must refresh
        responses = run_threads(client)
    assert [r.status_code for r in responses] == [200] * CALLERS
    assert ece.counts["refresh_attempts"] == 1
    assert ece.counts["login_attempts"] == 1
    assert ece.counts["rejected"] == 0
    refreshed = ece.issued[1]
    assert [call["token"] for call in ece.calls[1:]] == [refreshed] * CALLERS
    assert auth.expires_at is not None and first_expiry is not None and auth.expires_at > first_expiry


@pytest.mark.anyio
async def test_expiring_token_with_32_tasks_refreshes_once(ece, clock):
    ece.login_ttl = 5.0
    ece.refresh_delay = 0.3
    auth = login_auth(ece, refresh_margin=60.0)
    async with httpx.AsyncClient(base_url=ece.api_url, auth=auth) as client:
        assert (await client.get("/platform")).status_code == 200  # logs in
        clock.advance(3)
        responses = await run_tasks(client)
    assert [r.status_code for r in responses] == [200] * CALLERS
    assert ece.counts["refresh_attempts"] == 1
    assert ece.counts["login_attempts"] == 1
    assert ece.counts["rejected"] == 0
    assert [call["token"] for call in ece.calls[1:]] == [ece.issued[1]] * CALLERS


@pytest.mark.anyio
async def test_cold_start_of_32_tasks_logs_in_once(ece):
    ece.login_delay = 0.3
    async with httpx.AsyncClient(base_url=ece.api_url, auth=login_auth(ece)) as client:
        responses = await run_tasks(client)
    assert [r.status_code for r in responses] == [200] * CALLERS
    assert ece.counts["login_attempts"] == 1


def test_expired_token_logs_in_without_trying_refresh(ece, clock):
    with httpx.Client(base_url=ece.api_url, auth=login_auth(ece)) as client:
        client.get("/platform")
        clock.advance(3600 + 10)  # past session_expiration_time: a refresh would be refused anyway
        assert client.get("/platform").status_code == 200
    assert ece.counts["refresh_attempts"] == 0
    assert ece.counts["logins"] == 2


# --- LoginAuth: failures and fallbacks ---


@pytest.mark.parametrize("mode", ["error", "garbage"])
def test_refresh_failure_falls_back_to_login(ece, mode, clock):
    ece.login_ttl = 5.0
    ece.refresh_mode = mode  # 500, or a 200 without a token
    with httpx.Client(base_url=ece.api_url, auth=login_auth(ece)) as client:
        assert client.get("/platform").status_code == 200
        clock.advance(3)
        assert client.get("/platform").status_code == 200
    assert ece.counts["refresh_attempts"] == 1
    assert ece.counts["logins"] == 2
    assert [call["token"] for call in ece.calls] == ece.issued[:2]


def test_refresh_without_reply_makes_the_next_call_log_in(ece, clock):
    ece.login_ttl = 5.0
    ece.refresh_mode = "drop"  # the server closes the connection instead of answering
    with httpx.Client(base_url=ece.api_url, auth=login_auth(ece)) as client:
        assert client.get("/platform").status_code == 200
        clock.advance(3)
        with pytest.raises(httpx.TransportError):
            client.get("/platform")  # the refresh's connection error reaches this call
        assert client.get("/platform").status_code == 200
    assert ece.counts["refresh_attempts"] == 1  # not tried again
    assert ece.counts["logins"] == 2


def test_revoked_token_is_replayed_once_after_new_login(ece):
    with httpx.Client(base_url=ece.api_url, auth=login_auth(ece)) as client:
        assert client.get("/platform").status_code == 200
        ece.revoke_all()
        response = client.post("/deployments", json={"name": "replayed"})
    assert response.status_code == 200
    assert ece.counts["logins"] == 2
    assert ece.counts["rejected"] == 1
    first, replay = ece.calls[-2:]
    assert (first["token"], replay["token"]) == (ece.issued[0], ece.issued[1])
    assert first["body"] == replay["body"] == b'{"name":"replayed"}'


@pytest.mark.anyio
async def test_revoked_token_is_replayed_once_after_new_login_async(ece):
    async with httpx.AsyncClient(base_url=ece.api_url, auth=login_auth(ece)) as client:
        assert (await client.get("/platform")).status_code == 200
        ece.revoke_all()
        response = await client.post("/deployments", json={"name": "replayed"})
    assert response.status_code == 200
    assert ece.counts["logins"] == 2
    assert ece.counts["rejected"] == 1
    assert ece.calls[-1]["body"] == b'{"name":"replayed"}'


def test_revocation_seen_by_32_threads_gives_one_new_login(ece):
    with httpx.Client(base_url=ece.api_url, auth=login_auth(ece)) as client:
        assert client.get("/platform").status_code == 200
        ece.revoke_all()
        ece.login_delay = 0.3
        responses = run_threads(client)
    assert [r.status_code for r in responses] == [200] * CALLERS
    assert ece.counts["logins"] == 2


def test_second_401_is_returned_without_looping(ece):
    ece.deny_all = True
    with httpx.Client(base_url=ece.api_url, auth=login_auth(ece)) as client:
        response = client.get("/platform")
    assert response.status_code == 401
    assert ece.counts["calls"] == 2  # the request and its one replay
    assert ece.counts["login_attempts"] == 2  # the first login and the one after the 401


def test_wrong_password_raises_after_one_attempt(ece):
    wrong = "wrong-pw-81b2-secret"
    with httpx.Client(base_url=ece.api_url, auth=login_auth(ece, password=wrong)) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.get("/platform")
        assert ece.counts["login_attempts"] == 1
        with pytest.raises(AuthenticationError):
            client.get("/platform")  # each call tries once more, no loop
        assert ece.counts["login_attempts"] == 2
    error = caught.value
    assert error.status_code == 401
    assert "auth.invalid_credentials" in error.codes
    assert error.path == "/api/v1/users/auth/_login"
    for text in (str(error), repr(error)):
        assert wrong not in text and PASSWORD not in text
    assert wrong.encode() not in b"".join(error.response.request.stream)
    assert ece.counts["calls"] == 0


def test_login_server_error_is_retried_and_reported_as_a_server_error(ece, monkeypatch):
    monkeypatch.setattr("ece_client._retry.backoff", lambda attempt: 0.01)
    ece.login_mode = "error503"  # a coordinator restarting: the credentials may be fine
    auth = LoginAuth(USER, PASSWORD, ece.api_url, max_retries=2)
    with httpx.Client(base_url=ece.api_url, auth=auth) as client:
        with pytest.raises(ServerError) as caught:
            client.get("/platform")
    assert not isinstance(caught.value, AuthenticationError)
    assert caught.value.status_code == 503
    assert caught.value.codes == ("root.unavailable",)
    assert ece.counts["login_attempts"] == 3  # the first try and the client's two retries


@pytest.mark.parametrize("mode", ["html", "no_token"])
def test_malformed_login_reply_raises_a_typed_error(ece, mode):
    ece.login_mode = mode
    with httpx.Client(base_url=ece.api_url, auth=login_auth(ece)) as client:
        with pytest.raises(ECEError) as caught:
            client.get("/platform")
    assert type(caught.value) is ResponseDecodeError
    assert caught.value.status_code == 200
    assert "login reply" in str(caught.value)
    assert ece.counts["login_attempts"] == 1
    assert ece.counts["calls"] == 0


def test_unparsable_expiration_is_treated_as_short_lived(ece, clock):
    ece.login_mode = "bad_expiry"
    auth = login_auth(ece)
    with httpx.Client(base_url=ece.api_url, auth=auth) as client:
        for _ in range(3):
            assert client.get("/platform").status_code == 200
        assert auth.expires_at is None
        assert ece.counts["refresh_attempts"] == 0
        clock.advance(auth_module.UNKNOWN_EXPIRY_RENEW_AFTER + 1)
        assert client.get("/platform").status_code == 200
    assert ece.counts["refresh_attempts"] == 1
    assert ece.counts["login_attempts"] == 1
    assert auth.expires_at is not None  # the refresh reply's time parses


def test_invalidate_forces_a_new_login(ece):
    auth = login_auth(ece)
    with httpx.Client(base_url=ece.api_url, auth=auth) as client:
        client.get("/platform")
        auth.invalidate()
        assert auth.expires_at is None
        assert client.get("/platform").status_code == 200
    assert ece.counts["logins"] == 2
    assert ece.counts["refresh_attempts"] == 0


def test_debug_logs_contain_no_secrets(ece, caplog, clock):
    caplog.set_level(logging.DEBUG, logger="ece_client")
    ece.login_ttl = 5.0
    with httpx.Client(base_url=ece.api_url, auth=login_auth(ece)) as client:
        client.get("/platform")  # logs in
        clock.advance(3)
        client.get("/platform")  # refreshes
        ece.revoke_all()
        assert client.get("/platform").status_code == 200  # 401, new login, replay
    records = [r for r in caplog.records if r.name.startswith("ece_client")]
    messages = [r.getMessage() for r in records]
    for expected in ("logged in", "refreshed token", "re-login after 401"):
        assert expected in messages
    assert len(ece.issued) == 3
    for record in records:
        text = record.getMessage() + repr(record.args)
        for secret in (PASSWORD, *ece.issued):
            assert secret not in text
