"""Where the fake ECE's instances run: placement on allocators by zone and free memory, release
when a resource changes or stops, instances put on an allocator by the test, and moving them off
an allocator (vacate). Plain functions over the fake's ``allocators`` list (AllocatorInfo
bodies), so that the list stays the one the test sees."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from . import _bodies as bodies
from ._deployment import FakeDeployment

MOVE_GROUPS = ("elasticsearch", "kibana", "apm", "appsearch", "enterprise_search")
"""The resource kinds a vacate reports (MoveClustersDetails)."""
CALCULATED_PLAN = {"plan_configuration": {"move_only": True, "reallocate_instances": False}}
"""The plan ECE calculates to move a resource (a transient plan configuration): a move only."""


def free(allocator: dict[str, Any]) -> int:
    """Free memory (MB) of an allocator."""
    memory = allocator["capacity"]["memory"]
    return int(memory["total"]) - int(memory["used"])


def candidates(allocators: list[dict[str, Any]], memory: int, exclude: set[str]) -> list[dict[str, Any]]:
    """Allocators that can take an instance of ``memory`` MB, the emptiest first (none in maintenance)."""
    return sorted(
        (
            a
            for a in allocators
            if a["allocator_id"] not in exclude
            and not a["status"]["maintenance_mode"]
            and a["status"]["connected"]
            and free(a) >= memory
        ),
        key=lambda a: (-free(a), a["allocator_id"]),
    )


def release(allocators: list[dict[str, Any]], resource: dict[str, Any]) -> None:
    """The resource's instances leave their allocators."""
    resource["info"].setdefault("topology", {"healthy": True})["instances"] = []
    for allocator in allocators:
        kept = [i for i in allocator["instances"] if i.get("cluster_id") != resource["id"]]
        if len(kept) != len(allocator["instances"]):
            allocator["instances"] = kept
            allocator["capacity"]["memory"]["used"] = sum(int(i.get("node_memory", 0)) for i in kept)


def place(
    allocators: list[dict[str, Any]], deployment: FakeDeployment, kind: str, resource: dict[str, Any]
) -> str | None:
    """Places the instances of the resource's plan: one per zone of each topology element, on
    allocators with room (a synthetic allocator per zone when there are none). Returns why not,
    if they do not fit (and then places nothing)."""
    plan = deployment.plans.get((kind, resource["ref_id"])) or {}
    version = str((plan.get(kind) or {}).get("version") or bodies.STACK_VERSION)
    instances: list[dict[str, Any]] = []
    for element in plan.get("cluster_topology") or []:
        memory = int((element.get("size") or {}).get("value") or 0)
        zones = int(element.get("zone_count") or 1)
        if memory <= 0:
            continue
        used_zones: set[str] = set()
        for _ in range(zones):
            name = f"instance-{len(instances):010d}"
            if not allocators:
                zone = f"zone-{len(used_zones)}"
                used_zones.add(zone)
                instances.append(bodies.instance(kind, name, f"allocator-{zone}", zone, memory, version))
                continue
            fits = [a for a in candidates(allocators, memory, set()) if a["zone_id"] not in used_zones]
            if not fits:
                release(allocators, resource)
                return (
                    f"There is not enough capacity to allocate {zones} instance(s) of {memory} MB "
                    f"in distinct zones for {kind} {resource['ref_id']}"
                )
            target = fits[0]
            used_zones.add(target["zone_id"])
            instances.append(bodies.instance(kind, name, target["allocator_id"], target["zone_id"], memory, version))
            target["instances"].append(_allocated(deployment, kind, resource, name, memory))
            target["capacity"]["memory"]["used"] = int(target["capacity"]["memory"]["used"]) + memory
    resource["info"]["topology"]["instances"] = instances
    return None


def _allocated(
    deployment: FakeDeployment, kind: str, resource: dict[str, Any], name: str, memory: int
) -> dict[str, Any]:
    """An instance as its allocator lists it (AllocatedInstanceStatus)."""
    return {
        "cluster_type": kind,
        "cluster_id": resource["id"],
        "cluster_name": deployment.name,
        "deployment_id": deployment.id,
        "instance_name": name,
        "node_memory": memory,
        "healthy": True,
        "cluster_healthy": True,
        "moving": False,
        "instance_configuration_id": bodies.instance_configuration(kind),
    }


def hold(allocators: list[dict[str, Any]], target: dict[str, Any], deployment: FakeDeployment, kind: str) -> None:
    """Every instance of the deployment's ``kind`` resources runs on ``target`` (and leaves the
    allocator it was on); a resource without instances gets one of 1 GB."""
    for resource in deployment.body.get("resources", {}).get(kind) or []:
        for allocator in allocators:
            allocator["instances"] = [i for i in allocator["instances"] if i.get("cluster_id") != resource["id"]]
            allocator["capacity"]["memory"]["used"] = sum(int(i.get("node_memory", 0)) for i in allocator["instances"])
        topology = resource.setdefault("info", {}).setdefault("topology", {"healthy": True})
        instances = topology.get("instances") or [
            bodies.instance(
                kind, "instance-0000000000", target["allocator_id"], target["zone_id"], 1024, bodies.STACK_VERSION
            )
        ]
        for found in instances:
            memory = int((found.get("memory") or {}).get("instance_capacity") or 1024)
            found.update(allocator_id=target["allocator_id"], zone=target["zone_id"])
            target["instances"].append(_allocated(deployment, kind, resource, found["instance_name"], memory))
            target["capacity"]["memory"]["used"] = int(target["capacity"]["memory"]["used"]) + memory
        topology["instances"] = instances


@dataclass
class MoveRequest:
    """What a move asks (ECE's MoveClustersRequest and query): which resources (``kind`` from the
    path, ``cluster_ids`` from the body; None: all), the allocators to prefer, whether to move."""

    kind: str | None = None
    cluster_ids: set[str] | None = None
    preferred: dict[str, list[str]] = field(default_factory=dict)
    """Resource id -> the allocators its plan override prefers."""
    validate_only: bool = False

    def wants(self, kind: str, cluster_id: str) -> bool:
        return self.kind in (None, kind) and (self.cluster_ids is None or cluster_id in self.cluster_ids)


def move(
    allocators: list[dict[str, Any]],
    source: dict[str, Any],
    request: MoveRequest,
    refusals: dict[str, str],
) -> tuple[dict[str, Any], list[tuple[dict[str, Any], dict[str, Any]]]]:
    """Moves the instances of the chosen resources on ``source`` to other allocators with room (the
    preferred ones if the move names any, the same zone first). A resource in ``refusals`` (resource
    id -> why) or whose instances fit nowhere stays and is reported as a failure.

    Returns the MoveClustersCommandResponse body (``moves`` with each resource's `CALCULATED_PLAN`,
    ``failures``) and the (instance, new allocator) pairs moved (none with ``validate_only``)."""
    moves: dict[str, list[dict[str, Any]]] = {f"{kind}_clusters": [] for kind in MOVE_GROUPS}
    failures: dict[str, list[dict[str, Any]]] = {f"{kind}_clusters": [] for kind in MOVE_GROUPS}
    by_resource: dict[str, list[dict[str, Any]]] = {}
    for placed in source["instances"]:
        if placed["cluster_type"] in MOVE_GROUPS and request.wants(placed["cluster_type"], placed["cluster_id"]):
            by_resource.setdefault(placed["cluster_id"], []).append(placed)
    moved = []
    for cluster_id, instances in by_resource.items():
        kind = instances[0]["cluster_type"]
        group = f"{kind}_clusters"
        plan: list[tuple[dict[str, Any], dict[str, Any]]] = []
        for placed in instances:
            preferred = request.preferred.get(cluster_id)
            targets = [
                a
                for a in candidates(allocators, int(placed.get("node_memory", 0)), {source["allocator_id"]})
                if not preferred or a["allocator_id"] in preferred
            ]
            targets.sort(key=lambda a: a["zone_id"] != source["zone_id"])
            if targets:
                plan.append((placed, targets[0]))
        why = refusals.get(cluster_id)
        if why is None and len(plan) < len(instances):
            why = "There is no allocator with room for every instance of the resource"
        if why is not None:
            code = "clusters.cluster_plan_state_error" if cluster_id in refusals else "allocators.no_capacity"
            failures[group].append({"cluster_id": cluster_id, "errors": [{"code": code, "message": why}]})
            continue
        moves[group].append({"cluster_id": cluster_id, "calculated_plan": copy.deepcopy(CALCULATED_PLAN)})
        if request.validate_only:
            continue
        for placed, target in plan:
            memory = int(placed.get("node_memory", 0))
            source["instances"].remove(placed)
            source["capacity"]["memory"]["used"] = int(source["capacity"]["memory"]["used"]) - memory
            target["instances"].append(placed)
            target["capacity"]["memory"]["used"] = int(target["capacity"]["memory"]["used"]) + memory
            moved.append((placed, target))
    return {"moves": moves, "failures": failures}, moved


def zones(allocators: list[dict[str, Any]]) -> dict[str, Any]:
    """An AllocatorOverview body: the allocators grouped by zone."""
    found: dict[str, list[dict[str, Any]]] = {}
    for allocator in allocators:
        found.setdefault(allocator["zone_id"], []).append(allocator)
    return {"zones": [{"zone_id": zone, "allocators": members} for zone, members in found.items()]}
