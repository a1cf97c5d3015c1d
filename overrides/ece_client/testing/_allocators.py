"""Where the fake ECE's instances run: placement on allocators by zone and free memory, release
when a resource changes or stops, and vacating an allocator. Plain functions over the fake's
``allocators`` list (AllocatorInfo bodies), so that the list stays the one the test sees."""

from __future__ import annotations

from typing import Any

from . import _bodies as bodies
from ._deployment import FakeDeployment

MOVE_GROUPS = ("elasticsearch", "kibana", "apm", "appsearch", "enterprise_search")
"""The resource kinds a vacate reports (MoveClustersDetails)."""


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


def vacate(
    allocators: list[dict[str, Any]], source: dict[str, Any], *, validate_only: bool
) -> tuple[dict[str, Any], list[tuple[dict[str, Any], dict[str, Any]]]]:
    """Moves every instance of ``source`` to another allocator with room (the same zone first).

    Returns the MoveClustersCommandResponse body (``moves``, and ``failures`` for what fits
    nowhere) and the (instance, new allocator) pairs moved (none with ``validate_only``)."""
    moves: dict[str, list[dict[str, Any]]] = {f"{kind}_clusters": [] for kind in MOVE_GROUPS}
    failures: dict[str, list[dict[str, Any]]] = {f"{kind}_clusters": [] for kind in MOVE_GROUPS}
    moved = []
    for placed in list(source["instances"]):
        memory = int(placed.get("node_memory", 0))
        targets = candidates(allocators, memory, {source["allocator_id"]})
        targets.sort(key=lambda a: a["zone_id"] != source["zone_id"])
        group = f"{placed['cluster_type']}_clusters"
        detail = {"cluster_id": placed["cluster_id"]}
        if not targets:
            failures.setdefault(group, []).append(
                {**detail, "errors": [{"code": "allocators.no_capacity", "message": "no allocator has room"}]}
            )
            continue
        if detail not in moves.setdefault(group, []):
            moves[group].append(detail)
        if validate_only:
            continue
        target = targets[0]
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
