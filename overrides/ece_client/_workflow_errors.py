"""The errors of the workflows (plans, vacate, upgrade) and of operations a release lacks.

Imported on first use: a plain call does not create these classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import ECEError

if TYPE_CHECKING:
    from ._plan_activity import PlanStep
    from ._plans import PlanSummary


class PlanError(ECEError):
    """A deployment change (a plan) did not end well while the SDK waited for it.

    ``deployment_id`` names the deployment; ``summary`` (an ``ece_client.plans.PlanSummary``) is
    what the wait saw of every resource up to this error.
    """

    def __init__(self, message: str, *, deployment_id: str, summary: PlanSummary | None = None) -> None:
        super().__init__(message)
        self.deployment_id = deployment_id
        self.summary = summary


class PlanFailedError(PlanError):
    """A resource's plan attempt ended in failure.

    Names the failing resource (``kind``, ``ref_id``, ``resource_id``), the attempt
    (``plan_attempt_id``) and the step that failed (``step_id``), with that step's ``messages``,
    its ``details`` (string keys and values, from the step log and the attempt's error) and
    ``failure_type``. ``steps`` is the attempt's whole log (``ece_client.plans.PlanStep``);
    ``still_running`` lists the other resources whose plans had not finished yet.
    """

    def __init__(
        self,
        message: str,
        *,
        deployment_id: str,
        kind: str,
        ref_id: str,
        resource_id: str | None = None,
        plan_attempt_id: str | None = None,
        step_id: str | None = None,
        messages: tuple[str, ...] = (),
        details: dict[str, str] | None = None,
        failure_type: str | None = None,
        steps: tuple[PlanStep, ...] = (),
        still_running: tuple[tuple[str, str], ...] = (),
        summary: PlanSummary | None = None,
    ) -> None:
        super().__init__(message, deployment_id=deployment_id, summary=summary)
        self.kind = kind
        self.ref_id = ref_id
        self.resource_id = resource_id
        self.plan_attempt_id = plan_attempt_id
        self.step_id = step_id
        self.messages = messages
        self.details: dict[str, str] = dict(details or {})
        self.failure_type = failure_type
        self.steps = steps
        self.still_running = still_running


class PlanTimeoutError(PlanError):
    """The wait's deadline passed while plans were still running.

    The plans keep running on ECE: only the waiting stopped, nothing was cancelled. ``pending``
    lists each unfinished resource as (kind, ref_id, step_id of its latest step or None);
    ``timeout`` and ``elapsed`` are in seconds.

    It is not a subclass of the SDK's ``TimeoutError``, which means "the server did not answer"
    (a ``ConnectionError``): code that retries on connection errors must not take a plan still
    at work for a network failure.
    """

    def __init__(
        self,
        message: str,
        *,
        deployment_id: str,
        timeout: float,
        elapsed: float,
        pending: tuple[tuple[str, str, str | None], ...] = (),
        summary: PlanSummary | None = None,
    ) -> None:
        super().__init__(message, deployment_id=deployment_id, summary=summary)
        self.timeout = timeout
        self.elapsed = elapsed
        self.pending = pending


class UnsupportedOperationError(ECEError, NotImplementedError):
    """This build's ECE release lacks an operation (or a parameter of one) that a helper needs.

    Raised before any request is sent. ``release`` is the ECE release of the installed build,
    ``operation`` the missing operation's name, ``parameter`` the missing parameter (or None).
    """

    def __init__(self, message: str, *, release: str, operation: str, parameter: str | None = None) -> None:
        super().__init__(message)
        self.release = release
        self.operation = operation
        self.parameter = parameter


class VacateError(ECEError):
    """Vacating an allocator left resources on it: ECE refused to move them, or their plans failed
    or were still running at the deadline. The other resources were moved all the same.

    ``summary`` (an ``ece_client.workflows.VacateSummary``) has one result per resource: what moved,
    and for each failure its ``error``.
    """

    def __init__(self, message: str, *, allocator_id: str, summary: Any) -> None:
        super().__init__(message)
        self.allocator_id = allocator_id
        self.summary = summary


class DowngradeError(ECEError, ValueError):
    """An upgrade was asked for a version older than what a resource of the deployment runs.

    Raised before any change is made; ECE cannot go back to an older version of the stack.
    ``current`` maps each resource (``kind ref_id``) to its version; ``version`` is the one asked for.
    """

    def __init__(self, message: str, *, deployment_id: str, version: str, current: dict[str, str]) -> None:
        super().__init__(message)
        self.deployment_id = deployment_id
        self.version = version
        self.current = current


__all__ = [
    "DowngradeError",
    "PlanError",
    "PlanFailedError",
    "PlanTimeoutError",
    "UnsupportedOperationError",
    "VacateError",
]
