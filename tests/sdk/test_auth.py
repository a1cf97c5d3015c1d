"""ApiKeyAuth and LoginAuth against the fake ECE (support.fake_ece) on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import anyio
import ece_client._login as auth_module
import httpx
import pytest
from ece_client._auth import ApiKeyAuth
from ece_client._errors import AuthenticationError, ECEError, ResponseDecodeError, ServerError
from ece_client._login import LoginAuth
from support.fake_ece import PASSWORD, USER, FakeECE, iso

CALLERS = 32


@pytest.fixture
def clock(monkeypatch):
    """Moves LoginAuth's renewal clock forward without sleeping: `clock.advance(seconds)`."""

    class Clock:
        offset = 0.0

        def advance(self, seconds: float) -> None:
            self.offset += seconds

    clock = Clock()
    monkeypatch.setattr(auth_module, "_now", lambda: time.monotonic() + clock.offset)
    return clock


def login_auth(fake: FakeECE, password: str = PASSWORD, refresh_margin: float = 60.0) -> LoginAuth:
    return LoginAuth(USER, password, fake.api_url, refresh_margin=refresh_margin)


def run_threads(client: httpx.Client, count: int = CALLERS) -> list[httpx.Response]:
    """`count` threads call the protected API at the same moment (a barrier releases them together)."""
    barrier = threading.Barrier(count)

    def call(i: int) -> httpx.Response:
        barrier.wait(timeout=5)
        return client.get("/platform")

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(call, range(count)))


async def run_tasks(client: httpx.AsyncClient, count: int = CALLERS) -> list[httpx.Response]:
    responses: list[httpx.Response] = []

    async def call(i: int) -> None:
        responses.append(await client.get("/platform"))

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


def test_logs_in_once_for_many_calls(fake):
    auth = login_auth(fake)
    assert auth.expires_at is None
    with httpx.Client(base_url=fake.api_url, auth=auth) as client:
        for _ in range(10):
            assert client.get("/platform").status_code == 200
    assert fake.counts["login_attempts"] == 1
    assert fake.counts["refresh_attempts"] == 0
    assert json.loads(fake.login_bodies[0]) == {"username": USER, "password": PASSWORD}
    assert [call["token"] for call in fake.calls] == [fake.issued[0]] * 10
    assert auth.expires_at is not None
    assert iso(auth.expires_at.timestamp()) == iso(fake.tokens[fake.issued[0]])
    with pytest.raises(AttributeError):
        auth.expires_at = None  # type: ignore[misc]


def test_repr_and_history_hide_secrets(fake):
    auth = login_auth(fake)
    with httpx.Client(base_url=fake.api_url, auth=auth) as client:
        response = client.get("/platform")
    token = fake.issued[0]
    for text in (repr(auth), str(auth)):
        assert PASSWORD not in text and token not in text
        assert "admin" in text and "***" in text
    # The login exchange stays in response.history, but its request no longer holds the password.
    (login_response,) = response.history
    assert login_response.request.url.path == "/api/v1/users/auth/_login"
    assert PASSWORD.encode() not in b"".join(login_response.request.stream)


def test_cold_start_of_32_threads_logs_in_once(fake):
    fake.login_delay = 0.3  # all callers arrive while the first login is in flight
    with httpx.Client(base_url=fake.api_url, auth=login_auth(fake)) as client:
        responses = run_threads(client)
    assert [r.status_code for r in responses] == [200] * CALLERS
    assert fake.counts["login_attempts"] == 1
    assert fake.counts["rejected"] == 0


def test_expiring_token_with_32_threads_refreshes_once(fake, clock):
    fake.login_ttl = 5.0  # a session shorter than refresh_margin (60 s) is renewed halfway through
    fake.refresh_delay = 0.3  # all callers see the expiring token while the refresh is in flight
    auth = login_auth(fake, refresh_margin=60.0)
    with httpx.Client(base_url=fake.api_url, auth=auth) as client:
        assert client.get("/platform").status_code == 200  # logs in
        first_expiry = auth.expires_at
        clock.advance(3)  # past halfway: the next requests must refresh
        responses = run_threads(client)
    assert [r.status_code for r in responses] == [200] * CALLERS
    assert fake.counts["refresh_attempts"] == 1
    assert fake.counts["login_attempts"] == 1
    assert fake.counts["rejected"] == 0
    refreshed = fake.issued[1]
    assert [call["token"] for call in fake.calls[1:]] == [refreshed] * CALLERS
    assert auth.expires_at is not None and first_expiry is not None and auth.expires_at > first_expiry


@pytest.mark.anyio
async def test_expiring_token_with_32_tasks_refreshes_once(fake, clock):
    fake.login_ttl = 5.0
    fake.refresh_delay = 0.3
    auth = login_auth(fake, refresh_margin=60.0)
    async with httpx.AsyncClient(base_url=fake.api_url, auth=auth) as client:
        assert (await client.get("/platform")).status_code == 200  # logs in
        clock.advance(3)
        responses = await run_tasks(client)
    assert [r.status_code for r in responses] == [200] * CALLERS
    assert fake.counts["refresh_attempts"] == 1
    assert fake.counts["login_attempts"] == 1
    assert fake.counts["rejected"] == 0
    assert [call["token"] for call in fake.calls[1:]] == [fake.issued[1]] * CALLERS


@pytest.mark.anyio
async def test_cold_start_of_32_tasks_logs_in_once(fake):
    fake.login_delay = 0.3
    async with httpx.AsyncClient(base_url=fake.api_url, auth=login_auth(fake)) as client:
        responses = await run_tasks(client)
    assert [r.status_code for r in responses] == [200] * CALLERS
    assert fake.counts["login_attempts"] == 1


def test_expired_token_logs_in_without_trying_refresh(fake, clock):
    with httpx.Client(base_url=fake.api_url, auth=login_auth(fake)) as client:
        client.get("/platform")
        clock.advance(3600 + 10)  # past session_expiration_time: a refresh would be refused anyway
        assert client.get("/platform").status_code == 200
    assert fake.counts["refresh_attempts"] == 0
    assert fake.counts["logins"] == 2


# --- LoginAuth: failures and fallbacks ---


@pytest.mark.parametrize("mode", ["error", "garbage"])
def test_refresh_failure_falls_back_to_login(fake, mode, clock):
    fake.login_ttl = 5.0
    fake.refresh_mode = mode  # 500, or a 200 without a token
    with httpx.Client(base_url=fake.api_url, auth=login_auth(fake)) as client:
        assert client.get("/platform").status_code == 200
        clock.advance(3)
        assert client.get("/platform").status_code == 200
    assert fake.counts["refresh_attempts"] == 1
    assert fake.counts["logins"] == 2
    assert [call["token"] for call in fake.calls] == fake.issued[:2]


def test_refresh_without_reply_makes_the_next_call_log_in(fake, clock):
    fake.login_ttl = 5.0
    fake.refresh_mode = "drop"  # the server closes the connection instead of answering
    with httpx.Client(base_url=fake.api_url, auth=login_auth(fake)) as client:
        assert client.get("/platform").status_code == 200
        clock.advance(3)
        with pytest.raises(httpx.TransportError):
            client.get("/platform")  # the refresh's connection error reaches this call
        assert client.get("/platform").status_code == 200
    assert fake.counts["refresh_attempts"] == 1  # not tried again
    assert fake.counts["logins"] == 2


def test_revoked_token_is_replayed_once_after_new_login(fake):
    with httpx.Client(base_url=fake.api_url, auth=login_auth(fake)) as client:
        assert client.get("/platform").status_code == 200
        fake.revoke_all()
        response = client.post("/deployments/_search", json={"size": 1})
    assert response.status_code == 200
    assert fake.counts["logins"] == 2
    assert fake.counts["rejected"] == 1
    first, replay = fake.calls[-2:]
    assert (first["token"], replay["token"]) == (fake.issued[0], fake.issued[1])
    assert first["body"] == replay["body"] == b'{"size":1}'


@pytest.mark.anyio
async def test_revoked_token_is_replayed_once_after_new_login_async(fake):
    async with httpx.AsyncClient(base_url=fake.api_url, auth=login_auth(fake)) as client:
        assert (await client.get("/platform")).status_code == 200
        fake.revoke_all()
        response = await client.post("/deployments/_search", json={"size": 1})
    assert response.status_code == 200
    assert fake.counts["logins"] == 2
    assert fake.counts["rejected"] == 1
    assert fake.calls[-1]["body"] == b'{"size":1}'


def test_revocation_seen_by_32_threads_gives_one_new_login(fake):
    with httpx.Client(base_url=fake.api_url, auth=login_auth(fake)) as client:
        assert client.get("/platform").status_code == 200
        fake.revoke_all()
        fake.login_delay = 0.3
        responses = run_threads(client)
    assert [r.status_code for r in responses] == [200] * CALLERS
    assert fake.counts["logins"] == 2


def test_second_401_is_returned_without_looping(fake):
    fake.deny_all = True
    with httpx.Client(base_url=fake.api_url, auth=login_auth(fake)) as client:
        response = client.get("/platform")
    assert response.status_code == 401
    assert fake.counts["calls"] == 2  # the request and its one replay
    assert fake.counts["login_attempts"] == 2  # the first login and the one after the 401


def test_wrong_password_raises_after_one_attempt(fake):
    wrong = "wrong-pw-81b2-secret"
    with httpx.Client(base_url=fake.api_url, auth=login_auth(fake, password=wrong)) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.get("/platform")
        assert fake.counts["login_attempts"] == 1
        with pytest.raises(AuthenticationError):
            client.get("/platform")  # each call tries once more, no loop
        assert fake.counts["login_attempts"] == 2
    error = caught.value
    assert error.status_code == 401
    assert "auth.invalid_credentials" in error.codes
    assert error.path == "/api/v1/users/auth/_login"
    for text in (str(error), repr(error)):
        assert wrong not in text and PASSWORD not in text
    assert wrong.encode() not in b"".join(error.response.request.stream)
    assert fake.counts["calls"] == 0


def test_login_server_error_is_retried_and_reported_as_a_server_error(fake, fast_retries):
    fake.login_mode = "error503"  # a coordinator restarting: the credentials may be fine
    auth = LoginAuth(USER, PASSWORD, fake.api_url, max_retries=2)
    with httpx.Client(base_url=fake.api_url, auth=auth) as client:
        with pytest.raises(ServerError) as caught:
            client.get("/platform")
    assert not isinstance(caught.value, AuthenticationError)
    assert caught.value.status_code == 503
    assert caught.value.codes == ("root.unavailable",)
    assert fake.counts["login_attempts"] == 3  # the first try and the client's two retries


@pytest.mark.parametrize("mode", ["html", "no_token"])
def test_malformed_login_reply_raises_a_typed_error(fake, mode):
    fake.login_mode = mode
    with httpx.Client(base_url=fake.api_url, auth=login_auth(fake)) as client:
        with pytest.raises(ECEError) as caught:
            client.get("/platform")
    assert type(caught.value) is ResponseDecodeError
    assert caught.value.status_code == 200
    assert "login reply" in str(caught.value)
    assert fake.counts["login_attempts"] == 1
    assert fake.counts["calls"] == 0


def test_unparsable_expiration_is_treated_as_short_lived(fake, clock):
    fake.login_mode = "bad_expiry"
    auth = login_auth(fake)
    with httpx.Client(base_url=fake.api_url, auth=auth) as client:
        for _ in range(3):
            assert client.get("/platform").status_code == 200
        assert auth.expires_at is None
        assert fake.counts["refresh_attempts"] == 0
        clock.advance(auth_module.UNKNOWN_EXPIRY_RENEW_AFTER + 1)
        assert client.get("/platform").status_code == 200
    assert fake.counts["refresh_attempts"] == 1
    assert fake.counts["login_attempts"] == 1
    assert auth.expires_at is not None  # the refresh reply's time parses


def test_invalidate_forces_a_new_login(fake):
    auth = login_auth(fake)
    with httpx.Client(base_url=fake.api_url, auth=auth) as client:
        client.get("/platform")
        auth.invalidate()
        assert auth.expires_at is None
        assert client.get("/platform").status_code == 200
    assert fake.counts["logins"] == 2
    assert fake.counts["refresh_attempts"] == 0


def test_debug_logs_contain_no_secrets(fake, caplog, clock):
    caplog.set_level(logging.DEBUG, logger="ece_client")
    fake.login_ttl = 5.0
    with httpx.Client(base_url=fake.api_url, auth=login_auth(fake)) as client:
        client.get("/platform")  # logs in
        clock.advance(3)
        client.get("/platform")  # refreshes
        fake.revoke_all()
        assert client.get("/platform").status_code == 200  # 401, new login, replay
    records = [r for r in caplog.records if r.name.startswith("ece_client")]
    messages = [r.getMessage() for r in records]
    for expected in ("logged in", "refreshed token", "re-login after 401"):
        assert expected in messages
    assert len(fake.issued) == 3
    for record in records:
        text = record.getMessage() + repr(record.args)
        for secret in (PASSWORD, *fake.issued):
            assert secret not in text
