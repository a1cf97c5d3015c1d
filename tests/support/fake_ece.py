"""The project's fake ECE: `ece_client.testing.FakeECE` (the one users get) with what the
project's own tests add, bodies from recorded ECE responses (``../shared/recorded``, read by path,
never copied into the repository):

- `FakeECE.add_deployment` starts from a recorded ``GET /deployments/{id}`` body, fitted to the
  installed build's models (fields its release does not declare are left out);
- the template ``aws-io-optimized-v2`` is a recorded DeploymentTemplateInfoV2;
- allocators and runners are recorded ones, with varied capacity.

Sessions log in as `USER` with `PASSWORD`; ``fake.server`` is the fake itself (``requests``,
``paths()``, ``url``), as tests of the HTTP traffic read it.
"""

from __future__ import annotations

import copy
import json
import uuid
from typing import Any

from ece_client import models
from ece_client.testing import FakeDeployment, Plan, Step, error_reply
from ece_client.testing import FakeECE as ShippedFakeECE
from ece_client.testing._plans import iso, timestamp
from ece_client.testing._shape import shape_model

from support.paths import RECORDED

__all__ = ["FakeDeployment", "FakeECE", "Plan", "Step", "error_reply", "iso", "recorded", "timestamp"]

RECORDED_DEPLOYMENTS = (
    "sdk_deployment_get_integrations_server.json",  # elasticsearch, kibana, integrations_server
    "sdk_deployment_get_observability.json",  # elasticsearch, kibana, enterprise_search
    "sdk_deployment_get_appsearch.json",  # elasticsearch, kibana, appsearch
    "tf_aws_io_optimized_tags_deployment_get.json",  # elasticsearch, kibana, apm
)
RECORDED_TEMPLATE = "tf_template_aws_io_optimized_v2.json"
USER = "admin"
PASSWORD = "pw-5f0c9e1a-secret"


def recorded(name: str) -> Any:
    """A recorded response body."""
    return json.loads((RECORDED / "responses" / name).read_text())


class FakeECE(ShippedFakeECE):
    """The shipped fake, with recorded deployments, template, allocators and runners."""

    def __init__(self, *, api_key: str = "test-api-key", auto_advance: bool = True) -> None:
        super().__init__(api_key=api_key, username=USER, password=PASSWORD, auto_advance=auto_advance)
        template = recorded(RECORDED_TEMPLATE)
        template["id"] = "aws-io-optimized-v2"
        self.add_template(template)

    @property
    def server(self) -> FakeECE:
        """The fake's HTTP side: ``requests``, ``paths()``, ``url``."""
        return self

    def add_deployment(
        self, name: str | None = None, *, template_id: str = "default", recorded_name: str = RECORDED_DEPLOYMENTS[0]
    ) -> FakeDeployment:
        """A deployment whose body is a recorded one (a new id), as the installed release has it;
        its plans have ended. ``template_id`` is not used: the recorded body says what it has."""
        body = shape_model(recorded(recorded_name), models.DeploymentGetResponse)
        body["id"] = uuid.uuid4().hex
        if name is not None:
            body["name"] = name
        resources = body.setdefault("resources", {})
        for kind in self.kinds():
            resources.setdefault(kind, [])
        deployment = FakeDeployment(body)
        for kind, resource in deployment.resources():
            current = (resource.get("info", {}).get("plan_info") or {}).get("current") or {}
            if isinstance(current.get("plan"), dict):
                deployment.plans[(kind, resource["ref_id"])] = copy.deepcopy(current["plan"])
        with self.lock:
            self.deployments[deployment.id] = deployment
        return deployment

    def add_allocators(self, count: int, zones: int = 3, memory: int = 65536) -> None:
        """Recorded allocators with varied used capacity (``(index * 7919) % total``)."""
        template = recorded("sdk_allocators_list.json")["zones"][0]["allocators"][0]
        template = shape_model(template, models.AllocatorInfo)
        with self.lock:
            for index in range(count):
                allocator = copy.deepcopy(template)
                allocator["allocator_id"] = f"alloc-{index:03d}"
                allocator["zone_id"] = f"zone-{index % zones}"
                allocator["capacity"] = {
                    **allocator.get("capacity", {}),
                    "memory": {"total": memory, "used": (index * 7919) % memory},
                }
                allocator.setdefault("status", {}).update(maintenance_mode=False, connected=True)
                self.allocators.append(allocator)

    def add_runners(self, count: int, zones: int = 3) -> None:
        """Recorded runners."""
        template = shape_model(recorded("sdk_runners_search.json")["runners"][0], models.RunnerInfo)
        with self.lock:
            for index in range(count):
                runner = copy.deepcopy(template)
                runner["runner_id"] = f"192.168.44.{index + 10}"
                self.runners.append(runner)
