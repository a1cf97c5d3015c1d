"""Waiting for deployment plans (``wait_for_plans``, ``track_plans``), sync and asyncio, against a
fake ECE on 127.0.0.1 that plays plan progressions shaped like recorded ECE plan activity.

Time is a fake clock: sleeping moves it on, so waits are instant and every elapsed time exact.
"""

from __future__ import annotations

import inspect
import io
import logging

import pytest
from ece_client import ECE
from ece_client._plans import PlanWatch
from ece_client.errors import (
    ConnectionError,
    ECEError,
    NotFoundError,
    PermissionDeniedError,
    PlanError,
    PlanFailedError,
    PlanTimeoutError,
    ServerError,
)
from ece_client.plans import (
    DEFAULT_MAX_POLL_ERRORS,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_TIMEOUT,
    RESOURCE_KINDS,
    PlanEvent,
    PlanSummary,
    ProgressDisplay,
    WaitSettings,
)
from support.build import build_has
from support.fake_ece import RECORDED_DEPLOYMENTS, FakeDeployment, FakeECE, Plan, Step
from support.servers import Reply

ES, KB = ("elasticsearch", "main-elasticsearch"), ("kibana", "main-kibana")
STEPS = ("validate-plan-prerequisites", "allocate-instances", "start-instances", "wait-until-running")


class FakeClock:
    """Monotonic time that moves only when slept."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds


class AsyncFakeClock(FakeClock):
    async def sleep(self, seconds: float) -> None:  # type: ignore[override]
        FakeClock.sleep(self, seconds)


pytestmark = pytest.mark.usefixtures("fast_retries")


@pytest.fixture
def clock():
    return FakeClock()


def failing_plan(**settings) -> Plan:
    return Plan(
        [
            Step("validate-plan-prerequisites"),
            Step(
                "allocate-instances",
                status="error",
                messages=("Not enough capacity to allocate instance(s)",),
                details={"zone": "ece-zone-1", "instance_configuration": "aws.es.datahot.i3"},
                failure_type="InfrastructureFailure:NotEnoughCapacity",
            ),
        ],
        outcome="failure",
        **settings,
    )


def readings(fake: FakeECE, deployment: FakeDeployment) -> list[str]:
    return [path for path in fake.server.paths() if f"/deployments/{deployment.id}" in path]


# -- success ---------------------------------------------------------------------------------


def test_wait_follows_every_step_of_every_pending_plan_and_returns_a_summary(fake, ece, clock):
    deployment = fake.add_deployment()
    es_plan, kb_plan = Plan(), Plan([Step("validate-plan-prerequisites"), Step("restart-kibana")])
    fake.play(deployment, *ES, es_plan)
    fake.play(deployment, *KB, kb_plan)
    events: list[PlanEvent] = []

    summary = ece.deployments.wait_for_plans(deployment.id, poll_interval=2, progress=events.append, clock=clock)

    assert isinstance(summary, PlanSummary)
    others = [(kind, resource["ref_id"], "unchanged") for kind, resource in deployment.resources()][2:]
    assert [(r.kind, r.ref_id, r.outcome) for r in summary.resources] == [
        (*ES, "succeeded"),
        (*KB, "succeeded"),
        *others,  # integrations_server, where the release's deployments have it
    ]
    es = summary.resources[0]
    assert es.plan_attempt_id == es_plan.attempt_id and es.replaced_attempt_ids == ()
    assert [step.step_id for step in es.steps] == [*STEPS, "plan-completed"]
    assert all(step.status == "success" for step in es.steps)
    # Every step is reported as running, then as ended, once each, in order.
    es_steps = [(e.step_id, e.step_status) for e in events if e.type == "step" and e.kind == "elasticsearch"]
    expected = [(step, status) for step in STEPS for status in ("pending", "success")] + [("plan-completed", "success")]
    assert es_steps == expected
    assert [e.type for e in events if e.kind == "elasticsearch"][0] == "started"
    assert [e.type for e in events if e.kind == "elasticsearch"][-1] == "succeeded"
    assert all(e.deployment_id == deployment.id and e.resource_id for e in events)
    # Readings every poll_interval on the fake clock: elapsed times are exact.
    assert set(clock.sleeps) == {2}
    assert summary.elapsed == 2 * len(clock.sleeps) == events[-1].elapsed
    assert readings(fake, deployment)[0].endswith("?show_plans=true&show_plan_logs=true&enrich_with_template=false")
    assert all(request.method == "GET" for request in fake.server.requests)


@pytest.mark.parametrize("recorded_body", RECORDED_DEPLOYMENTS)
def test_every_resource_kind_is_followed(fake, ece, clock, recorded_body):
    deployment = fake.add_deployment(recorded_name=recorded_body)
    keys = [(kind, resource["ref_id"]) for kind, resource in deployment.resources()]
    for key in keys:
        fake.play(deployment, *key, Plan())
    summary = ece.deployments.wait_for_plans(deployment.id, poll_interval=1, clock=clock)
    assert [(r.kind, r.ref_id) for r in summary.changed] == keys
    assert {r.outcome for r in summary.resources} == {"succeeded"}


def test_every_resource_kind_of_the_release_is_covered_by_the_recorded_deployments(fake):
    """The six kinds the plan wait follows, less those the release's deployments do not have."""
    kinds = {kind for name in RECORDED_DEPLOYMENTS for kind, _ in fake.add_deployment(recorded_name=name).resources()}
    assert kinds == {kind for kind in RESOURCE_KINDS if build_has(f"DeploymentResources.{kind}")}
    assert {"elasticsearch", "kibana", "apm", "enterprise_search", "appsearch"} <= kinds


def test_nothing_pending_returns_after_one_reading(fake, ece, clock):
    deployment = fake.add_deployment()
    summary = ece.deployments.wait_for_plans(deployment.id, clock=clock)
    assert {r.outcome for r in summary.resources} == {"unchanged"}
    assert summary.changed == () and clock.sleeps == []
    assert len(readings(fake, deployment)) == 1


def test_track_plans_yields_the_events_then_sets_the_summary(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan([Step("a"), Step("b")]))
    tracker = ece.deployments.track_plans(deployment.id, poll_interval=1, clock=clock)
    assert fake.server.requests == []  # nothing is asked before iterating
    events = list(tracker)
    assert [e.type for e in events] == ["started", "step", "step", "step", "step", "step", "succeeded"]
    assert tracker.summary is not None and tracker.summary.changed[0].ref_id == ES[1]
    with pytest.raises(RuntimeError, match="once"):
        list(tracker)


def test_a_plan_pending_after_the_first_reading_is_followed_while_others_run(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan())

    def start_kibana_later(event: PlanEvent) -> None:
        if event.type == "step" and event.step_id == "allocate-instances" and event.step_status == "pending":
            fake.play(deployment, *KB, Plan([Step("restart-kibana")]))

    summary = ece.deployments.wait_for_plans(deployment.id, poll_interval=1, progress=start_kibana_later, clock=clock)
    assert [(r.kind, r.outcome) for r in summary.resources][:2] == [
        ("elasticsearch", "succeeded"),
        ("kibana", "succeeded"),
    ]


# -- failure ---------------------------------------------------------------------------------


def test_a_failed_plan_raises_with_the_failing_step_its_messages_and_details(fake, ece, clock):
    deployment = fake.add_deployment()
    plan = failing_plan()
    fake.play(deployment, *ES, plan)
    fake.play(deployment, *KB, Plan(outcome="running"))
    events: list[PlanEvent] = []

    with pytest.raises(PlanFailedError) as raised:
        ece.deployments.wait_for_plans(deployment.id, poll_interval=1, progress=events.append, clock=clock)

    error = raised.value
    assert isinstance(error, PlanError) and isinstance(error, ECEError)
    assert (error.deployment_id, error.kind, error.ref_id) == (deployment.id, *ES)
    assert error.plan_attempt_id == plan.attempt_id
    assert error.step_id == "allocate-instances"
    assert error.messages[-1] == "Not enough capacity to allocate instance(s)"
    assert error.details == {"zone": "ece-zone-1", "instance_configuration": "aws.es.datahot.i3"}
    assert error.failure_type == "InfrastructureFailure:NotEnoughCapacity"
    assert [step.status for step in error.steps] == ["success", "error"]
    assert error.still_running == (KB,)
    text = str(error)
    assert "allocate-instances" in text and "Not enough capacity" in text and "zone=ece-zone-1" in text
    assert "still running: kibana main-kibana" in text
    failed = [e for e in events if e.type == "failed"]
    assert [(e.kind, e.step_id, e.message) for e in failed] == [
        ("elasticsearch", "allocate-instances", "Not enough capacity to allocate instance(s)")
    ]
    assert error.summary.deployment_id == deployment.id


def test_a_failure_recorded_only_in_the_plan_history_is_found(fake, ece, clock):
    """A resource whose creation failed has no current plan: the ended attempt is in the history."""
    deployment = fake.add_deployment()
    plan = failing_plan(into_history=True)
    fake.play(deployment, *ES, plan)
    with pytest.raises(PlanFailedError) as raised:
        ece.deployments.wait_for_plans(deployment.id, poll_interval=1, clock=clock)
    assert raised.value.step_id == "allocate-instances"
    assert raised.value.plan_attempt_id == plan.attempt_id
    assert "show_plan_history=true" in readings(fake, deployment)[-1]
    assert not any("show_plan_history" in path for path in readings(fake, deployment)[:-1])


@pytest.mark.needs("ElasticsearchClusterPlanInfo.error", reason="the attempt's own error is where the reason is")
def test_an_unhealthy_attempt_without_an_error_step_fails_too(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan([Step("a")], outcome="failure", error="plan was cancelled"))
    with pytest.raises(PlanFailedError, match="plan was cancelled") as raised:
        ece.deployments.wait_for_plans(deployment.id, poll_interval=1, clock=clock)
    assert raised.value.step_id is None


# -- deadline --------------------------------------------------------------------------------


def test_the_deadline_raises_a_timeout_that_leaves_the_plan_running(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan(outcome="running"))

    with pytest.raises(PlanTimeoutError) as raised:
        ece.deployments.wait_for_plans(deployment.id, timeout=30, poll_interval=10, clock=clock)

    error = raised.value
    assert isinstance(error, PlanError) and not isinstance(error, ConnectionError)
    assert error.timeout == 30 and error.elapsed == 30
    assert error.pending == ((*ES, "start-instances"),)  # the step running at the fourth reading
    assert "keep running" in str(error) and "nothing was cancelled" in str(error)
    # Readings at 0, 10, 20 and 30 s: never a sleep past the deadline, one last reading on it.
    assert clock.sleeps == [10, 10, 10]
    assert len(readings(fake, deployment)) == 4
    assert {request.method for request in fake.server.requests} == {"GET"}  # nothing was cancelled
    assert [(r.kind, r.outcome) for r in error.summary.resources][0] == ("elasticsearch", "running")


def test_the_last_sleep_is_cut_to_the_deadline(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan(outcome="running"))
    with pytest.raises(PlanTimeoutError):
        ece.deployments.wait_for_plans(deployment.id, timeout=25, poll_interval=10, clock=clock)
    assert clock.sleeps == [10, 10, 5]


def test_a_plan_ending_on_the_last_reading_before_the_deadline_succeeds(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan([Step("a")]))  # ends at the third reading (t = 20)
    summary = ece.deployments.wait_for_plans(deployment.id, timeout=20, poll_interval=10, clock=clock)
    assert summary.changed and summary.elapsed == 20


# -- replaced, deleted -----------------------------------------------------------------------


def test_a_plan_replaced_by_a_newer_one_is_followed_to_the_newer_ones_end(fake, ece, clock):
    deployment = fake.add_deployment()
    first, newer = Plan(), Plan([Step("validate-plan-prerequisites"), Step("rolling-restart")])
    fake.play(deployment, *ES, first, newer, replaced_after=2)
    events: list[PlanEvent] = []

    summary = ece.deployments.wait_for_plans(deployment.id, poll_interval=1, progress=events.append, clock=clock)

    replaced = [e for e in events if e.type == "replaced"]
    assert len(replaced) == 1
    assert (replaced[0].previous_attempt_id, replaced[0].plan_attempt_id) == (first.attempt_id, newer.attempt_id)
    es = summary.resources[0]
    assert es.outcome == "succeeded"
    assert es.plan_attempt_id == newer.attempt_id and es.replaced_attempt_ids == (first.attempt_id,)
    assert [step.step_id for step in es.steps] == ["validate-plan-prerequisites", "rolling-restart", "plan-completed"]
    after = events[events.index(replaced[0]) :]
    assert [e.step_id for e in after if e.type == "step"][:2] == ["validate-plan-prerequisites"] * 2


def test_a_plan_replaced_by_a_newer_failing_one_raises_for_the_newer_one(fake, ece, clock):
    deployment = fake.add_deployment()
    first, newer = Plan(), failing_plan()
    fake.play(deployment, *ES, first, newer, replaced_after=1)
    with pytest.raises(PlanFailedError) as raised:
        ece.deployments.wait_for_plans(deployment.id, poll_interval=1, clock=clock)
    assert raised.value.plan_attempt_id == newer.attempt_id


def test_a_resource_deleted_while_waiting_is_reported_and_the_others_are_awaited(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan())
    fake.play(deployment, *KB, Plan(outcome="running"))
    fake.delete_after(deployment, *KB, readings=2)
    events: list[PlanEvent] = []

    summary = ece.deployments.wait_for_plans(deployment.id, poll_interval=1, progress=events.append, clock=clock)

    assert [(r.kind, r.outcome) for r in summary.resources][:2] == [
        ("elasticsearch", "succeeded"),
        ("kibana", "deleted"),
    ]
    assert [(r.kind, r.ref_id) for r in summary.deleted] == [KB]
    deleted = [e for e in events if e.type == "deleted"]
    assert [(e.kind, e.ref_id, e.elapsed) for e in deleted] == [(*KB, 2.0)]


def test_a_deployment_deleted_while_waiting_ends_the_wait(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan(outcome="running"))

    def delete_it(event: PlanEvent) -> None:
        if event.type == "step" and event.step_id == "allocate-instances":
            fake.remove_deployment(deployment)

    summary = ece.deployments.wait_for_plans(deployment.id, poll_interval=1, progress=delete_it, clock=clock)
    assert [(r.kind, r.outcome) for r in summary.resources][0] == ("elasticsearch", "deleted")


def test_an_unknown_deployment_raises_not_found_at_once(fake, ece, clock):
    with pytest.raises(NotFoundError):
        ece.deployments.wait_for_plans("no-such-deployment", clock=clock)
    assert clock.sleeps == []


# -- transient errors ------------------------------------------------------------------------


def test_transient_errors_while_polling_are_retried_without_losing_the_wait(fake, ece, clock, caplog):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan())
    path = f"/deployments/{deployment.id}"
    events: list[PlanEvent] = []

    def fail_mid_plan(event: PlanEvent) -> None:
        events.append(event)
        if event.type == "step" and event.step_id == "allocate-instances" and event.step_status == "pending":
            # One poll fails after the client's 2 retries (3 x 503); the next has a 503 and a reset first.
            fake.fail_next("GET", path, Reply(503), Reply(503), Reply(503), Reply(503), Reply(reset=True))

    with caplog.at_level(logging.WARNING, logger="ece_client"):
        summary = ece.deployments.wait_for_plans(deployment.id, poll_interval=1, progress=fail_mid_plan, clock=clock)

    assert summary.changed[0].outcome == "succeeded"
    es_steps = [(e.step_id, e.step_status) for e in events if e.type == "step"]
    expected = [(step, status) for step in STEPS for status in ("pending", "success")] + [("plan-completed", "success")]
    assert es_steps == expected  # nothing repeated, nothing lost
    assert "poll failed (1 of 5 allowed in a row)" in caplog.text
    assert fake.faults == []


def test_polls_failing_too_often_in_a_row_raise_the_last_error(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan(outcome="running"))
    fake.fail_next("GET", f"/deployments/{deployment.id}", *[Reply(503)] * 6)
    with pytest.raises(ServerError):
        ece.deployments.wait_for_plans(deployment.id, poll_interval=1, max_poll_errors=1, clock=clock)
    assert clock.sleeps == [1]


def test_a_deadline_passing_while_polls_fail_raises_the_timeout_chained_to_the_error(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan(outcome="running"))
    fake.fail_next("GET", f"/deployments/{deployment.id}", *[Reply(503)] * 30)
    with pytest.raises(PlanTimeoutError) as raised:
        ece.deployments.wait_for_plans(deployment.id, timeout=4, poll_interval=2, max_poll_errors=10, clock=clock)
    assert isinstance(raised.value.__cause__, ServerError)
    assert "could not be read in time" in str(raised.value)


def test_an_error_that_polling_again_cannot_fix_raises_at_once(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan(outcome="running"))
    fake.fail_next("GET", f"/deployments/{deployment.id}", Reply(403, {"errors": [{"code": "root.forbidden"}]}))
    with pytest.raises(PermissionDeniedError):
        ece.deployments.wait_for_plans(deployment.id, poll_interval=1, clock=clock)
    assert clock.sleeps == []


# -- one resource ----------------------------------------------------------------------------


def test_waiting_for_one_resource_ignores_the_others(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan(outcome="running"))
    fake.play(deployment, *KB, Plan([Step("restart-kibana")]))
    events: list[PlanEvent] = []
    summary = ece.deployments.wait_for_plans(
        deployment.id,
        resource_kind="kibana",
        ref_id="main-kibana",
        poll_interval=1,
        progress=events.append,
        clock=clock,
    )
    assert [(r.kind, r.ref_id, r.outcome) for r in summary.resources] == [(*KB, "succeeded")]
    assert {e.kind for e in events} == {"kibana"}


def test_waiting_for_one_kind(fake, ece, clock):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan(outcome="running"))
    fake.play(deployment, *KB, Plan([Step("restart-kibana")]))
    summary = ece.deployments.wait_for_plans(deployment.id, resource_kind="kibana", poll_interval=1, clock=clock)
    assert [r.kind for r in summary.resources] == ["kibana"]


def test_waiting_for_a_resource_the_deployment_lacks_raises(fake, ece, clock):
    deployment = fake.add_deployment()
    with pytest.raises(ECEError, match="has no kibana resource 'other-kibana'"):
        ece.deployments.wait_for_plans(deployment.id, resource_kind="kibana", ref_id="other-kibana", clock=clock)
    with pytest.raises(ECEError, match="has no apm resource"):
        ece.deployments.wait_for_plans(deployment.id, resource_kind="apm", clock=clock)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"ref_id": "main-kibana"}, "ref_id needs resource_kind"),
        ({"resource_kind": "logstash"}, "resource_kind must be one of"),
        ({"poll_interval": 0}, "poll_interval"),
        ({"timeout": -1}, "timeout"),
        ({"max_poll_errors": -1}, "max_poll_errors"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(fake, ece, settings, message):
    with pytest.raises(ValueError, match=message):
        ece.deployments.wait_for_plans("d1", **settings)
    assert fake.server.requests == []


# -- progress display ------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _events_of_a_wait(fake, ece, clock) -> list[PlanEvent]:
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan())
    fake.play(deployment, *KB, Plan([Step("restart-kibana")]))
    tracker = ece.deployments.track_plans(deployment.id, poll_interval=3, clock=clock)
    return list(tracker)


def test_progress_on_a_terminal_is_a_live_line_per_resource(fake, ece, clock, monkeypatch):
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("COLUMNS", "200")
    events = _events_of_a_wait(fake, ece, clock)
    terminal = Terminal()
    display = ProgressDisplay(terminal)
    assert display.live
    for event in events:
        display(event)
    display.close()
    output = terminal.getvalue()
    assert "\x1b[2F" in output  # redraws climb back over the two resource lines
    final_frame = output.rsplit("\x1b[2F", 1)[-1]
    lines = [line.replace("\x1b[2K", "") for line in final_frame.splitlines()]
    assert lines[0].startswith("elasticsearch main-elasticsearch  plan finished  [")
    assert lines[1].startswith("kibana main-kibana  plan finished  [")
    assert len(lines) == 2


def test_progress_elsewhere_is_plain_log_lines(fake, ece, clock):
    events = _events_of_a_wait(fake, ece, clock)
    stream = io.StringIO()
    display = ProgressDisplay(stream)
    assert not display.live
    for event in events:
        display(event)
    lines = stream.getvalue().splitlines()
    assert "\x1b" not in stream.getvalue()
    assert len(lines) == len(events)
    assert lines[0] == "[    0s] elasticsearch main-elasticsearch: plan " + events[0].plan_attempt_id + " running"
    assert any(
        line.startswith("[    6s] elasticsearch main-elasticsearch: step 'validate-plan-prerequisites' success")
        for line in lines
    )
    assert lines[-1].endswith("kibana main-kibana: plan finished") or lines[-1].endswith(
        "elasticsearch main-elasticsearch: plan finished"
    )


def test_a_dumb_terminal_gets_plain_lines(monkeypatch):
    monkeypatch.setenv("TERM", "dumb")
    assert not ProgressDisplay(Terminal()).live


def test_progress_true_writes_to_standard_error(fake, ece, clock, capsys):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan([Step("a")]))
    ece.deployments.wait_for_plans(deployment.id, poll_interval=1, progress=True, clock=clock)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "elasticsearch main-elasticsearch: step 'a' success" in captured.err
    assert captured.err.splitlines()[-1].endswith("plan finished")


def test_progress_must_be_a_flag_or_a_callable(fake, ece, clock):
    deployment = fake.add_deployment()
    with pytest.raises(TypeError, match="progress must be"):
        ece.deployments.wait_for_plans(deployment.id, progress="yes", clock=clock)  # type: ignore[arg-type]


# -- reading what servers send ---------------------------------------------------------------


def test_plan_logs_missing_required_fields_do_not_break_the_wait():
    watch = PlanWatch("d1")
    pending = {"plan_attempt_id": "a1", "plan_attempt_log": [{"status": "pending"}, None, {"step_id": "x"}]}
    deployment = {"resources": {"elasticsearch": [{"ref_id": "es", "info": {"plan_info": {"pending": pending}}}]}}
    events = watch.observe(deployment, 0.0)
    assert [e.type for e in events] == ["started", "step", "step", "step"]
    ended = {**pending, "plan_attempt_end_time": "2025-06-11T19:00:00Z", "healthy": True}
    deployment["resources"]["elasticsearch"][0]["info"]["plan_info"]["pending"] = ended
    assert [e.type for e in watch.observe(deployment, 1.0)] == ["succeeded"]  # an end time ends it
    assert watch.done


def test_null_resource_lists_and_absent_plan_info_are_read_as_nothing():
    watch = PlanWatch("d1")
    events = watch.observe({"resources": {"elasticsearch": None, "kibana": [{"ref_id": "kb"}]}}, 0.0)
    assert events == [] and watch.done
    assert [r.outcome for r in watch.summary(0.0).resources] == ["unchanged"]


def test_the_documented_defaults_are_those_of_every_wait():
    parameters = inspect.signature(ECE("http://h", api_key="k").deployments.wait_for_plans).parameters
    assert parameters["timeout"].default == DEFAULT_TIMEOUT
    assert parameters["poll_interval"].default == DEFAULT_POLL_INTERVAL
    assert parameters["max_poll_errors"].default == DEFAULT_MAX_POLL_ERRORS
    assert WaitSettings() == WaitSettings(DEFAULT_TIMEOUT, DEFAULT_POLL_INTERVAL, DEFAULT_MAX_POLL_ERRORS)


# -- asyncio ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_wait_follows_the_plans_to_a_summary(fake, async_ece):
    clock = AsyncFakeClock()
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan())
    events: list[PlanEvent] = []
    summary = await async_ece.deployments.wait_for_plans(
        deployment.id, poll_interval=2, progress=events.append, clock=clock
    )
    assert summary.changed[0].ref_id == ES[1] and summary.elapsed == 2 * len(clock.sleeps)
    assert [e.type for e in events][0] == "started" and events[-1].type == "succeeded"


@pytest.mark.anyio
async def test_async_track_plans_is_an_async_iterator(fake, async_ece):
    deployment = fake.add_deployment()
    fake.play(deployment, *KB, Plan([Step("restart-kibana")]))
    tracker = async_ece.deployments.track_plans(deployment.id, poll_interval=1, clock=AsyncFakeClock())
    events = [event async for event in tracker]
    assert [e.type for e in events] == ["started", "step", "step", "step", "succeeded"]
    assert tracker.summary is not None and tracker.summary.changed[0].kind == "kibana"


@pytest.mark.anyio
async def test_async_failure_raises_with_details(fake, async_ece):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, failing_plan())
    with pytest.raises(PlanFailedError) as raised:
        await async_ece.deployments.wait_for_plans(deployment.id, poll_interval=1, clock=AsyncFakeClock())
    assert raised.value.step_id == "allocate-instances" and raised.value.details["zone"] == "ece-zone-1"


@pytest.mark.anyio
async def test_async_deadline_leaves_the_plan_running(fake, async_ece):
    clock = AsyncFakeClock()
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan(outcome="running"))
    with pytest.raises(PlanTimeoutError, match="keep running"):
        await async_ece.deployments.wait_for_plans(deployment.id, timeout=9, poll_interval=3, clock=clock)
    assert clock.sleeps == [3, 3, 3]


@pytest.mark.anyio
async def test_async_transient_errors_do_not_lose_the_wait(fake, async_ece):
    deployment = fake.add_deployment()
    fake.play(deployment, *ES, Plan([Step("a")]))
    fake.fail_next("GET", f"/deployments/{deployment.id}", Reply(503), Reply(503), Reply(503), Reply(reset=True))
    summary = await async_ece.deployments.wait_for_plans(deployment.id, poll_interval=1, clock=AsyncFakeClock())
    assert summary.changed[0].outcome == "succeeded"
    assert fake.faults == []
