"""Upgrading a deployment's stack version: the version checks and the update requests of each stage.

ECE upgrades Elasticsearch before the resources that connect to it (Kibana, APM, Integrations
Server, Enterprise Search, App Search must not run a newer version than their Elasticsearch),
so an upgrade has two stages: the Elasticsearch resources, waited for to their end, then all the
others in one request. Each stage re-applies the resources' current plans (``_update_payload``)
with only the version changed, and ``prune_orphans`` false so that nothing else is touched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._plans import PlanSummary
from ._update_payload import ELASTICSEARCH, update_request_body
from ._workflow_errors import DowngradeError

_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?")


def parse_version(text: str) -> tuple[int, int, int, int, str]:
    """A stack version as a sortable key: ``8.15.0-rc1`` sorts before ``8.15.0``."""
    match = _VERSION.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"not a stack version (MAJOR.MINOR.PATCH, e.g. '8.15.1'): {text!r}")
    major, minor, patch, pre = match.groups()
    return int(major), int(minor), int(patch), 0 if pre else 1, pre or ""


def current_versions(deployment: Mapping[str, Any]) -> dict[tuple[str, str], str]:
    """(kind, ref_id) -> the version its current plan runs, for each resource that has one."""
    found: dict[tuple[str, str], str] = {}
    resources = deployment.get("resources")
    if not isinstance(resources, Mapping):
        return found
    for kind, items in resources.items():
        for resource in items or ():
            if not isinstance(resource, Mapping):
                continue
            current = ((resource.get("info") or {}).get("plan_info") or {}).get("current") or {}
            version = ((current.get("plan") or {}).get(kind) or {}).get("version")
            if isinstance(version, str) and isinstance(resource.get("ref_id"), str):
                found[(kind, resource["ref_id"])] = version
    return found


def check_upgrade(deployment_id: str, deployment: Mapping[str, Any], version: str) -> dict[tuple[str, str], str]:
    """The versions now; `DowngradeError` if a resource runs a newer version than ``version``."""
    target = parse_version(version)
    versions = current_versions(deployment)
    newer = {key: found for key, found in versions.items() if parse_version(found) > target}
    if newer:
        listed = ", ".join(f"{kind} {ref_id} runs {found}" for (kind, ref_id), found in newer.items())
        raise DowngradeError(
            f"deployment {deployment_id}: cannot go from a newer version to {version} ({listed}); "
            "ECE does not downgrade the stack: restore a snapshot into a new deployment instead",
            deployment_id=deployment_id,
            version=version,
            current={f"{kind} {ref_id}": found for (kind, ref_id), found in versions.items()},
        )
    return versions


def stage_body(deployment: Mapping[str, Any], version: str, *, elasticsearch: bool) -> dict[str, Any] | None:
    """The update request of one stage (its resources not yet at ``version``), or None if none is left."""
    outdated = {
        key for key, found in current_versions(deployment).items() if parse_version(found) < parse_version(version)
    }
    body = update_request_body(deployment)
    resources: dict[str, list[dict[str, Any]]] = {}
    for kind, payloads in body.get("resources", {}).items():
        if (kind == ELASTICSEARCH) != elasticsearch:
            continue
        chosen = [payload for payload in payloads if (kind, payload.get("ref_id")) in outdated]
        for payload in chosen:
            payload["plan"][kind]["version"] = version
        if chosen:
            resources[kind] = chosen
    if not resources:
        return None
    body["resources"] = resources
    body.pop("settings", None)  # a stage changes versions only
    return body


@dataclass(frozen=True)
class UpgradeSummary:
    """What an upgrade did: the versions before, and the wait of each stage it ran (Elasticsearch
    first, then the others; a stage with nothing to upgrade is left out)."""

    deployment_id: str
    version: str
    previous: dict[str, str]
    stages: tuple[PlanSummary, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.stages)

    def __str__(self) -> str:
        if not self.stages:
            return f"deployment {self.deployment_id}: already at {self.version}"
        return f"deployment {self.deployment_id} upgraded to {self.version}: " + "; ".join(map(str, self.stages))
