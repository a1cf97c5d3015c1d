"""What the operator-workflow tests set up and read on the fake ECE (ece_client.testing's FakeECE,
through support.fake_ece): allocators holding given deployments with spare ones to move to, the
move calls a vacate made, the resources an allocator holds, and chosen plans for moves."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from support.fake_ece import FakeDeployment, FakeECE, Plan

MOVE = re.compile(r"/api/v1/platform/infrastructure/allocators/([^/]+)/clusters(?:/([a-z_]+))?/_move")
SPARE = ("alloc-2", "alloc-3")
"""Allocators with room that every scene has, for the moves to land on."""


@dataclass(frozen=True)
class Placed:
    """A resource with instances on an allocator."""

    kind: str
    resource_id: str
    deployment_id: str | None


def allocator(
    fake: FakeECE, allocator_id: str, *deployments: FakeDeployment, kinds: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """An allocator (AllocatorInfo body) running the resources of these deployments (of ``kinds``),
    with the `SPARE` allocators beside it."""
    for spare in SPARE:
        if not any(found["allocator_id"] == spare for found in fake.allocators):
            fake.add_allocator(spare, memory=1 << 20)
    added = fake.add_allocator(allocator_id, memory=1 << 20)
    for deployment in deployments:
        fake.place(deployment, allocator_id, kinds=kinds)
    return added


def placed(fake: FakeECE, allocator_id: str) -> list[Placed]:
    """The resources with instances on the allocator, each once, in the allocator's order."""
    (found,) = [item for item in fake.allocators if item["allocator_id"] == allocator_id]
    resources = {
        instance["cluster_id"]: Placed(instance["cluster_type"], instance["cluster_id"], instance.get("deployment_id"))
        for instance in found["instances"]
    }
    return list(resources.values())


def moves(fake: FakeECE) -> list[dict[str, Any]]:
    """Every move call the fake received: ``allocator_id``, ``type`` (None for ``move_clusters``),
    ``query`` (last value of each parameter) and ``body`` (JSON, ``{}`` if none)."""
    found = []
    for request in fake.requests:
        url = urlsplit(request.raw_path)
        match = MOVE.fullmatch(url.path)
        if request.method == "POST" and match:
            query = {key: values[-1] for key, values in parse_qs(url.query).items()}
            body = json.loads(request.body) if request.body else {}
            found.append({"allocator_id": match[1], "type": match[2], "query": query, "body": body})
    return found


def move_plans(fake: FakeECE, plans: dict[str, Plan]) -> None:
    """Moving a resource named in ``plans`` (by resource id) plays its plan; the rest as before."""
    chosen = fake.plan_for

    def plan_for(deployment: FakeDeployment, kind: str, ref_id: str, action: str) -> Plan:
        resource_id = deployment.resource(kind, ref_id)["id"]
        if action == "move" and resource_id in plans:
            return plans[resource_id]
        return chosen(deployment, kind, ref_id, action)

    fake.plan_for = plan_for
