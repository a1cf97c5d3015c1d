"""Vacating an allocator: what ecctl's ``platform allocator vacate`` does, as one call.

The steps, as cloud-sdk-go's ``allocatorapi.Vacate`` takes them:

1. Read the allocator: its health decides ``allocator_down`` (unless given) and its instances
   name the deployment of each resource.
2. Ask ECE what a move would do (``move_clusters`` with ``validate_only``): it answers with a
   calculated plan per resource, and the resources it cannot move.
3. Move each chosen resource on its own (``move_clusters_by_type``), with its calculated plan,
   the target allocators and the plan overrides: one refusal does not stop the others.
4. Follow the plans of every affected deployment concurrently, to their end or the deadline.

This module holds the steps' pure parts (choosing, building requests, the summary); the sync and
asyncio runs are in ``_vacate_run``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._plans import PlanSummary, format_elapsed

MOVED = "moved"
"""The resource's move was accepted (and, when waited for, its plan ended well)."""
VALIDATED = "validated"
"""``validate_only``: ECE says it can move the resource; nothing was moved."""
FAILED = "failed"
"""ECE refused the move, or its plan failed, or the wait for it stopped (deadline, errors)."""

_CLUSTERS = "_clusters"


def move_kinds(details_model: Any) -> tuple[str, ...]:
    """The resource kinds this release's move API knows (``elasticsearch``, ``kibana``, ...)."""
    return tuple(key.removesuffix(_CLUSTERS) for key in details_model._fields_by_key() if key.endswith(_CLUSTERS))


@dataclass(frozen=True)
class Candidate:
    """A resource ECE would move, with the plan it calculated for the move."""

    kind: str
    resource_id: str
    calculated_plan: Mapping[str, Any] | None


@dataclass(frozen=True)
class VacateResult:
    """What happened to one resource of the allocator.

    ``outcome`` is ``moved``, ``validated`` or ``failed``; ``error`` says why it failed (an
    ``ECEError``: the API's refusal, a ``PlanFailedError``, a ``PlanTimeoutError``...);
    ``plans`` is the wait's summary of the resource's deployment (None when not waited for).
    """

    kind: str
    resource_id: str
    outcome: str
    deployment_id: str | None = None
    error: Exception | None = None
    plans: PlanSummary | None = None

    def __str__(self) -> str:
        where = f" (deployment {self.deployment_id})" if self.deployment_id else ""
        text = f"{self.kind} {self.resource_id}{where}: {self.outcome}"
        return f"{text}: {self.error}" if self.error is not None else text


@dataclass(frozen=True)
class VacateSummary:
    """The outcome of vacating an allocator: one `VacateResult` per resource it looked at."""

    allocator_id: str
    results: tuple[VacateResult, ...] = ()
    elapsed: float = 0.0
    validate_only: bool = False

    @property
    def moved(self) -> tuple[VacateResult, ...]:
        return tuple(result for result in self.results if result.outcome == MOVED)

    @property
    def validated(self) -> tuple[VacateResult, ...]:
        return tuple(result for result in self.results if result.outcome == VALIDATED)

    @property
    def failed(self) -> tuple[VacateResult, ...]:
        return tuple(result for result in self.results if result.outcome == FAILED)

    @property
    def ok(self) -> bool:
        """Nothing failed."""
        return not self.failed

    def __str__(self) -> str:
        verb = "would move" if self.validate_only else "moved"
        count = len(self.validated if self.validate_only else self.moved)
        lines = [
            f"allocator {self.allocator_id}: {verb} {count}, failed {len(self.failed)} "
            f"in {format_elapsed(self.elapsed)}",
        ]
        lines.extend(f"  {result}" for result in self.results)
        return "\n".join(lines)


@dataclass
class VacateOptions:
    """The caller's choices, checked once before any request."""

    kinds: tuple[str, ...] | None = None
    resource_ids: tuple[str, ...] | None = None
    to_allocators: tuple[str, ...] | None = None
    plan_overrides: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def make(
        cls,
        known_kinds: Sequence[str],
        kinds: Iterable[str] | str | None,
        resource_ids: Iterable[str] | str | None,
        to_allocators: Iterable[str] | str | None,
        overrides: Mapping[str, bool | None],
    ) -> VacateOptions:
        chosen_kinds = _names("kinds", kinds)
        if chosen_kinds is not None:
            unknown = [kind for kind in chosen_kinds if kind not in known_kinds]
            if unknown:
                raise ValueError(f"kinds: {', '.join(map(repr, unknown))} not one of {', '.join(known_kinds)}")
        return cls(
            kinds=chosen_kinds,
            resource_ids=_names("resource_ids", resource_ids),
            to_allocators=_names("to_allocators", to_allocators),
            plan_overrides={key: value for key, value in overrides.items() if value is not None},
        )

    def wants(self, kind: str, resource_id: str) -> bool:
        if self.kinds is not None and kind not in self.kinds:
            return False
        return self.resource_ids is None or resource_id in self.resource_ids


def _names(what: str, value: Iterable[str] | str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    names = (value,) if isinstance(value, str) else tuple(value)
    if not names or not all(isinstance(name, str) and name for name in names):
        raise ValueError(f"{what} must be a non-empty list of non-empty strings (or None for all); got {value!r}")
    return names


def allocator_down(allocator: Mapping[str, Any]) -> bool | None:
    """As ecctl decides it: an allocator that is not connected, or not healthy, is down."""
    status = allocator.get("status")
    if not isinstance(status, Mapping):
        return None
    return status.get("connected") is False or status.get("healthy") is False


def deployments_by_resource(allocator: Mapping[str, Any]) -> dict[str, str]:
    """Resource id -> deployment id, for the allocator's instances that name their deployment."""
    found: dict[str, str] = {}
    for instance in allocator.get("instances") or ():
        if isinstance(instance, Mapping):
            resource_id, deployment_id = instance.get("cluster_id"), instance.get("deployment_id")
            if isinstance(resource_id, str) and isinstance(deployment_id, str) and deployment_id:
                found[resource_id] = deployment_id
    return found


def _entries(details: Any, kind: str) -> list[Mapping[str, Any]]:
    if not isinstance(details, Mapping):
        return []
    return [entry for entry in details.get(kind + _CLUSTERS) or () if isinstance(entry, Mapping)]


def failure_message(entry: Mapping[str, Any]) -> str:
    """The first error ECE gave for a resource it cannot move, as ``message (code)``."""
    for error in entry.get("errors") or ():
        if isinstance(error, Mapping):
            message, code = error.get("message") or "no message", error.get("code")
            return f"{message} ({code})" if code else str(message)
    return "ECE gave no reason"


def read_validation(
    response: Mapping[str, Any], kinds: Sequence[str], options: VacateOptions
) -> tuple[list[Candidate], list[tuple[str, str, str]]]:
    """The resources to move and those ECE refuses (kind, resource id, reason), as the caller chose them."""
    candidates: list[Candidate] = []
    refused: list[tuple[str, str, str]] = []
    for kind in kinds:
        for entry in _entries(response.get("moves"), kind):
            resource_id = entry.get("cluster_id")
            if isinstance(resource_id, str) and options.wants(kind, resource_id):
                plan = entry.get("calculated_plan")
                candidates.append(Candidate(kind, resource_id, plan if isinstance(plan, Mapping) else None))
        for entry in _entries(response.get("failures"), kind):
            resource_id = entry.get("cluster_id")
            if isinstance(resource_id, str) and options.wants(kind, resource_id):
                refused.append((kind, resource_id, failure_message(entry)))
    return candidates, refused


ES_ONLY_OVERRIDES = ("skip_snapshot", "skip_data_migration", "override_failsafe")
"""Plan overrides that only an Elasticsearch plan takes (ecctl sets them on Elasticsearch moves only)."""


def move_body(candidate: Candidate, options: VacateOptions) -> dict[str, Any]:
    """The ``MoveClustersRequest`` JSON that moves one resource with its calculated plan, the target
    allocators and the overrides (as cloud-sdk-go's ``ComputeVacateRequest``)."""
    entry: dict[str, Any] = {"cluster_ids": [candidate.resource_id]}
    if candidate.calculated_plan is not None:
        plan = copy.deepcopy(dict(candidate.calculated_plan))
        configuration = plan.get("plan_configuration")
        configuration = dict(configuration) if isinstance(configuration, Mapping) else {}
        if candidate.kind == "elasticsearch":
            configuration.update(options.plan_overrides)
        if options.to_allocators is not None:
            configuration["preferred_allocators"] = list(options.to_allocators)
        plan["plan_configuration"] = configuration
        entry["plan_override"] = plan
    return {candidate.kind + _CLUSTERS: [entry]}


def refusal(response: Mapping[str, Any], candidate: Candidate) -> str | None:
    """Why ECE refused a move it was asked for (its ``failures`` entry), or None if it accepted it."""
    for entry in _entries(response.get("failures"), candidate.kind):
        if entry.get("cluster_id") == candidate.resource_id:
            return failure_message(entry)
    return None


def reverse_lookup_query(kind: str, resource_id: str) -> dict[str, Any]:
    """The deployment search that finds a resource's deployment (cloud-sdk-go's ``NewReverseLookupQuery``)."""
    return {
        "query": {
            "nested": {
                "path": f"resources.{kind}",
                "query": {"match": {f"resources.{kind}.id": {"query": resource_id}}},
            }
        },
        "size": 1,
    }
