"""Deployment plan tracking: what ``ece.deployments.wait_for_plans`` returns and
``ece.deployments.track_plans`` yields, the progress display, and the plan errors.

    from ece_client.plans import PlanEvent, PlanSummary, ProgressDisplay
"""

from ._plan_activity import RESOURCE_KINDS, PlanStep
from ._plan_settings import DEFAULT_MAX_POLL_ERRORS, DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, WaitSettings
from ._plan_wait import AsyncPlanTracker, AsyncSystemClock, PlanTracker, SystemClock
from ._plans import PlanEvent, PlanSummary, ResourceResult
from ._progress import ProgressDisplay
from ._workflow_errors import PlanError, PlanFailedError, PlanTimeoutError

__all__ = [
    "DEFAULT_MAX_POLL_ERRORS",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_TIMEOUT",
    "RESOURCE_KINDS",
    "AsyncPlanTracker",
    "AsyncSystemClock",
    "PlanError",
    "PlanEvent",
    "PlanFailedError",
    "PlanStep",
    "PlanSummary",
    "PlanTimeoutError",
    "PlanTracker",
    "ProgressDisplay",
    "ResourceResult",
    "SystemClock",
    "WaitSettings",
]
