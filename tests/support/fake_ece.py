"""A fake ECE for tests and for the examples: a real HTTP server on 127.0.0.1 (``servers.py``)
whose deployments' plans unfold one frame per reading of the deployment.

Bodies are built from recorded ECE responses (``../shared/recorded``, read by path, never
copied into the repository): a deployment starts as a recorded ``GET /deployments/{id}`` body;
a plan attempt is the resource's recorded ``plan_info.current`` entry with a new
``plan_attempt_id`` and a ``plan_attempt_log`` of steps shaped as the spec's ClusterPlanStepInfo
(step_id, status, stage, started, completed, duration_in_millis, info_log[] of timestamp, stage,
message, details, failure_type).

The fake speaks the API of the installed build's ECE release (`support.release_shapes`): it
serves only that release's operations (others get 404), leaves out of every body the fields that
release's models do not declare, and pages the deployment search the release's way (a cursor
where its search answer has one, else ``from``/``size``).

A `Plan` is played as frames: pending with an empty log, then one more step per reading (the
newest ``pending``/``in_progress``), then the ended attempt in ``current`` (or, for a resource
whose creation failed, in ``history`` only). What a reading shows follows the query like ECE:
no step logs without ``show_plan_logs=true``, no history without ``show_plan_history=true``.

Callers authenticate with the API key or with a session: ``POST /users/auth/_login`` (user
`USER`, password `PASSWORD`) and ``POST /users/auth/_refresh`` issue bearer tokens that expire;
knobs such as ``login_mode``, ``login_delay`` or ``deny_all`` make those misbehave, and
``counts``/``calls`` record what the auth layer did.
"""

from __future__ import annotations

import base64
import copy
import datetime
import json
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from support.paths import RECORDED
from support.release_shapes import ReleaseShapes, shapes
from support.servers import Recorded, Reply, ScriptedServer

API = "/api/v1"
KINDS = ("elasticsearch", "kibana", "apm", "integrations_server", "enterprise_search", "appsearch")
DEFAULT_STEPS = ("validate-plan-prerequisites", "allocate-instances", "start-instances", "wait-until-running")
SHUTDOWN_STEPS = ("validate-plan-prerequisites", "snapshot-cluster", "stop-instances", "remove-instances")
RECORDED_DEPLOYMENTS = (
    "sdk_deployment_get_integrations_server.json",  # elasticsearch, kibana, integrations_server
    "sdk_deployment_get_observability.json",  # elasticsearch, kibana, enterprise_search
    "sdk_deployment_get_appsearch.json",  # elasticsearch, kibana, appsearch
    "tf_aws_io_optimized_tags_deployment_get.json",  # elasticsearch, kibana, apm
)
_EPOCH = datetime.datetime(2025, 6, 11, 19, 0, 0, tzinfo=datetime.UTC)
USER = "admin"
PASSWORD = "pw-5f0c9e1a-secret"


def recorded(name: str) -> Any:
    """A recorded response body."""
    return json.loads((RECORDED / "responses" / name).read_text())


def timestamp(tick: int) -> str:
    return (_EPOCH + datetime.timedelta(seconds=tick)).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def error_reply(status: int, code: str, message: str) -> Reply:
    """An error as ECE sends it: the code in the header and in the body."""
    return Reply(status, {"errors": [{"code": code, "message": message}]}, {"x-cloud-error-codes": code})


def iso(epoch: float) -> str:
    """An epoch time as ECE writes it (``2025-06-11T19:00:00.000Z``)."""
    return (
        datetime.datetime.fromtimestamp(epoch, datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )


def _bearer(request: Recorded) -> str | None:
    header = request.headers.get("authorization", "")
    return header.removeprefix("Bearer ") if header.startswith("Bearer ") else None


@dataclass
class Step:
    """One step of a plan attempt and how it ends."""

    step_id: str
    status: str = "success"
    messages: tuple[str, ...] = ()
    details: dict[str, str] = field(default_factory=dict)
    failure_type: str | None = None


@dataclass
class Plan:
    """One plan attempt: its steps run one per reading, then it ends.

    ``outcome``: ``success``; ``failure`` (the attempt ends unhealthy with an ``error``; give one
    step ``status="error"``); ``running`` (it never ends). ``into_history``: a failed attempt that
    leaves no current plan, as for a resource whose creation failed. ``final_status`` is the
    resource's ``info.status`` once it ends.
    """

    steps: list[Step] = field(default_factory=lambda: [Step(step_id) for step_id in DEFAULT_STEPS])
    outcome: str = "success"
    attempt_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    error: str | None = None
    into_history: bool = False
    final_status: str = "started"


DELETED = "deleted"
"""A frame: the resource is no longer in the deployment."""


@dataclass
class Frame:
    plan_info: dict[str, Any]
    status: str


def _step(step: Step, index: int, done: bool) -> dict[str, Any]:
    started = timestamp(10 * index)
    log = [{"timestamp": started, "stage": "starting", "message": f"Starting step {step.step_id}", "details": {}}]
    body: dict[str, Any] = {"step_id": step.step_id, "started": started, "info_log": log}
    if not done:
        body.update(status="pending", stage="in_progress")
        return body
    for message in step.messages:
        entry: dict[str, Any] = {
            "timestamp": timestamp(10 * index + 5),
            "stage": "completed",
            "message": message,
            "details": step.details,
            "delta_in_millis": 5000,
        }
        if step.failure_type:
            entry["failure_type"] = step.failure_type
        log.append(entry)
    body.update(status=step.status, stage="completed", completed=timestamp(10 * index + 9), duration_in_millis=9000)
    return body


def _attempt(template: dict[str, Any], plan: Plan, log: list[dict[str, Any]], *, ended: bool) -> dict[str, Any]:
    body = copy.deepcopy(template)
    for key in ("attempt_end_time", "error", "plan_attempt_name"):
        body.pop(key, None)
    body.update(plan_attempt_id=plan.attempt_id, plan_attempt_log=log, healthy=True, attempt_start_time=timestamp(0))
    if ended:
        body["attempt_end_time"] = timestamp(10 * len(plan.steps) + 9)
    return body


def unfold(plan: Plan, plan_info: dict[str, Any], template: dict[str, Any]) -> list[Frame]:
    """The frames of one plan attempt, starting from a resource's ``plan_info``."""
    previous = {key: copy.deepcopy(value) for key, value in plan_info.items() if key != "pending"}
    history = list(previous.get("history") or [])
    running_status = "initializing" if "current" not in previous else "reconfiguring"

    def pending(log: list[dict[str, Any]]) -> Frame:
        return Frame({**previous, "pending": _attempt(template, plan, log, ended=False)}, running_status)

    frames = [pending([])]
    for index, step in enumerate(plan.steps):
        frames.append(
            pending([_step(done, i, True) for i, done in enumerate(plan.steps[:index])] + [_step(step, index, False)])
        )
    if plan.outcome == "running":
        return frames
    log = [_step(step, index, True) for index, step in enumerate(plan.steps)]
    if plan.outcome == "success":
        log.append(_step(Step("plan-completed"), len(plan.steps), True))
        attempt = _attempt(template, plan, log, ended=True)
        earlier = history + ([previous["current"]] if "current" in previous else [])
        frames.append(Frame({"healthy": True, "current": attempt, "history": earlier + [attempt]}, plan.final_status))
        return frames
    attempt = _attempt(template, plan, log, ended=True)
    failing = next((step for step in plan.steps if step.status == "error"), plan.steps[-1])
    attempt["healthy"] = False
    attempt["error"] = {
        "timestamp": attempt["attempt_end_time"],
        "message": plan.error or (failing.messages[-1] if failing.messages else "plan failed"),
        "details": dict(failing.details),
    }
    if failing.failure_type:
        attempt["error"]["failure_type"] = failing.failure_type
    info: dict[str, Any] = {"healthy": False, "history": history + [attempt]}
    if not plan.into_history:
        info["current"] = attempt
    frames.append(Frame(info, "stopped" if plan.into_history else running_status))
    return frames


class FakeDeployment:
    """One deployment of the fake: a recorded body, and the frames its resources play."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body
        self.id: str = body["id"]
        self.name: str = body.get("name") or self.id
        self.frames: dict[tuple[str, str], list[Frame | str]] = {}
        self.position: dict[tuple[str, str], int] = {}
        self.readings = 0

    def resources(self) -> list[tuple[str, dict[str, Any]]]:
        found = []
        for kind in KINDS:
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
        frame = self._frame((kind, ref_id))
        if isinstance(frame, Frame):
            return frame.plan_info
        return self.resource(kind, ref_id)["info"].get("plan_info") or {"healthy": True, "history": []}

    def play(self, kind: str, ref_id: str, frames: list[Frame | str]) -> None:
        """From the next reading on, the resource shows these frames, one per reading (the last one stays)."""
        self.frames[(kind, ref_id)] = frames
        self.position[(kind, ref_id)] = 0

    def reading(self, *, logs: bool, history: bool, advance: bool = True) -> dict[str, Any]:
        """The body of ``GET /deployments/{id}``; moves every played resource one frame on."""
        body = copy.deepcopy(self.body)
        resources = body.get("resources", {})
        for kind in KINDS:
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
                if not logs:
                    for attempt in [
                        plan_info.get("pending"),
                        plan_info.get("current"),
                        *(plan_info.get("history") or []),
                    ]:
                        if isinstance(attempt, dict):
                            attempt["plan_attempt_log"] = []
                kept.append(resource)
            if kind in resources:
                resources[kind] = kept
        if advance:
            self.readings += 1
            for key in self.position:
                self.position[key] += 1
        return body


def _template_resources() -> dict[str, dict[str, Any]]:
    """A recorded resource of each kind, to model new resources on."""
    found: dict[str, dict[str, Any]] = {}
    for name in RECORDED_DEPLOYMENTS:
        for kind, resources in recorded(name)["resources"].items():
            if resources and kind not in found:
                found[kind] = resources[0]
    return found


class FakeECE:
    """The fake coordinator. ``plan_for(deployment, kind, ref_id, action)`` chooses the `Plan` that a
    create, update or shutdown starts (``action`` is ``create``, ``update`` or ``shutdown``)."""

    def __init__(
        self, server: ScriptedServer, *, api_key: str = "test-api-key", release: ReleaseShapes | None = None
    ) -> None:
        self.server = server
        self.release = release or shapes()
        self.lock = threading.Lock()
        self.deployments: dict[str, FakeDeployment] = {}
        self.api_keys: dict[str, dict[str, Any]] = {
            "key-0": {"id": "key-0", "key": api_key, "description": "test key", "creation_date": timestamp(0)}
        }
        self.allocators: list[dict[str, Any]] = []
        self.runners: list[dict[str, Any]] = []
        self.max_page_size: int | None = None
        self.cursor_on_last_page = True
        self.search_without_cursor = False  # page with from/size like an older ECE, whatever the release
        self.send_match_count = True
        self.search_pages: list[dict[str, Any]] | None = None
        self.faults: list[tuple[str, re.Pattern[str], Reply]] = []
        self.plan_for: Callable[[FakeDeployment, str, str, str], Plan] = self._default_plan
        self._templates: dict[str, dict[str, Any]] | None = None
        # Sessions: every knob is a plain attribute.
        self.login_ttl = 3600.0  # seconds between issuing a token and its session_expiration_time
        self.refresh_ttl = 3600.0
        self.login_delay = 0.0  # seconds the server takes to answer, so that callers pile up
        self.refresh_delay = 0.0
        self.login_mode = "ok"  # ok | html | no_token | bad_expiry | error503
        self.refresh_mode = "ok"  # ok | error | garbage | drop
        self.deny_all = False  # every API call answers 401 whatever the credentials
        self.tokens: dict[str, float] = {}  # valid token -> expiry (epoch seconds)
        self.issued: list[str] = []
        self.login_bodies: list[bytes] = []
        self.counts: Counter[str] = Counter()  # login_attempts, logins, refresh_attempts, refreshes, calls, rejected
        self.calls: list[dict[str, Any]] = []  # every API call (not login or refresh): path, token, body, valid
        server.handler = self.handle

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def api_url(self) -> str:
        return f"{self.server.url}{API}"

    @property
    def api_key(self) -> str:
        return self.api_keys["key-0"]["key"]

    def revoke_all(self) -> None:
        """Every session token stops being valid (as after a coordinator restart)."""
        with self.lock:
            self.tokens.clear()

    # -- setting the scene -----------------------------------------------------------------

    def add_deployment(
        self, recorded_name: str = RECORDED_DEPLOYMENTS[0], *, name: str | None = None
    ) -> FakeDeployment:
        body = self.shaped("DeploymentGetResponse", recorded(recorded_name))
        body["id"] = uuid.uuid4().hex
        if name is not None:
            body["name"] = name
        deployment = FakeDeployment(body)
        with self.lock:
            self.deployments[deployment.id] = deployment
        return deployment

    def play(self, deployment: FakeDeployment, kind: str, ref_id: str, *plans: Plan, replaced_after: int = 0) -> None:
        """Plays plan attempts on a resource. With several plans, each is replaced by the next one
        after ``replaced_after`` steps (its pending plan gives way while still running)."""
        with self.lock:
            plan_info = deployment.plan_info_now(kind, ref_id)
            template = self._attempt_template(deployment, kind, ref_id)
            frames: list[Frame | str] = []
            for index, plan in enumerate(plans):
                unfolded = unfold(plan, plan_info, template)
                frames.extend(unfolded[: replaced_after + 1] if index < len(plans) - 1 else unfolded)
            deployment.play(kind, ref_id, frames)

    def delete_after(self, deployment: FakeDeployment, kind: str, ref_id: str, readings: int) -> None:
        """The resource disappears after this many more readings of its current frames."""
        with self.lock:
            key = (kind, ref_id)
            frames = deployment.frames.get(key) or [Frame(deployment.plan_info_now(kind, ref_id), "started")]
            position = deployment.position.get(key, 0)
            kept = [frames[min(index, len(frames) - 1)] for index in range(position + readings)]
            deployment.frames[key] = [*kept, DELETED]
            deployment.position[key] = position

    def remove_deployment(self, deployment: FakeDeployment) -> None:
        with self.lock:
            self.deployments.pop(deployment.id, None)

    def fail_next(self, method: str, path_pattern: str, *replies: Reply) -> None:
        """The next requests matching method and path (a regex on the path under /api/v1) get these replies."""
        with self.lock:
            for reply in replies:
                self.faults.append((method.upper(), re.compile(path_pattern), reply))

    def add_allocators(self, count: int, zones: int = 3) -> None:
        template = recorded("sdk_allocators_list.json")["zones"][0]["allocators"][0]
        for index in range(count):
            allocator = copy.deepcopy(template)
            allocator["allocator_id"] = f"alloc-{index:03d}"
            allocator["zone_id"] = f"zone-{index % zones}"
            allocator["capacity"] = {"memory": {"total": 65536, "used": (index * 7919) % 65536}}
            self.allocators.append(allocator)

    def add_runners(self, count: int) -> None:
        template = recorded("sdk_runners_search.json")["runners"][0]
        for index in range(count):
            runner = copy.deepcopy(template)
            runner["runner_id"] = f"192.168.44.{index + 10}"
            self.runners.append(runner)

    def _attempt_template(self, deployment: FakeDeployment, kind: str, ref_id: str) -> dict[str, Any]:
        current = deployment.plan_info_now(kind, ref_id).get("current")
        if isinstance(current, dict):
            return current
        return self._templates_by_kind()[kind]["info"]["plan_info"]["current"]

    def _templates_by_kind(self) -> dict[str, dict[str, Any]]:
        if self._templates is None:
            self._templates = _template_resources()
        return self._templates

    @staticmethod
    def _default_plan(deployment: FakeDeployment, kind: str, ref_id: str, action: str) -> Plan:
        if action == "shutdown":
            return Plan([Step(step_id) for step_id in SHUTDOWN_STEPS], final_status="stopped")
        return Plan()

    # -- serving ---------------------------------------------------------------------------

    def handle(self, request: Recorded) -> Reply:
        url = urlsplit(request.raw_path)
        path = url.path[len(API) :] if url.path.startswith(API) else url.path
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        with self.lock:
            for index, (method, pattern, reply) in enumerate(self.faults):
                if method == request.method and pattern.fullmatch(path):
                    del self.faults[index]
                    return reply
            if request.method == "POST" and path == "/users/auth/_login":
                return self._login(request.body)
            if request.method == "POST" and path == "/users/auth/_refresh":
                return self._refresh(_bearer(request))
            valid = self._authorized(request)
            self.counts["calls"] += 1
            self.calls.append(
                {"path": request.raw_path, "token": _bearer(request), "body": request.body, "valid": valid}
            )
            if not valid:
                self.counts["rejected"] += 1
                return _unauthenticated()
            body = json.loads(request.body) if request.body else None
            for method, template, route in self._routes():
                match = re.fullmatch(re.sub(r"\{[^}]+\}", "([^/]+)", template), path)
                if method == request.method and match and self.release.has_operation(method, template):
                    return route(*match.groups(), query=query, body=body)
        return error_reply(404, "root.resource_not_found", f"no route for {request.method} {path}")

    def _authorized(self, request: Recorded) -> bool:
        if self.deny_all:
            return False
        token = _bearer(request)
        if token is not None:
            return self.tokens.get(token, 0) > time.time()
        header = request.headers.get("authorization", "")
        return any(header == f"ApiKey {key['key']}" for key in self.api_keys.values())

    # -- sessions --------------------------------------------------------------------------

    def _login(self, body: bytes) -> Reply:
        self.counts["login_attempts"] += 1
        self.login_bodies.append(body)
        delay = self.login_delay
        if self.login_mode == "html":
            return Reply(
                200, b"<html><body>Welcome to the proxy</body></html>", {"Content-Type": "text/html"}, delay=delay
            )
        if self.login_mode == "error503":
            return Reply(503, {"errors": [{"code": "root.unavailable", "message": "try later"}]}, delay=delay)
        try:
            credentials = json.loads(body)
        except ValueError:
            credentials = {}
        if credentials != {"username": USER, "password": PASSWORD}:
            return _unauthenticated("auth.invalid_credentials", "Invalid credentials", delay=delay)
        if self.login_mode == "no_token":
            return Reply(200, {"session_expiration_time": iso(time.time() + 60)}, delay=delay)
        self.counts["logins"] += 1
        return self._issue(self.login_ttl, bad_expiry=self.login_mode == "bad_expiry", delay=delay)

    def _refresh(self, token: str | None) -> Reply:
        self.counts["refresh_attempts"] += 1
        valid = token is not None and self.tokens.get(token, 0) > time.time()
        delay = self.refresh_delay
        if self.refresh_mode == "drop":
            return Reply(reset=True, delay=delay)  # no reply at all: the client sees a connection error
        if self.refresh_mode == "error":
            return Reply(500, {"errors": [{"code": "root.unknown", "message": "boom"}]}, delay=delay)
        if self.refresh_mode == "garbage":
            return Reply(200, {"unexpected": "shape"}, delay=delay)
        if not valid:
            return _unauthenticated(delay=delay)
        self.counts["refreshes"] += 1
        return self._issue(self.refresh_ttl, delay=delay)

    def _issue(self, ttl: float, *, bad_expiry: bool = False, delay: float = 0.0) -> Reply:
        token = f"tok-{uuid.uuid4().hex}"
        expiry = time.time() + ttl
        self.tokens[token] = expiry
        self.issued.append(token)
        expiration = "some day soon" if bad_expiry else iso(expiry)
        return Reply(200, {"token": token, "session_expiration_time": expiration}, delay=delay)

    def _routes(self) -> list[tuple[str, str, Callable[..., Reply]]]:
        """(method, the spec's path template, handler): served if the release has the operation."""
        return [
            ("GET", "/platform", lambda **_: Reply(200, {"version": self.release.release})),
            ("GET", "/deployments", self._list),
            ("POST", "/deployments", self._create),
            ("POST", "/deployments/_search", self._search),
            ("GET", "/deployments/templates/{template_id}", self._template),
            ("GET", "/deployments/{deployment_id}", self._get),
            ("PUT", "/deployments/{deployment_id}", self._update),
            ("DELETE", "/deployments/{deployment_id}", self._delete),
            ("POST", "/deployments/{deployment_id}/_shutdown", self._shutdown),
            ("GET", "/platform/infrastructure/allocators", self._allocators),
            ("POST", "/platform/infrastructure/allocators/_search", self._search_allocators),
            ("POST", "/platform/infrastructure/runners/_search", self._search_runners),
            ("GET", "/users/auth/keys", self._keys),
            ("POST", "/users/auth/keys", self._create_key),
            ("DELETE", "/users/auth/keys/{api_key_id}", self._delete_key),
        ]

    def shaped(self, schema: str, body: Any) -> Any:
        """A body as this release's schema has it: undeclared fields left out."""
        return self.release.shape(body, schema)

    def _deployment(self, deployment_id: str) -> FakeDeployment | Reply:
        found = self.deployments.get(deployment_id)
        if found is None:
            return error_reply(404, "deployments.deployment_not_found", f"Deployment {deployment_id} not found")
        return found

    def _get(self, deployment_id: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self._deployment(deployment_id)
        if isinstance(found, Reply):
            return found
        reading = found.reading(
            logs=query.get("show_plan_logs") == "true", history=query.get("show_plan_history") == "true"
        )
        return Reply(200, self.shaped("DeploymentGetResponse", reading))

    def _list(self, *, query: dict[str, str], body: Any) -> Reply:
        listing = []
        for deployment in self.deployments.values():
            resources = [
                {"id": resource["id"], "kind": kind, "ref_id": resource["ref_id"], "region": resource.get("region")}
                for kind, resource in deployment.resources()
            ]
            listing.append({"id": deployment.id, "name": deployment.name, "resources": resources})
        return Reply(200, {"deployments": listing})

    def _search(self, *, query: dict[str, str], body: Any) -> Reply:
        """Pages by cursor where the release's search answer has one, else by ``from``/``size``."""
        body = body or {}
        if self.search_pages is not None:  # scripted pages, to play a misbehaving server
            return Reply(200, self.search_pages.pop(0) if self.search_pages else {"deployments": [], "return_count": 0})
        with_cursor = "cursor" in self.release.fields("DeploymentsSearchResponse") and not self.search_without_cursor
        ordered = sorted(self.deployments.values(), key=lambda deployment: deployment.id)
        if with_cursor and body.get("cursor"):
            offset = int(base64.b64decode(body["cursor"]).decode().split(":")[1])
        else:
            offset = 0 if with_cursor else body.get("from", 0)
        size = min(body.get("size", 100), self.max_page_size or 10**6)
        page = ordered[offset : offset + size]
        minimal = query.get("minimal_metadata")
        if "minimal_metadata" not in self.release.parameters("POST", "/deployments/_search"):
            minimal = None  # a release without the parameter ignores it
        answer: dict[str, Any] = {"return_count": len(page)}
        if minimal:
            keys = minimal.split(",")
            answer["deployments"] = []
            answer["minimal_metadata"] = [
                {key: value for key, value in (("id", d.id), ("name", d.name)) if key in keys} for d in page
            ]
        else:
            answer["deployments"] = [d.reading(logs=False, history=False, advance=False) for d in page]
        if self.send_match_count:
            answer["match_count"] = len(ordered)
        if with_cursor and (offset + size < len(ordered) or self.cursor_on_last_page):
            answer["cursor"] = base64.b64encode(f"offset:{offset + len(page)}".encode()).decode()
        return Reply(200, self.shaped("DeploymentsSearchResponse", answer))

    def _template(self, template_id: str, *, query: dict[str, str], body: Any) -> Reply:
        if "region" not in query:
            return error_reply(400, "root.invalid_data", "region is required")
        template = recorded("tf_template_aws_io_optimized_v2.json")
        template["id"] = template_id
        return Reply(200, self.shaped("DeploymentTemplateInfoV2", template))

    def _create(self, *, query: dict[str, str], body: Any) -> Reply:
        body = body or {}
        deployment_id = uuid.uuid4().hex
        name = body.get("name") or deployment_id
        templates = self._templates_by_kind()
        resources: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
        created = []
        for kind in KINDS:
            for payload in body.get("resources", {}).get(kind) or []:
                resource = copy.deepcopy(templates[kind])
                resource.update(
                    id=uuid.uuid4().hex, ref_id=payload["ref_id"], region=payload.get("region", "ece-region")
                )
                resource["info"]["plan_info"] = {"healthy": True, "history": []}
                resource["info"]["status"] = "initializing"
                resources[kind].append(resource)
                entry = {"kind": kind, "ref_id": resource["ref_id"], "id": resource["id"], "region": resource["region"]}
                if kind == "elasticsearch":
                    entry["credentials"] = {"username": "elastic", "password": "fake-password"}
                created.append(entry)
        deployment = FakeDeployment({"id": deployment_id, "name": name, "healthy": True, "resources": resources})
        self.deployments[deployment_id] = deployment
        for kind, resource in deployment.resources():
            self._start(deployment, kind, resource["ref_id"], "create")
        return Reply(201, {"created": True, "id": deployment_id, "name": name, "resources": created})

    def _update(self, deployment_id: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self._deployment(deployment_id)
        if isinstance(found, Reply):
            return found
        changed = []
        for kind in KINDS:
            for payload in (body or {}).get("resources", {}).get(kind) or []:
                resource = found.resource(kind, payload["ref_id"])
                self._start(found, kind, payload["ref_id"], "update", plan_body=payload.get("plan"))
                changed.append(
                    {"id": resource["id"], "kind": kind, "ref_id": payload["ref_id"], "region": resource["region"]}
                )
        return Reply(200, {"id": found.id, "name": found.name, "resources": changed})

    def _shutdown(self, deployment_id: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self._deployment(deployment_id)
        if isinstance(found, Reply):
            return found
        for kind, resource in found.resources():
            self._start(found, kind, resource["ref_id"], "shutdown")
        return Reply(200, {"id": found.id, "name": found.name})

    def _delete(self, deployment_id: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self._deployment(deployment_id)
        if isinstance(found, Reply):
            return found
        del self.deployments[deployment_id]
        return Reply(200, {"id": found.id, "name": found.name, "resources": []})

    def _start(self, deployment: FakeDeployment, kind: str, ref_id: str, action: str, plan_body: Any = None) -> None:
        """Starts the plan `plan_for` chooses; ``plan_body`` is the requested plan, shown in the attempt."""
        plan = self.plan_for(deployment, kind, ref_id, action)
        template = copy.deepcopy(self._attempt_template(deployment, kind, ref_id))
        if plan_body is not None:
            template["plan"] = plan_body
        deployment.play(kind, ref_id, list(unfold(plan, deployment.plan_info_now(kind, ref_id), template)))

    def _page(self, items: list[dict[str, Any]], start: int, size: int) -> list[dict[str, Any]]:
        size = min(size, self.max_page_size or size)
        return items[start : start + size]

    @staticmethod
    def _zones(allocators: list[dict[str, Any]]) -> dict[str, Any]:
        zones: dict[str, list[dict[str, Any]]] = {}
        for allocator in allocators:
            zones.setdefault(allocator["zone_id"], []).append(allocator)
        return {"zones": [{"zone_id": zone, "allocators": found} for zone, found in zones.items()]}

    def _allocators(self, *, query: dict[str, str], body: Any) -> Reply:
        ordered = sorted(self.allocators, key=lambda allocator: allocator["allocator_id"])
        if query.get("q"):
            ordered = [a for a in ordered if query["q"] in json.dumps(a)]
        page = self._page(ordered, int(query.get("from", 0)), int(query.get("size", 100)))
        return Reply(200, self.shaped("AllocatorOverview", self._zones(page)))

    def _search_allocators(self, *, query: dict[str, str], body: Any) -> Reply:
        body = body or {}
        ordered = sorted(self.allocators, key=lambda allocator: allocator["allocator_id"])
        page = self._page(ordered, body.get("from", 0), body.get("size", 100))
        return Reply(200, self.shaped("AllocatorOverview", self._zones(page)))

    def _search_runners(self, *, query: dict[str, str], body: Any) -> Reply:
        body = body or {}
        page = self._page(self.runners, body.get("from", 0), body.get("size", 100))
        return Reply(200, self.shaped("RunnerOverview", {"runners": page}))

    def _keys(self, *, query: dict[str, str], body: Any) -> Reply:
        keys = [{k: v for k, v in key.items() if k != "key"} for key in self.api_keys.values()]
        return Reply(200, {"keys": keys})

    def _create_key(self, *, query: dict[str, str], body: Any) -> Reply:
        key_id = f"key-{len(self.api_keys)}-{uuid.uuid4().hex[:6]}"
        key = {
            "id": key_id,
            "key": f"secret-{uuid.uuid4().hex}",
            "description": (body or {}).get("description", ""),
            "creation_date": timestamp(len(self.api_keys)),
        }
        self.api_keys[key_id] = key
        return Reply(201, key)

    def _delete_key(self, key_id: str, *, query: dict[str, str], body: Any) -> Reply:
        if key_id not in self.api_keys:
            return error_reply(404, "api_keys.key_not_found", f"API key {key_id} not found")
        del self.api_keys[key_id]
        return Reply(200, {})


def _unauthenticated(code: str = "root.unauthenticated", message: str = "Not logged in", delay: float = 0.0) -> Reply:
    reply = error_reply(401, code, message)
    reply.delay = delay
    return reply
