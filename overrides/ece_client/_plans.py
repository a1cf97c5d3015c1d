"""Following a deployment's plans: progress events, the final summary, and the state machine
that turns successive readings of the deployment into both.

`PlanWatch` is fed one deployment body per poll (``observe``) and answers with the events since
the previous one; it decides when every followed plan has ended, and how. It does no I/O and
reads no clock, so the sync and asyncio waits (``_plan_wait``) share it, and tests drive it
directly. The rules:

- A resource is followed from the moment it has a ``pending`` plan (at the first reading, or
  later while other plans still run). A resource with no pending plan at the first reading is
  ``unchanged``.
- Every step whose id, status or stage changed since the last reading gives a ``step`` event,
  steps that began and ended between two readings included.
- A pending plan whose ``plan_attempt_id`` changes was replaced by a newer one: a ``replaced``
  event, and the newer attempt is followed.
- When the pending plan is gone, its attempt has ended: it is looked up in ``current`` (or in
  ``history``, which needs one more reading with ``show_plan_history=true``: ``wants_history``)
  and judged: unhealthy, an error, or a step in error means failed (`PlanFailedError`).
- A resource that disappears (or a deployment that returns 404 while waiting) was deleted: a
  ``deleted`` event; it is not a failure, and the summary says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._errors import ECEError
from ._plan_activity import (
    RESOURCE_KINDS,
    PlanAttempt,
    PlanStep,
    ResourcePlans,
    attempt_failed,
    failing_step,
    find_attempt,
    latest_attempt,
    read_resources,
)
from ._workflow_errors import PlanFailedError, PlanTimeoutError

STARTED = "started"
STEP = "step"
REPLACED = "replaced"
SUCCEEDED = "succeeded"
FAILED = "failed"
DELETED = "deleted"
UNCHANGED = "unchanged"
RUNNING = "running"


def format_elapsed(seconds: float) -> str:
    """``42s``, ``3m05s``, ``1h02m``: short enough for a progress line."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


@dataclass(frozen=True)
class PlanEvent:
    """Something that happened to a resource's plan while waiting.

    ``type`` is one of ``started`` (a pending plan is now followed), ``step`` (a step began or
    changed status), ``replaced`` (a newer attempt took the pending plan's place;
    ``previous_attempt_id`` is the old one), ``succeeded``, ``failed``, ``deleted``.
    ``elapsed`` is in seconds since the wait started.
    """

    type: str
    deployment_id: str
    kind: str
    ref_id: str
    elapsed: float
    resource_id: str | None = None
    plan_attempt_id: str | None = None
    step_id: str | None = None
    step_status: str | None = None
    stage: str | None = None
    message: str | None = None
    previous_attempt_id: str | None = None

    def describe(self) -> str:
        """What happened, in words (without the resource's name)."""
        if self.type == STEP:
            # ECE marks a step that has not ended yet as "pending".
            status = "running" if self.step_status == "pending" else (self.step_status or "?")
            text = f"step {self.step_id!r} {status}"
            return f"{text}: {self.message}" if self.message else text
        if self.type == STARTED:
            return f"plan {self.plan_attempt_id or '(no attempt id)'} running" + (
                f", at step {self.step_id!r}" if self.step_id else ""
            )
        if self.type == REPLACED:
            return f"plan {self.previous_attempt_id} replaced by newer plan {self.plan_attempt_id}"
        if self.type == FAILED:
            text = f"plan FAILED at step {self.step_id!r}" if self.step_id else "plan FAILED"
            return f"{text}: {self.message}" if self.message else text
        if self.type == SUCCEEDED:
            return "plan finished"
        if self.type == DELETED:
            return "resource deleted while waiting"
        return self.type

    def __str__(self) -> str:
        return f"[{format_elapsed(self.elapsed):>6}] {self.kind} {self.ref_id}: {self.describe()}"


@dataclass(frozen=True)
class ResourceResult:
    """How one resource's plan ended.

    ``outcome``: ``succeeded`` (its plan finished well), ``unchanged`` (it had no pending plan
    to wait for) or ``deleted`` (it disappeared while waiting). A failure raises instead; in the
    summary an error carries, ``failed`` and ``running`` (its plan had not ended) appear too.
    """

    kind: str
    ref_id: str
    outcome: str
    resource_id: str | None = None
    plan_attempt_id: str | None = None
    replaced_attempt_ids: tuple[str, ...] = ()
    steps: tuple[PlanStep, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanSummary:
    """What a wait saw: one result per resource it looked at, and the time it took (seconds)."""

    deployment_id: str
    elapsed: float
    resources: tuple[ResourceResult, ...] = ()

    @property
    def changed(self) -> tuple[ResourceResult, ...]:
        """The resources whose plan was followed to its end."""
        return tuple(result for result in self.resources if result.outcome == SUCCEEDED)

    @property
    def deleted(self) -> tuple[ResourceResult, ...]:
        return tuple(result for result in self.resources if result.outcome == DELETED)

    def __str__(self) -> str:
        parts = [f"{result.kind} {result.ref_id} {result.outcome}" for result in self.resources]
        return (
            f"deployment {self.deployment_id}: "
            + (", ".join(parts) or "no resources")
            + (f" in {format_elapsed(self.elapsed)}")
        )


@dataclass
class _Followed:
    """What the watch knows about one resource it follows."""

    kind: str
    ref_id: str
    resource_id: str | None
    attempt_id: str | None
    outcome: str | None = None  # None while its plan runs
    seen: list[tuple[str, str, str | None]] = field(default_factory=list)
    steps: tuple[PlanStep, ...] = ()
    replaced: list[str] = field(default_factory=list)
    warnings: tuple[str, ...] = ()

    @property
    def last_step_id(self) -> str | None:
        return self.steps[-1].step_id if self.steps else None

    def result(self) -> ResourceResult:
        return ResourceResult(
            kind=self.kind,
            ref_id=self.ref_id,
            outcome=self.outcome or RUNNING,
            resource_id=self.resource_id,
            plan_attempt_id=self.attempt_id,
            replaced_attempt_ids=tuple(self.replaced),
            steps=self.steps,
            warnings=self.warnings,
        )


class PlanWatch:
    """Turns successive readings of a deployment into plan events, a summary or an error.

    ``resource_kind`` (and ``ref_id``) limit the watch to one kind (one resource).
    """

    def __init__(self, deployment_id: str, *, resource_kind: str | None = None, ref_id: str | None = None) -> None:
        if ref_id is not None and resource_kind is None:
            raise ValueError("ref_id needs resource_kind (e.g. resource_kind='kibana', ref_id='main-kibana')")
        if resource_kind is not None and str(resource_kind) not in RESOURCE_KINDS:
            raise ValueError(f"resource_kind must be one of {', '.join(RESOURCE_KINDS)}; got {resource_kind!r}")
        self.deployment_id = deployment_id
        self.resource_kind = None if resource_kind is None else str(resource_kind)
        self.ref_id = ref_id
        self.started = False
        """True once a reading has been observed."""
        self.wants_history = False
        """The last reading could not settle an ended attempt: read again with show_plan_history=true."""
        self.failure: PlanFailedError | None = None
        self._followed: dict[tuple[str, str], _Followed] = {}

    # -- state -------------------------------------------------------------------------------

    @property
    def running(self) -> list[_Followed]:
        return [item for item in self._followed.values() if item.outcome is None]

    @property
    def done(self) -> bool:
        """Every followed plan has ended (or the first reading found nothing to wait for)."""
        return self.started and not self.running and not self.wants_history

    def summary(self, elapsed: float) -> PlanSummary:
        ordered = sorted(self._followed.values(), key=lambda item: RESOURCE_KINDS.index(item.kind))
        return PlanSummary(self.deployment_id, elapsed, tuple(item.result() for item in ordered))

    def timeout_error(self, timeout: float, elapsed: float) -> PlanTimeoutError:
        """The error for a deadline that passed now: it names what still runs, and says it still runs."""
        pending = tuple((item.kind, item.ref_id, item.last_step_id) for item in self.running)
        if pending:
            what = ", ".join(
                f"{kind} {ref_id}" + (f" (at step {step!r})" if step else "") for kind, ref_id, step in pending
            )
            running = f"still running: {what}"
        else:
            running = "the plans could not be read in time"
        message = (
            f"deployment {self.deployment_id}: stopped waiting after {format_elapsed(elapsed)} "
            f"(timeout {timeout:g}s); {running}. The plans keep running on ECE: only the waiting stopped, "
            "nothing was cancelled. Wait again with wait_for_plans(), or cancel a plan with "
            "cancel_deployment_resource_pending_plan()."
        )
        return PlanTimeoutError(
            message,
            deployment_id=self.deployment_id,
            timeout=timeout,
            elapsed=elapsed,
            pending=pending,
            summary=self.summary(elapsed),
        )

    # -- readings ----------------------------------------------------------------------------

    def observe(
        self, deployment: Mapping[str, Any] | None, elapsed: float, *, with_history: bool = False
    ) -> list[PlanEvent]:
        """Events since the last reading. ``deployment`` is None when the deployment is gone (404).

        ``with_history`` says the reading was made with ``show_plan_history=true``.
        Sets ``failure`` when a plan failed, ``wants_history`` when one more reading is needed.
        """
        events: list[PlanEvent] = []
        self.wants_history = False
        if deployment is None:
            for item in self.running:
                item.outcome = DELETED
                events.append(self._event(DELETED, item, elapsed))
            self.started = True
            return events
        resources = {key: plans for key, plans in read_resources(deployment).items() if self._wanted(key)}
        if not self.started:
            self._first_reading(resources)
        for key, plans in resources.items():
            followed = self._followed.get(key)
            if followed is None or followed.outcome == UNCHANGED:
                if plans.pending is not None and self._may_follow():
                    events.extend(self._follow(key, plans, elapsed))
                elif followed is None and not self.started:
                    self._followed[key] = _Followed(plans.kind, plans.ref_id, plans.resource_id, None, UNCHANGED)
                continue
            if followed.outcome is None:
                events.extend(self._advance(followed, plans, elapsed, with_history))
        for key, item in self._followed.items():
            if item.outcome is None and key not in resources:
                item.outcome = DELETED
                events.append(self._event(DELETED, item, elapsed))
        self.started = True
        return events

    def _may_follow(self) -> bool:
        """A newly pending resource is followed at the first reading, or while other plans still run."""
        return not self.started or bool(self.running)

    def _wanted(self, key: tuple[str, str]) -> bool:
        kind, ref_id = key
        if self.resource_kind is not None and kind != self.resource_kind:
            return False
        return self.ref_id is None or ref_id == self.ref_id

    def _first_reading(self, resources: Mapping[tuple[str, str], ResourcePlans]) -> None:
        if self.resource_kind is not None and not resources:
            which = f"{self.resource_kind} resource" + (f" {self.ref_id!r}" if self.ref_id else "")
            raise ECEError(f"deployment {self.deployment_id} has no {which}")

    def _follow(self, key: tuple[str, str], plans: ResourcePlans, elapsed: float) -> list[PlanEvent]:
        assert plans.pending is not None
        item = _Followed(plans.kind, plans.ref_id, plans.resource_id, plans.pending.attempt_id)
        self._followed[key] = item
        latest = plans.pending.steps[-1] if plans.pending.steps else None
        events = [
            self._event(STARTED, item, elapsed, step_id=latest.step_id if latest else None),
            *self._steps(item, plans.pending, elapsed),
        ]
        if plans.pending.ended:
            events.extend(self._settle(item, plans.pending, elapsed))
        return events

    def _advance(self, item: _Followed, plans: ResourcePlans, elapsed: float, with_history: bool) -> list[PlanEvent]:
        events: list[PlanEvent] = []
        item.resource_id = plans.resource_id or item.resource_id
        pending = plans.pending
        if pending is not None:
            if pending.attempt_id != item.attempt_id:
                previous = item.attempt_id
                # The old attempt may have ended between two readings: report the steps it took.
                ended = find_attempt(plans, previous)
                if ended is not None:
                    events.extend(self._steps(item, ended, elapsed))
                if previous is not None:
                    item.replaced.append(previous)
                item.attempt_id, item.seen, item.steps = pending.attempt_id, [], ()
                events.append(self._event(REPLACED, item, elapsed, previous_attempt_id=previous))
            events.extend(self._steps(item, pending, elapsed))
            if pending.ended:
                events.extend(self._settle(item, pending, elapsed))
            return events
        ended = find_attempt(plans, item.attempt_id)
        if ended is None:
            if not with_history:
                self.wants_history = True  # the attempt left `current`: look for it in the history
                return events
            ended = latest_attempt(plans) or PlanAttempt(item.attempt_id, plans.healthy, True, item.steps)
        events.extend(self._steps(item, ended, elapsed))
        events.extend(self._settle(item, ended, elapsed))
        return events

    def _steps(self, item: _Followed, attempt: PlanAttempt, elapsed: float) -> list[PlanEvent]:
        """A step event for each step that is new or changed since the last reading of this attempt."""
        events = []
        seen = [(step.step_id, step.status, step.stage) for step in attempt.steps]
        for index, step in enumerate(attempt.steps):
            if index >= len(item.seen) or item.seen[index] != seen[index]:
                events.append(
                    self._event(
                        STEP,
                        item,
                        elapsed,
                        step_id=step.step_id,
                        step_status=step.status,
                        stage=step.stage,
                        message=step.message,
                    )
                )
        item.seen, item.steps = seen, attempt.steps
        return events

    def _settle(self, item: _Followed, attempt: PlanAttempt, elapsed: float) -> list[PlanEvent]:
        item.warnings = attempt.warnings
        if not attempt_failed(attempt):
            item.outcome = SUCCEEDED
            return [self._event(SUCCEEDED, item, elapsed)]
        item.outcome = FAILED
        step = failing_step(attempt)
        messages = step.messages if step else ()
        if attempt.error_message and attempt.error_message not in messages:
            messages = (*messages, attempt.error_message)
        event = self._event(
            FAILED,
            item,
            elapsed,
            step_id=step.step_id if step else None,
            step_status=step.status if step else None,
            message=messages[-1] if messages else None,
        )
        if self.failure is None:
            self.failure = self._failure(item, attempt, step, messages, elapsed)
        return [event]

    def _failure(
        self, item: _Followed, attempt: PlanAttempt, step: PlanStep | None, messages: tuple[str, ...], elapsed: float
    ) -> PlanFailedError:
        details = {**attempt.error_details, **(step.details if step else {})}
        failure_type = (step.failure_type if step else None) or attempt.error_failure_type
        still_running = tuple((other.kind, other.ref_id) for other in self.running)
        text = f"deployment {self.deployment_id}: {item.kind} {item.ref_id} plan failed"
        if item.attempt_id:
            text += f" (attempt {item.attempt_id})"
        if step is not None:
            text += f" at step {step.step_id!r}"
        if messages:
            text += f": {messages[-1]}"
        if failure_type:
            text += f" [{failure_type}]"
        if details:
            text += "; details: " + ", ".join(f"{key}={value}" for key, value in details.items())
        if still_running:
            text += "; still running: " + ", ".join(f"{kind} {ref_id}" for kind, ref_id in still_running)
        return PlanFailedError(
            text,
            deployment_id=self.deployment_id,
            kind=item.kind,
            ref_id=item.ref_id,
            resource_id=item.resource_id,
            plan_attempt_id=item.attempt_id,
            step_id=step.step_id if step else None,
            messages=messages,
            details=details,
            failure_type=failure_type,
            steps=attempt.steps,
            still_running=still_running,
            summary=self.summary(elapsed),
        )

    def _event(self, kind: str, item: _Followed, elapsed: float, **fields: Any) -> PlanEvent:
        return PlanEvent(
            type=kind,
            deployment_id=self.deployment_id,
            kind=item.kind,
            ref_id=item.ref_id,
            elapsed=elapsed,
            resource_id=item.resource_id,
            plan_attempt_id=item.attempt_id,
            **fields,
        )
