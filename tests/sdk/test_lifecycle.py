"""Deadlines, auth storms and a client's life (pickled errors, close() under load, event loops, fork),
against a local server."""

from __future__ import annotations

import asyncio
import os
import pickle
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from ece_client import ECE, AsyncECE
from ece_client.errors import (
    AuthenticationError,
    ClientClosedError,
    ECEError,
    NotFoundError,
    PlanFailedError,
    PlanTimeoutError,
    ServerError,
)
from support.servers import Reply

API_KEY = "k-123"
LOGIN = "/api/v1/users/auth/_login"
REFRESH = "/api/v1/users/auth/_refresh"


def _expiring_in(seconds: float) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat()


# --- 5. Deadlines and auth storms ---


def test_wait_for_plans_deadline_cuts_a_poll_in_flight(local_server):
    local_server.handler = lambda request: Reply(200, {"id": "d1"}, delay=20.0)  # accepts, never answers in time
    with ECE(local_server.url, api_key=API_KEY, check_version=False, timeout=60) as ece:
        started = time.monotonic()
        with pytest.raises(PlanTimeoutError) as caught:
            ece.deployments.wait_for_plans("d1", timeout=1.5, poll_interval=0.5)
        elapsed = time.monotonic() - started
    assert caught.value.timeout == 1.5
    assert elapsed < 1.5 + 2.5  # the deadline, plus at most one final poll's second, plus slack for a busy machine
    assert len(local_server.requests) <= 2


def test_a_login_answered_503_is_a_server_error_shared_by_every_waiting_caller(local_server, monkeypatch):
    monkeypatch.setattr("ece_client._retry.backoff", lambda attempt: 0.05)  # callers pile up meanwhile
    local_server.handler = lambda request: Reply(503, {"errors": [{"code": "root.unavailable"}]}, delay=0.2)
    callers = 16
    with ECE(local_server.url, username="admin", password="pw", check_version=False, max_retries=1) as ece:
        start = threading.Barrier(callers)

        def call(_: int) -> BaseException | None:
            start.wait()
            try:
                ece.deployments.get_deployment("d1")
            except ECEError as exc:
                return exc
            return None

        with ThreadPoolExecutor(callers) as pool:
            errors = list(pool.map(call, range(callers)))
    assert all(isinstance(e, ServerError) and not isinstance(e, AuthenticationError) for e in errors), errors
    assert local_server.paths().count(LOGIN) == 2  # one login and the client's one retry, for all 16 callers


def test_a_login_503_does_not_end_wait_for_plans(local_server, fast_retries):
    replies = [Reply(503, "restarting")] * 3 + [Reply(200, {"token": "t"})]

    def handler(request):
        if request.raw_path == LOGIN:
            return replies.pop(0) if replies else Reply(200, {"token": "t"})
        return Reply(200, {"id": "d1", "resources": {}})

    local_server.handler = handler
    with ECE(local_server.url, username="admin", password="pw", check_version=False, max_retries=0) as ece:
        summary = ece.deployments.wait_for_plans("d1", timeout=30, poll_interval=0.01)
    assert summary is not None
    assert local_server.paths().count(LOGIN) == 4  # three failed polls' logins, then one that worked


def test_a_session_shorter_than_the_refresh_margin_is_not_renewed_before_every_call(local_server):
    local_server.handler = lambda request: (
        Reply(200, {"token": "t", "session_expiration_time": _expiring_in(30)})
        if request.raw_path in (LOGIN, REFRESH)
        else Reply(200, {"id": "d1"})
    )
    with ECE(local_server.url, username="admin", password="pw", check_version=False) as ece:  # refresh_margin 60 s
        for _ in range(40):
            ece.deployments.get_deployment("d1")
    assert local_server.paths().count(LOGIN) == 1
    assert local_server.paths().count(REFRESH) == 0


def test_a_server_clock_behind_ours_never_means_a_login_per_call(local_server):
    past = (datetime.now(UTC) - timedelta(hours=2)).isoformat()  # expired by our clock as soon as issued
    local_server.handler = lambda request: (
        Reply(200, {"token": "t", "session_expiration_time": past}, {"Date": "not a date"})
        if request.raw_path == LOGIN
        else Reply(200, {"id": "d1"})
    )
    with ECE(local_server.url, username="admin", password="pw", check_version=False) as ece:
        for _ in range(20):
            ece.deployments.get_deployment("d1")
    assert local_server.paths().count(LOGIN) == 1


# --- 7. Lifecycle ---


def test_api_and_plan_errors_pickle_and_unpickle_intact(local_server):
    local_server.script(Reply(404, {"errors": [{"code": "deployments.deployment_not_found", "message": "gone"}]}))
    with ECE(local_server.url, api_key=API_KEY, check_version=False) as ece, pytest.raises(NotFoundError) as caught:
        ece.deployments.get_deployment("d1")
    errors = [
        caught.value,
        PlanFailedError(
            "plan failed", deployment_id="d1", kind="elasticsearch", ref_id="main", step_id="s", details={"a": "b"}
        ),
        PlanTimeoutError("too slow", deployment_id="d1", timeout=5.0, elapsed=5.1, pending=(("kibana", "k", None),)),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert copy.__dict__.keys() == error.__dict__.keys()
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (copy.status_code, copy.codes, copy.path) == (
        404,
        ("deployments.deployment_not_found",),
        "/api/v1/deployments/d1",
    )
    assert str(copy).startswith("HTTP 404: GET /api/v1/deployments/d1")
    assert pickle.loads(pickle.dumps(errors[1])).details == {"a": "b"}


def test_close_while_threads_call_ends_every_call_in_the_sdks_error(local_server):
    local_server.handler = lambda request: Reply(200, {"id": "d1"}, delay=0.01)
    ece = ECE(local_server.url, api_key=API_KEY, check_version=False, max_retries=0)
    outcomes: list[object] = []
    give_up = time.monotonic() + 20

    def caller() -> None:
        while time.monotonic() < give_up:  # calls until the client is closed under it
            try:
                ece.deployments.get_deployment("d1")
            except ClientClosedError:
                outcomes.append("closed")
                return
            except BaseException as exc:  # anything else is the bug this test is about
                outcomes.append(exc)
                return

    threads = [threading.Thread(target=caller) for _ in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    ece.close()
    for thread in threads:
        thread.join(10)
    assert outcomes == ["closed"] * len(threads), outcomes


def test_an_async_client_works_from_one_event_loop_after_another(local_server):
    local_server.handler = lambda request: Reply(200, {"id": "d1"})
    ece = AsyncECE(local_server.url, api_key=API_KEY, check_version=False)

    async def call() -> str:
        return (await ece.deployments.get_deployment("d1")).id

    assert [asyncio.run(call()) for _ in range(3)] == ["d1"] * 3
    asyncio.run(ece.aclose())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_a_forked_child_opens_its_own_connections(local_server):
    local_server.handler = lambda request: Reply(200, {"id": "d1"})
    with ECE(local_server.url, api_key=API_KEY, check_version=False) as ece:
        ece.deployments.get_deployment("d1")
        parent_pool = ece._http_client
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: report, never return into pytest
            code = 1
            try:
                fresh = ece._http_client is None
                ece.deployments.get_deployment("d1")
                code = 0 if fresh and ece._http_client is not parent_pool else 2
            finally:
                os.write(write, bytes([code]))
                os._exit(code)
        os.close(write)
        _, status = os.waitpid(pid, 0)
        assert os.read(read, 1) == b"\x00"
        os.close(read)
        assert os.waitstatus_to_exitcode(status) == 0
        ece.deployments.get_deployment("d1")  # the parent's pool still works
        assert ece._http_client is parent_pool
