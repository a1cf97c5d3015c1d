"""Plan attempts of the fake ECE and how they unfold.

A `Plan` is played as frames: pending with an empty log, then one more step per tick (the newest
``pending``/``in_progress``), then the ended attempt in ``current`` (or, for a resource whose
creation failed, in ``history`` only). Bodies follow ECE's ClusterPlanStepInfo: step_id, status,
stage, started, completed, duration_in_millis, info_log[] of timestamp, stage, message, details.
"""

from __future__ import annotations

import copy
import datetime
import uuid
from dataclasses import dataclass, field
from typing import Any

DEFAULT_STEPS = ("validate-plan-prerequisites", "allocate-instances", "start-instances", "wait-until-running")
SHUTDOWN_STEPS = ("validate-plan-prerequisites", "snapshot-cluster", "stop-instances", "remove-instances")
_EPOCH = datetime.datetime(2025, 6, 11, 19, 0, 0, tzinfo=datetime.UTC)


def timestamp(tick: int) -> str:
    """A time as ECE writes it, ``tick`` seconds after the fake's epoch (``2025-06-11T19:00:00.000Z``)."""
    return (_EPOCH + datetime.timedelta(seconds=tick)).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def iso(epoch: float) -> str:
    """An epoch time as ECE writes it."""
    moment = datetime.datetime.fromtimestamp(epoch, datetime.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Step:
    """One step of a plan attempt and how it ends: ``status="error"`` with ``messages`` fails it."""

    step_id: str
    status: str = "success"
    messages: tuple[str, ...] = ()
    details: dict[str, str] = field(default_factory=dict)
    failure_type: str | None = None


@dataclass
class Plan:
    """One plan attempt: its steps run one per tick, then it ends.

    ``outcome``: ``success``; ``failure`` (the attempt ends unhealthy with an ``error``; give one
    step ``status="error"``); ``running`` (it never ends). ``into_history``: a failed attempt that
    leaves no current plan, as for a resource whose creation failed. ``final_status`` is the
    resource's ``info.status`` once it ends.
    """

    steps: list[Step] = field(default_factory=lambda: [Step(step_id) for step_id in DEFAULT_STEPS])
    outcome: str = "success"
    attempt_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    error: str | None = None
    into_history: bool = False
    final_status: str = "started"

    @classmethod
    def failing(
        cls, step_id: str, message: str, *, failure_type: str | None = None, steps: tuple[str, ...] = DEFAULT_STEPS
    ) -> Plan:
        """A plan that fails at ``step_id`` (one of ``steps``) with ``message``."""
        if step_id not in steps:
            steps = (*steps[:-1], step_id)
        ran = [Step(name) for name in steps[: steps.index(step_id)]]
        failed = Step(step_id, status="error", messages=(message,), failure_type=failure_type)
        return cls([*ran, failed], outcome="failure", error=message)

    @classmethod
    def shutdown(cls) -> Plan:
        """The plan of a shutdown: the resource ends ``stopped``."""
        return cls([Step(step_id) for step_id in SHUTDOWN_STEPS], final_status="stopped")


DELETED = "deleted"
"""A frame: the resource is no longer in the deployment."""


@dataclass
class Frame:
    """What a resource shows at one tick: its ``plan_info`` and ``info.status``."""

    plan_info: dict[str, Any]
    status: str


def _step(step: Step, index: int, done: bool) -> dict[str, Any]:
    started = timestamp(10 * index)
    log = [{"timestamp": started, "stage": "starting", "message": f"Starting step {step.step_id}", "details": {}}]
    body: dict[str, Any] = {"step_id": step.step_id, "started": started, "info_log": log}
    if not done:
        body.update(status="pending", stage="in_progress")
        return body
    for message in step.messages:
        entry: dict[str, Any] = {
            "timestamp": timestamp(10 * index + 5),
            "stage": "completed",
            "message": message,
            "details": step.details,
            "delta_in_millis": 5000,
        }
        if step.failure_type:
            entry["failure_type"] = step.failure_type
        log.append(entry)
    body.update(status=step.status, stage="completed", completed=timestamp(10 * index + 9), duration_in_millis=9000)
    return body


def _attempt(template: dict[str, Any], plan: Plan, log: list[dict[str, Any]], *, ended: bool) -> dict[str, Any]:
    body = copy.deepcopy(template)
    for key in ("attempt_end_time", "error", "plan_attempt_name"):
        body.pop(key, None)
    body.update(plan_attempt_id=plan.attempt_id, plan_attempt_log=log, healthy=True, attempt_start_time=timestamp(0))
    if ended:
        body["attempt_end_time"] = timestamp(10 * len(plan.steps) + 9)
    return body


def unfold(plan: Plan, plan_info: dict[str, Any], template: dict[str, Any]) -> list[Frame]:
    """The frames of one plan attempt, starting from a resource's ``plan_info``; ``template`` is the
    attempt body (``plan``, ``source``, ...) that the attempt's fields are set on."""
    previous = {key: copy.deepcopy(value) for key, value in plan_info.items() if key != "pending"}
    history = list(previous.get("history") or [])
    running_status = "initializing" if "current" not in previous else "reconfiguring"

    def pending(log: list[dict[str, Any]]) -> Frame:
        return Frame({**previous, "pending": _attempt(template, plan, log, ended=False)}, running_status)

    frames = [pending([])]
    for index, step in enumerate(plan.steps):
        frames.append(
            pending([_step(done, i, True) for i, done in enumerate(plan.steps[:index])] + [_step(step, index, False)])
        )
    if plan.outcome == "running":
        return frames
    log = [_step(step, index, True) for index, step in enumerate(plan.steps)]
    if plan.outcome == "success":
        log.append(_step(Step("plan-completed"), len(plan.steps), True))
        attempt = _attempt(template, plan, log, ended=True)
        current = previous.get("current")
        known = {entry.get("plan_attempt_id") for entry in history if isinstance(entry, dict)}
        listed = isinstance(current, dict) and current.get("plan_attempt_id") not in known
        earlier = history + ([current] if listed else [])
        frames.append(Frame({"healthy": True, "current": attempt, "history": earlier + [attempt]}, plan.final_status))
        return frames
    attempt = _attempt(template, plan, log, ended=True)
    failing = next((step for step in plan.steps if step.status == "error"), plan.steps[-1])
    attempt["healthy"] = False
    attempt["error"] = {
        "timestamp": attempt["attempt_end_time"],
        "message": plan.error or (failing.messages[-1] if failing.messages else "plan failed"),
        "details": dict(failing.details),
    }
    if failing.failure_type:
        attempt["error"]["failure_type"] = failing.failure_type
    info: dict[str, Any] = {"healthy": False, "history": history + [attempt]}
    if not plan.into_history:
        info["current"] = attempt
    frames.append(Frame(info, "stopped" if plan.into_history else running_status))
    return frames
