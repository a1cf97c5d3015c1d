"""What the operator-workflow tests need on top of the project's fake ECE (``fake_ece.FakeECE``,
used as it is): allocators holding the fake's deployments, ECE's move API (a validation that
calculates plans, moves that start plans on the moved deployments, refusals), the stack pack
upload (checks the multipart body) and instance configurations.

It answers its own routes and hands every other request to the fake, on the same server.
"""

from __future__ import annotations

import copy
import email.parser
import email.policy
import io
import json
import re
import threading
import uuid
import zipfile
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from support.fake_ece import API, FakeDeployment, FakeECE, Plan, error_reply
from support.servers import Recorded, Reply

MOVE_KINDS = ("elasticsearch", "kibana", "apm", "appsearch", "enterprise_search")


@dataclass
class Placed:
    """A resource instance on an allocator."""

    deployment: FakeDeployment
    kind: str
    ref_id: str
    resource_id: str


@dataclass
class Allocator:
    allocator_id: str
    connected: bool = True
    healthy: bool = True
    placed: list[Placed] = field(default_factory=list)
    name_deployments: bool = True  # instances carry deployment_id (older releases' answers may not)


def multipart_file(request: Recorded) -> tuple[str | None, str | None, bytes]:
    """(field name, file name, content) of the single file part of a multipart/form-data body."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data; boundary="):
        raise AssertionError(f"not a multipart body: {content_type!r}")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    (part,) = message.iter_parts()
    payload = part.get_payload(decode=True)
    return part.get_param("name", header="content-disposition"), part.get_filename(), payload


class WorkflowECE:
    """The fake ECE with allocators, moves, stack packs and instance configurations."""

    def __init__(self, fake: FakeECE) -> None:
        self.fake = fake
        self.allocators: dict[str, Allocator] = {}
        self.refuse: dict[str, str] = {}  # resource id -> why ECE refuses to move it
        self.move_plans: dict[str, Plan] = {}  # resource id -> the plan its move plays (default: success)
        self.moves: list[dict[str, Any]] = []  # every move call: allocator, type, query, body
        self.stack_packs: list[tuple[str | None, str | None, bytes]] = []
        self.instance_configurations: dict[str, dict[str, Any]] = {}
        self.maintenance: dict[str, bool] = {}
        self.lock = threading.Lock()  # not the fake's: a move plays plans through the fake, which takes that
        fake.server.handler = self.handle

    # -- set-up ----------------------------------------------------------------------------

    def allocator(
        self, allocator_id: str, *deployments: FakeDeployment, kinds: tuple[str, ...] = MOVE_KINDS
    ) -> Allocator:
        """An allocator holding the resources of these deployments (of the kinds given)."""
        allocator = Allocator(allocator_id)
        for deployment in deployments:
            for kind, resource in deployment.resources():
                if kind in kinds:
                    allocator.placed.append(Placed(deployment, kind, resource["ref_id"], resource["id"]))
        self.allocators[allocator_id] = allocator
        return allocator

    # -- serving ---------------------------------------------------------------------------

    def handle(self, request: Recorded) -> Reply:
        url = urlsplit(request.raw_path)
        path = url.path.removeprefix(API)
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        for method, pattern, route in self._routes():
            match = re.fullmatch(pattern, path)
            if match and method == request.method:
                if not self.fake._authorized(request):
                    return error_reply(401, "root.unauthenticated", "Not logged in")
                with self.lock:
                    return route(request, query, *match.groups())
        return self.fake.handle(request)

    def _routes(self) -> list[tuple[str, str, Any]]:
        allocator = r"/platform/infrastructure/allocators/([^/_][^/]*)"
        instances = r"/platform/configuration/instances"
        return [
            ("GET", allocator, self._get_allocator),
            ("POST", allocator + r"/clusters/_move", self._move),
            ("POST", allocator + r"/clusters/([a-z_]+)/_move", self._move),
            ("POST", allocator + r"/maintenance-mode/(_start|_stop)", self._maintenance),
            ("POST", r"/stack/versions", self._upload_stack_pack),
            ("GET", instances, self._list_configurations),
            ("POST", instances, self._create_configuration),
            ("GET", instances + r"/([^/]+)", self._get_configuration),
            ("PUT", instances + r"/([^/]+)", self._set_configuration),
        ]

    def _find(self, allocator_id: str) -> Allocator | Reply:
        found = self.allocators.get(allocator_id)
        if found is None:
            return error_reply(404, "allocators.allocator_not_found", f"Allocator {allocator_id} not found")
        return found

    def _get_allocator(self, request: Recorded, query: dict[str, str], allocator_id: str) -> Reply:
        found = self._find(allocator_id)
        if isinstance(found, Reply):
            return found
        instances = []
        for index, placed in enumerate(found.placed):
            instance = {
                "cluster_type": placed.kind,
                "cluster_id": placed.resource_id,
                "instance_name": f"instance-{index:010d}",
                "node_memory": 1024,
            }
            if found.name_deployments:
                instance["deployment_id"] = placed.deployment.id
            instances.append(instance)
        body = {
            "allocator_id": allocator_id,
            "zone_id": "zone-0",
            "host_ip": "192.168.44.10",
            "public_hostname": "alloc.example",
            "status": {"connected": found.connected, "healthy": found.healthy, "maintenance_mode": False},
            "capacity": {"memory": {"total": 65536, "used": 1024 * len(instances)}},
            "settings": {},
            "instances": instances,
            "metadata": [],
            "features": [],
            "external_links": [],
        }
        return Reply(200, body)

    def _move(
        self, request: Recorded, query: dict[str, str], allocator_id: str, cluster_type: str | None = None
    ) -> Reply:
        found = self._find(allocator_id)
        if isinstance(found, Reply):
            return found
        body = json.loads(request.body) if request.body else {}
        self.moves.append({"allocator_id": allocator_id, "type": cluster_type, "query": query, "body": body})
        asked = {
            cluster_id
            for kind in MOVE_KINDS
            for entry in body.get(f"{kind}_clusters") or []
            for cluster_id in entry.get("cluster_ids") or []
        }
        moves: dict[str, list[Any]] = {f"{kind}_clusters": [] for kind in MOVE_KINDS}
        failures: dict[str, list[Any]] = {f"{kind}_clusters": [] for kind in MOVE_KINDS}
        validate = query.get("validate_only") == "true"
        for placed in found.placed:
            if cluster_type is not None and placed.kind != cluster_type:
                continue
            if asked and placed.resource_id not in asked:
                continue
            key = f"{placed.kind}_clusters"
            if placed.resource_id in self.refuse:
                error = {"code": "clusters.cluster_plan_state_error", "message": self.refuse[placed.resource_id]}
                failures[key].append({"cluster_id": placed.resource_id, "errors": [error]})
                continue
            plan = {"plan_configuration": {"move_only": True, "reallocate_instances": False}}
            moves[key].append({"cluster_id": placed.resource_id, "calculated_plan": plan})
            if not validate:
                self.fake.play(
                    placed.deployment, placed.kind, placed.ref_id, self.move_plans.get(placed.resource_id) or Plan()
                )
        if not validate:
            moved = {entry["cluster_id"] for entries in moves.values() for entry in entries}
            found.placed = [placed for placed in found.placed if placed.resource_id not in moved]
        return Reply(202, {"moves": moves, "failures": failures})

    def _maintenance(self, request: Recorded, query: dict[str, str], allocator_id: str, action: str) -> Reply:
        found = self._find(allocator_id)
        if isinstance(found, Reply):
            return found
        self.maintenance[allocator_id] = action == "_start"
        return Reply(202, {})

    def _upload_stack_pack(self, request: Recorded, query: dict[str, str]) -> Reply:
        name, filename, content = multipart_file(request)
        self.stack_packs.append((name, filename, content))
        if name != "file":
            return Reply(400, {"stacks": [], "errors": [_stack_error("?", "the zip must be the 'file' part")]})
        try:
            versions = [re.sub(r"/.*", "", entry) for entry in zipfile.ZipFile(io.BytesIO(content)).namelist()]
        except zipfile.BadZipFile:
            return Reply(400, {"stacks": [], "errors": [_stack_error("?", "not a zip archive")]})
        stacks = [{"version": version, "deleted": False} for version in dict.fromkeys(versions) if version]
        return Reply(200, {"stacks": stacks, "errors": []})

    def _list_configurations(self, request: Recorded, query: dict[str, str]) -> Reply:
        return Reply(200, [copy.deepcopy(item) for item in self.instance_configurations.values()])

    def _get_configuration(self, request: Recorded, query: dict[str, str], configuration_id: str) -> Reply:
        found = self.instance_configurations.get(configuration_id)
        if found is None:
            return error_reply(404, "configuration.instance_configuration_not_found", "not found")
        return Reply(200, copy.deepcopy(found))

    def _create_configuration(self, request: Recorded, query: dict[str, str]) -> Reply:
        body = json.loads(request.body)
        configuration_id = body.get("id") or uuid.uuid4().hex
        if configuration_id in self.instance_configurations:
            return error_reply(409, "configuration.instance_configuration_already_exists", "already exists")
        self.instance_configurations[configuration_id] = {**body, "id": configuration_id}
        return Reply(201, {"id": configuration_id})

    def _set_configuration(self, request: Recorded, query: dict[str, str], configuration_id: str) -> Reply:
        body = json.loads(request.body)
        if query.get("create_only") == "true" and configuration_id in self.instance_configurations:
            return error_reply(409, "configuration.instance_configuration_already_exists", "already exists")
        self.instance_configurations[configuration_id] = {**body, "id": configuration_id}
        return Reply(200, {"id": configuration_id})


def _stack_error(version: str, message: str) -> dict[str, Any]:
    return {"stack_version": version, "errors": {"errors": [{"code": "stackpack.invalid", "message": message}]}}
