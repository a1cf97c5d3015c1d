"""One deployment of the fake ECE: its ``GET /deployments/{id}`` body, the plan each resource
runs, and the frames (`_plans.Frame`) its resources show tick by tick."""

from __future__ import annotations

import copy
from typing import Any

from . import _bodies as bodies
from ._plans import DELETED, Frame


class FakeDeployment:
    """One deployment: its ``GET /deployments/{id}`` body and the frames its resources play."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body
        self.id: str = body["id"]
        self.name: str = body.get("name") or self.id
        self.frames: dict[tuple[str, str], list[Frame | str]] = {}
        self.position: dict[tuple[str, str], int] = {}
        self.readings = 0
        self.plans: dict[tuple[str, str], dict[str, Any]] = {}
        """The plan each resource runs (or last ran), by (kind, ref_id)."""
        self.credentials: dict[str, str] = {}
        """The ``elastic`` user's credentials, as the creation reply gave them (only then)."""

    def resources(self) -> list[tuple[str, dict[str, Any]]]:
        """(kind, resource body) of every resource, in ECE's kind order."""
        found = []
        for kind in bodies.KINDS:
            for resource in self.body.get("resources", {}).get(kind) or []:
                found.append((kind, resource))
        return found

    def resource(self, kind: str, ref_id: str) -> dict[str, Any]:
        for found_kind, resource in self.resources():
            if found_kind == kind and resource["ref_id"] == ref_id:
                return resource
        raise KeyError((kind, ref_id))

    def _frame(self, key: tuple[str, str]) -> Frame | str | None:
        frames = self.frames.get(key)
        if not frames:
            return None
        return frames[min(self.position[key], len(frames) - 1)]

    def plan_info_now(self, kind: str, ref_id: str) -> dict[str, Any]:
        """The resource's ``plan_info`` at the current tick."""
        frame = self._frame((kind, ref_id))
        if isinstance(frame, Frame):
            return frame.plan_info
        info: dict[str, Any] = self.resource(kind, ref_id)["info"].get("plan_info") or {"healthy": True, "history": []}
        return info

    def status_now(self, kind: str, ref_id: str) -> str:
        """The resource's ``info.status`` at the current tick."""
        frame = self._frame((kind, ref_id))
        if isinstance(frame, Frame):
            return frame.status
        return str(self.resource(kind, ref_id)["info"].get("status", "started"))

    def busy(self) -> bool:
        """Whether a plan of any resource is still pending."""
        return any("pending" in self.plan_info_now(kind, resource["ref_id"]) for kind, resource in self.resources())

    def play(self, kind: str, ref_id: str, frames: list[Frame | str]) -> None:
        """From the next reading on, the resource shows these frames, one per tick (the last one stays)."""
        self.frames[(kind, ref_id)] = frames
        self.position[(kind, ref_id)] = 0

    def advance(self, ticks: int = 1) -> None:
        """Every playing resource moves ``ticks`` frames on."""
        for key in self.position:
            self.position[key] += ticks

    def reading(self, *, logs: bool, history: bool, advance: bool = True, plans: bool = True) -> dict[str, Any]:
        """The body of ``GET /deployments/{id}``; with ``advance``, moves every resource one frame on."""
        body = copy.deepcopy(self.body)
        resources = body.get("resources", {})
        for kind in bodies.KINDS:
            kept = []
            for resource in resources.get(kind) or []:
                frame = self._frame((kind, resource["ref_id"]))
                if frame == DELETED:
                    continue
                if isinstance(frame, Frame):
                    resource["info"]["plan_info"] = copy.deepcopy(frame.plan_info)
                    resource["info"]["status"] = frame.status
                plan_info = resource.get("info", {}).get("plan_info") or {}
                if not history and "history" in plan_info:
                    plan_info["history"] = []
                for attempt in [plan_info.get("pending"), plan_info.get("current"), *(plan_info.get("history") or [])]:
                    if isinstance(attempt, dict):
                        if not logs:
                            attempt["plan_attempt_log"] = []
                        if not plans:
                            attempt.pop("plan", None)
                kept.append(resource)
            if kind in resources:
                resources[kind] = kept
        if advance:
            self.readings += 1
            self.advance()
        return body
