"""Running an allocator vacate (see ``_vacate`` for the steps): the sync run follows the affected
deployments on worker threads, the asyncio run on tasks; both share the requests and the verdicts."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from ._errors import ECEError
from ._plan_settings import WaitSettings
from ._plan_wait import TRANSIENT_ERRORS
from ._plans import SUCCEEDED, UNCHANGED, PlanEvent, PlanSummary
from ._vacate import (
    FAILED,
    MOVED,
    VALIDATED,
    Candidate,
    VacateOptions,
    VacateResult,
    VacateSummary,
    allocator_down,
    deployments_by_resource,
    move_body,
    move_kinds,
    read_validation,
    refusal,
    reverse_lookup_query,
)

OnEvent = Callable[[PlanEvent], object]


@dataclass(frozen=True)
class MoveFlags:
    """ECE's move options, sent with both the validation and the moves (None: the server's default)."""

    force_update: bool | None = None
    move_only: bool | None = None
    force_move: bool | None = None
    allocator_down: bool | None = None

    def check(self, group: Any) -> None:
        """`UnsupportedOperationError` for an option the caller set that this release's move API lacks."""
        from ._capabilities import operation, require_parameter

        for name in ("move_clusters", "move_clusters_by_type", "get_allocator"):
            operation(group, name)
        for key in ("force_update", "move_only", "force_move", "allocator_down"):
            if getattr(self, key) is not None:
                for name in ("move_clusters", "move_clusters_by_type"):
                    require_parameter(group, name, key)

    def query(self, group: Any, allocator: Mapping[str, Any]) -> dict[str, Any]:
        """The query parameters of both move operations. An option the caller set that this release's
        move API lacks raises `UnsupportedOperationError`; the health-derived ``allocator_down`` is
        left out where the release cannot take it."""
        from ._capabilities import accepts

        chosen = {
            "force_update": self.force_update,
            "move_only": self.move_only,
            "force_move": self.force_move,
            "allocator_down": self.allocator_down,
        }
        self.check(group)
        sent: dict[str, Any] = {key: value for key, value in chosen.items() if value is not None}
        down = allocator_down(allocator)
        if self.allocator_down is None and down is not None and accepts(group, "move_clusters", "allocator_down"):
            sent["allocator_down"] = down
        return sent


@dataclass(frozen=True)
class VacateRequest:
    """Everything one vacate call was asked to do."""

    allocator_id: str
    options: VacateOptions
    flags: MoveFlags
    validate_only: bool
    wait: bool
    settings: WaitSettings
    concurrency: int
    request_options: Any


def _kinds() -> tuple[str, ...]:
    from .models import MoveClustersDetails

    return move_kinds(MoveClustersDetails)


def _move_args(request: VacateRequest, candidate: Candidate) -> dict[str, Any]:
    from .models import MoveClustersByTypeClusterType, MoveClustersRequest

    return {
        "cluster_type": MoveClustersByTypeClusterType(candidate.kind),
        "body": MoveClustersRequest.from_dict(move_body(candidate, request.options)),
    }


def _settle_move(candidate: Candidate, answer: Any, deployment_id: str | None) -> VacateResult | None:
    """A failed result if ECE refused the move (or the call failed); None if it was accepted."""
    if isinstance(answer, ECEError):
        return VacateResult(candidate.kind, candidate.resource_id, FAILED, deployment_id, answer)
    reason = refusal(answer.to_dict(), candidate)
    if reason is not None:
        error = ECEError(f"ECE refused to move {candidate.kind} {candidate.resource_id}: {reason}")
        return VacateResult(candidate.kind, candidate.resource_id, FAILED, deployment_id, error)
    return None


def _verdict(candidate: Candidate, deployment_id: str, outcome: PlanSummary | Exception) -> VacateResult:
    """A moved resource's result from the wait on its deployment (a summary, or the error that ended it)."""
    kind, resource_id = candidate.kind, candidate.resource_id
    if isinstance(outcome, PlanSummary):
        return VacateResult(kind, resource_id, MOVED, deployment_id, plans=outcome)
    summary = getattr(outcome, "summary", None)
    if isinstance(summary, PlanSummary):
        for result in summary.resources:
            # Another resource of the deployment failed, or the deadline passed, after this one ended well.
            if result.resource_id == resource_id and result.outcome in (SUCCEEDED, UNCHANGED):
                return VacateResult(kind, resource_id, MOVED, deployment_id, plans=summary)
    return VacateResult(kind, resource_id, FAILED, deployment_id, outcome, summary)


def _serialized(on_event: OnEvent | None) -> OnEvent | None:
    """The caller's callback, called by one thread at a time."""
    if on_event is None:
        return None
    lock = threading.Lock()

    def call(event: PlanEvent) -> None:
        with lock:
            on_event(event)

    return call


def _remaining(settings: WaitSettings, start: float) -> float | None:
    if settings.timeout is None:
        return None
    return max(0.0, settings.timeout - (time.monotonic() - start))


class _Plan:
    """The moves to make and what became of them, filled as the run goes."""

    def __init__(self, request: VacateRequest) -> None:
        self.request = request
        self.start = time.monotonic()
        self.results: list[VacateResult] = []
        self.candidates: list[Candidate] = []
        self.owners: dict[str, str] = {}
        self.query: dict[str, Any] = {}

    def read_allocator(self, group: Any, allocator: Mapping[str, Any]) -> None:
        self.owners = deployments_by_resource(allocator)
        self.query = self.request.flags.query(group, allocator)

    def read_validation(self, validation: Mapping[str, Any]) -> None:
        self.candidates, refused = read_validation(validation, _kinds(), self.request.options)
        for kind, resource_id, reason in refused:
            error = ECEError(f"ECE cannot move {kind} {resource_id}: {reason}")
            self.results.append(VacateResult(kind, resource_id, FAILED, self.owners.get(resource_id), error))
        if self.request.validate_only:
            for candidate in self.candidates:
                owner = self.owners.get(candidate.resource_id)
                self.results.append(VacateResult(candidate.kind, candidate.resource_id, VALIDATED, owner))
            self.candidates = []

    def lookup_failed(self, candidate: Candidate, error: Exception) -> None:
        wrapped = error if isinstance(error, ECEError) else ECEError(str(error))
        self.results.append(VacateResult(candidate.kind, candidate.resource_id, FAILED, None, wrapped))

    def by_deployment(self, moved: list[Candidate]) -> dict[str, list[Candidate]]:
        grouped: dict[str, list[Candidate]] = {}
        for candidate in moved:
            grouped.setdefault(self.owners[candidate.resource_id], []).append(candidate)
        return grouped

    def followed(self, deployment_id: str, candidates: list[Candidate], reading: Any) -> list[Followed]:
        """Each moved resource of a deployment, with its ref id (from a reading of the deployment)."""
        ref_ids = _ref_ids(reading.to_dict() if not isinstance(reading, ECEError) else {})
        found = []
        for candidate in candidates:
            ref_id = ref_ids.get((candidate.kind, candidate.resource_id))
            if ref_id is None:
                error = (
                    reading
                    if isinstance(reading, ECEError)
                    else ECEError(
                        f"deployment {deployment_id} has no {candidate.kind} resource {candidate.resource_id}"
                    )
                )
                self.results.append(VacateResult(candidate.kind, candidate.resource_id, FAILED, deployment_id, error))
            else:
                found.append(Followed(candidate, deployment_id, ref_id))
        return found

    def summary(self) -> VacateSummary:
        return VacateSummary(
            self.request.allocator_id,
            tuple(self.results),
            time.monotonic() - self.start,
            self.request.validate_only,
        )


@dataclass(frozen=True)
class Followed:
    """A moved resource whose plan is followed."""

    candidate: Candidate
    deployment_id: str
    ref_id: str


def _ref_ids(deployment: Mapping[str, Any]) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    resources = deployment.get("resources")
    for kind, items in resources.items() if isinstance(resources, Mapping) else ():
        for item in items or ():
            if isinstance(item, Mapping) and isinstance(item.get("id"), str) and isinstance(item.get("ref_id"), str):
                found[(kind, item["id"])] = item["ref_id"]
    return found


def _found_deployment(answer: Any, candidate: Candidate) -> str:
    for deployment in answer.to_dict().get("deployments") or ():
        if isinstance(deployment, Mapping) and isinstance(deployment.get("id"), str):
            return str(deployment["id"])
    raise ECEError(f"no deployment has {candidate.kind} resource {candidate.resource_id}: cannot follow its move")


def run(group: Any, request: VacateRequest, on_event: OnEvent | None) -> VacateSummary:
    """Vacates the allocator with the sync client (see ``_vacate``)."""
    from ._capabilities import operation
    from .models import SearchRequest

    move_clusters = operation(group, "move_clusters")
    move_by_type = operation(group, "move_clusters_by_type")
    options = request.request_options
    plan = _Plan(request)
    plan.read_allocator(
        group, operation(group, "get_allocator")(request.allocator_id, request_options=options).to_dict()
    )
    validation = move_clusters(request.allocator_id, validate_only=True, **plan.query, request_options=options)
    plan.read_validation(validation.to_dict())
    moved: list[Candidate] = []
    for candidate in plan.candidates:
        try:
            answer: Any = move_by_type(
                request.allocator_id, **_move_args(request, candidate), **plan.query, request_options=options
            )
        except ECEError as error:
            answer = error
        failed = _settle_move(candidate, answer, plan.owners.get(candidate.resource_id))
        if failed is not None:
            plan.results.append(failed)
        elif not request.wait:
            plan.results.append(
                VacateResult(candidate.kind, candidate.resource_id, MOVED, plan.owners.get(candidate.resource_id))
            )
        else:
            moved.append(candidate)
    deployments = group._client.deployments
    for candidate in [c for c in moved if c.resource_id not in plan.owners]:
        try:
            query = SearchRequest.from_dict(reverse_lookup_query(candidate.kind, candidate.resource_id))
            found = deployments.search_deployments(body=query, request_options=options)
            plan.owners[candidate.resource_id] = _found_deployment(found, candidate)
        except ECEError as error:
            plan.lookup_failed(candidate, error)
    grouped = plan.by_deployment([c for c in moved if c.resource_id in plan.owners])
    if not grouped:
        return plan.summary()
    callback = _serialized(on_event)
    settings = request.settings
    followed: list[Followed] = []
    for deployment_id, candidates in grouped.items():
        reading: Any = None
        for attempt in range(settings.max_poll_errors + 1):  # polling failures tolerated as in the waits
            try:
                reading = deployments.get_deployment(deployment_id, request_options=options)
                break
            except TRANSIENT_ERRORS as error:
                reading = error
                time.sleep(settings.poll_interval if attempt < settings.max_poll_errors else 0)
            except ECEError as error:
                reading = error
                break
        followed.extend(plan.followed(deployment_id, candidates, reading))

    def follow(item: Followed) -> PlanSummary | Exception:
        try:
            tracker = deployments.track_plans(
                item.deployment_id,
                resource_kind=item.candidate.kind,
                ref_id=item.ref_id,
                timeout=_remaining(settings, plan.start),
                poll_interval=settings.poll_interval,
                max_poll_errors=settings.max_poll_errors,
                request_options=options,
            )
            return tracker.wait(callback)  # type: ignore[no-any-return]
        except ECEError as error:
            return error

    if followed:
        with ThreadPoolExecutor(max_workers=min(request.concurrency, len(followed))) as pool:
            outcomes = list(pool.map(follow, followed))
        plan.results.extend(
            _verdict(item.candidate, item.deployment_id, outcome)
            for item, outcome in zip(followed, outcomes, strict=True)
        )
    return plan.summary()


async def arun(group: Any, request: VacateRequest, on_event: OnEvent | None) -> VacateSummary:
    """Vacates the allocator with the asyncio client (see ``_vacate``)."""
    from ._capabilities import operation
    from .models import SearchRequest

    move_clusters = operation(group, "move_clusters")
    move_by_type = operation(group, "move_clusters_by_type")
    options = request.request_options
    plan = _Plan(request)
    allocator = await operation(group, "get_allocator")(request.allocator_id, request_options=options)
    plan.read_allocator(group, allocator.to_dict())
    validation = await move_clusters(request.allocator_id, validate_only=True, **plan.query, request_options=options)
    plan.read_validation(validation.to_dict())
    moved: list[Candidate] = []
    for candidate in plan.candidates:
        try:
            answer: Any = await move_by_type(
                request.allocator_id, **_move_args(request, candidate), **plan.query, request_options=options
            )
        except ECEError as error:
            answer = error
        failed = _settle_move(candidate, answer, plan.owners.get(candidate.resource_id))
        if failed is not None:
            plan.results.append(failed)
        elif not request.wait:
            plan.results.append(
                VacateResult(candidate.kind, candidate.resource_id, MOVED, plan.owners.get(candidate.resource_id))
            )
        else:
            moved.append(candidate)
    deployments = group._client.deployments
    for candidate in [c for c in moved if c.resource_id not in plan.owners]:
        try:
            query = SearchRequest.from_dict(reverse_lookup_query(candidate.kind, candidate.resource_id))
            found = await deployments.search_deployments(body=query, request_options=options)
            plan.owners[candidate.resource_id] = _found_deployment(found, candidate)
        except ECEError as error:
            plan.lookup_failed(candidate, error)
    grouped = plan.by_deployment([c for c in moved if c.resource_id in plan.owners])
    if not grouped:
        return plan.summary()
    settings = request.settings
    followed: list[Followed] = []
    for deployment_id, candidates in grouped.items():
        reading: Any = None
        for attempt in range(settings.max_poll_errors + 1):  # polling failures tolerated as in the waits
            try:
                reading = await deployments.get_deployment(deployment_id, request_options=options)
                break
            except TRANSIENT_ERRORS as error:
                reading = error
                await asyncio.sleep(settings.poll_interval if attempt < settings.max_poll_errors else 0)
            except ECEError as error:
                reading = error
                break
        followed.extend(plan.followed(deployment_id, candidates, reading))
    gate = asyncio.Semaphore(request.concurrency)

    async def follow(item: Followed) -> PlanSummary | Exception:
        async with gate:
            try:
                tracker = deployments.track_plans(
                    item.deployment_id,
                    resource_kind=item.candidate.kind,
                    ref_id=item.ref_id,
                    timeout=_remaining(settings, plan.start),
                    poll_interval=settings.poll_interval,
                    max_poll_errors=settings.max_poll_errors,
                    request_options=options,
                )
                return await tracker.wait(on_event)  # type: ignore[no-any-return]
            except ECEError as error:
                return error

    outcomes = await asyncio.gather(*(follow(item) for item in followed))
    plan.results.extend(
        _verdict(item.candidate, item.deployment_id, outcome) for item, outcome in zip(followed, outcomes, strict=True)
    )
    return plan.summary()
