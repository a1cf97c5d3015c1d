"""Reading plan activity out of a deployment, as ``GET /deployments/{id}?show_plans=true&show_plan_logs=true``
returns it.

Each resource (``resources.<kind>[]``) has ``info.plan_info`` with a ``pending`` attempt while a
change runs, the ``current`` attempt once it has ended, and the ``history`` of attempts (only
with ``show_plan_history=true``). An attempt has a ``plan_attempt_id``, ``healthy`` and a
``plan_attempt_log`` of steps (``step_id``, ``status``: success / warning / error / pending,
``stage``, ``info_log[]`` messages with details).

This module reads the JSON (a model's ``to_dict()``), not the typed models: real servers leave
out fields the spec requires, and following a plan must not fail on a field it does not need.
Everything here is pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

RESOURCE_KINDS = ("elasticsearch", "kibana", "apm", "integrations_server", "enterprise_search", "appsearch")
"""The kinds of resource a deployment has, in the order ECE lists them in ``resources``."""

ERROR = "error"


@dataclass(frozen=True, eq=True)
class PlanStep:
    """One step of a plan attempt's log."""

    step_id: str
    status: str
    """success, warning, error or pending (a newer ECE may send another value; it is kept)."""
    stage: str | None = None
    """starting, in_progress or completed."""
    started: str | None = None
    completed: str | None = None
    duration_ms: int | None = None
    messages: tuple[str, ...] = ()
    """The step's info log messages, oldest first."""
    details: Mapping[str, str] = field(default_factory=dict, hash=False)
    """The details of the step's info log entries, merged (later entries win)."""
    failure_type: str | None = None

    @property
    def message(self) -> str | None:
        """The step's latest message."""
        return self.messages[-1] if self.messages else None


@dataclass(frozen=True)
class PlanAttempt:
    """One attempt at applying a plan to a resource."""

    attempt_id: str | None
    healthy: bool | None
    ended: bool
    """The attempt has an end time (it is no longer running)."""
    steps: tuple[PlanStep, ...] = ()
    error_message: str | None = None
    error_details: Mapping[str, str] = field(default_factory=dict, hash=False)
    error_failure_type: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResourcePlans:
    """The plan situation of one resource of a deployment."""

    kind: str
    ref_id: str
    resource_id: str | None
    pending: PlanAttempt | None
    current: PlanAttempt | None
    history: tuple[PlanAttempt, ...]
    healthy: bool | None
    """``plan_info.healthy``: False when the last attempt failed."""


def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _details(value: Any) -> dict[str, str]:
    return {str(key): str(item) for key, item in _dict(value).items() if item is not None}


def read_step(raw: Any) -> PlanStep:
    """A step of ``plan_attempt_log``, whatever the server left out."""
    step = _dict(raw)
    messages: list[str] = []
    details: dict[str, str] = {}
    failure_type: str | None = None
    for entry in _list(step.get("info_log")):
        entry = _dict(entry)
        message = _str(entry.get("message"))
        if message:
            messages.append(message)
        details.update(_details(entry.get("details")))
        failure_type = _str(entry.get("failure_type")) or failure_type
    duration = step.get("duration_in_millis")
    return PlanStep(
        step_id=_str(step.get("step_id")) or "",
        status=_str(step.get("status")) or "",
        stage=_str(step.get("stage")),
        started=_str(step.get("started")),
        completed=_str(step.get("completed")),
        duration_ms=duration if isinstance(duration, int) and not isinstance(duration, bool) else None,
        messages=tuple(messages),
        details=details,
        failure_type=failure_type,
    )


def read_attempt(raw: Any) -> PlanAttempt | None:
    """A plan attempt (``pending``, ``current`` or a ``history`` entry); None when absent."""
    if not isinstance(raw, Mapping):
        return None
    error = _dict(raw.get("error"))
    warnings = tuple(
        _str(_dict(warning).get("message")) or _str(_dict(warning).get("code")) or ""
        for warning in _list(raw.get("warnings"))
    )
    return PlanAttempt(
        attempt_id=_str(raw.get("plan_attempt_id")),
        healthy=_bool(raw.get("healthy")),
        # ECE calls it attempt_end_time; some plan activity bodies say plan_attempt_end_time.
        ended=bool(raw.get("attempt_end_time") or raw.get("plan_attempt_end_time")),
        steps=tuple(read_step(step) for step in _list(raw.get("plan_attempt_log"))),
        error_message=_str(error.get("message")),
        error_details=_details(error.get("details")),
        error_failure_type=_str(error.get("failure_type")),
        warnings=tuple(warning for warning in warnings if warning),
    )


def read_resources(deployment: Mapping[str, Any]) -> dict[tuple[str, str], ResourcePlans]:
    """Every resource of a deployment body, keyed by (kind, ref_id), in ECE's order."""
    found: dict[tuple[str, str], ResourcePlans] = {}
    resources = _dict(deployment.get("resources"))
    for kind in RESOURCE_KINDS:
        for raw in _list(resources.get(kind)):
            resource = _dict(raw)
            ref_id = _str(resource.get("ref_id")) or _str(resource.get("id"))
            if ref_id is None:
                continue
            plan_info = _dict(_dict(resource.get("info")).get("plan_info"))
            history = tuple(
                attempt for attempt in map(read_attempt, _list(plan_info.get("history"))) if attempt is not None
            )
            found[(kind, ref_id)] = ResourcePlans(
                kind=kind,
                ref_id=ref_id,
                resource_id=_str(resource.get("id")),
                pending=read_attempt(plan_info.get("pending")),
                current=read_attempt(plan_info.get("current")),
                history=history,
                healthy=_bool(plan_info.get("healthy")),
            )
    return found


def attempt_failed(attempt: PlanAttempt) -> bool:
    """An ended attempt failed: it is unhealthy, carries an error, or a step ended in error."""
    return (
        attempt.healthy is False
        or attempt.error_message is not None
        or any(step.status == ERROR for step in attempt.steps)
    )


def failing_step(attempt: PlanAttempt) -> PlanStep | None:
    """The step that made an attempt fail: the first step in error (later ones are often the rollback)."""
    for step in attempt.steps:
        if step.status == ERROR:
            return step
    return None


def find_attempt(resource: ResourcePlans, attempt_id: str | None) -> PlanAttempt | None:
    """The ended attempt with this id, in ``current`` or ``history``; None if neither has it."""
    if resource.current is not None and resource.current.attempt_id == attempt_id:
        return resource.current
    for attempt in reversed(resource.history):
        if attempt.attempt_id == attempt_id:
            return attempt
    return None


def latest_attempt(resource: ResourcePlans) -> PlanAttempt | None:
    """The newest ended attempt: ``current``, else the last of ``history`` (a deployment whose creation
    failed has no current plan)."""
    if resource.current is not None:
        return resource.current
    return resource.history[-1] if resource.history else None
