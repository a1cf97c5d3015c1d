"""`FakeECE`: an in-memory ECE that speaks this build's release of the API.

State lives in plain attributes (``deployments``, ``allocators``, ``api_keys``, ``users``) and
changes the way ECE changes it: a create, update, shutdown or restore starts a plan on each
resource, and the plan unfolds one step per tick (a tick is a reading of the deployment, with
``auto_advance``, and every `FakeECE.advance` call). Requests come in over a real HTTP server on
127.0.0.1 (`FakeECE.url`) or through an httpx transport (`FakeECE.transport`); both reach
`FakeECE.handle`, which serves what the release has and the fake simulates, and answers 501
naming the operation for the rest.
"""

from __future__ import annotations

import base64
import copy
import inspect
import json
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx

from .. import ECE_VERSION
from . import _allocators as allocators
from . import _bodies as bodies
from ._deployment import FakeDeployment
from ._operations import Operation, by_id, match, operations
from ._plans import DELETED, Frame, Plan, iso, timestamp, unfold
from ._platform import Platform, UploadedFile, multipart_files
from ._search import UnsupportedQuery, matches
from ._sessions import Sessions, _bearer, _unauthenticated
from ._shape import declares, shape
from ._wire import AsyncFakeTransport, FakeTransport, LoopbackServer, Reply, Request, error_reply

API = "/api/v1"
Route = Callable[..., Reply]
PlanChooser = Callable[["FakeDeployment", str, str, str], Plan]


@dataclass
class Fault:
    """An answer injected in place of the fake's own: for requests of ``method`` (``*``: any) whose
    path under /api/v1 matches ``path`` (a regex) or whose operation id is ``operation``;
    ``times`` requests (None: until `FakeECE.clear_faults`)."""

    method: str
    path: re.Pattern[str] | None
    operation: str | None
    reply: Reply
    times: int | None = 1

    def applies(self, method: str, path: str, operation: Operation | None) -> bool:
        if self.method not in ("*", method):
            return False
        if self.operation is not None:
            return operation is not None and operation.operation_id == self.operation
        return self.path is None or self.path.fullmatch(path) is not None


class FakeECE(Sessions, Platform):
    """A fake ECE coordinator for testing code that uses ece-client (or any HTTP client).

        with FakeECE() as fake:
            ece = ECE(fake.url, api_key=fake.api_key)                     # over HTTP on 127.0.0.1
            ece = ECE(fake.url, api_key=fake.api_key, transport=fake.transport())  # in-process

    ``api_key`` is the key of the first API key (``key-0``); ``username``/``password`` log in
    (``POST /users/auth/_login``) and receive tokens that expire after ``token_lifetime`` seconds.
    With ``auto_advance`` every reading of a deployment moves its plans one step on; without it
    only `advance` does. ``plan_for(deployment, kind, ref_id, action)`` chooses the `Plan` that a
    ``create``, ``update``, ``shutdown``, ``restore`` or ``move`` starts (default: success).

    The platform: ``allocators`` (AllocatorInfo bodies; `add_allocator`, `place`), and
    ``move_refusals`` (resource id -> the reason ECE gives for not moving it off its allocator);
    ``instance_configurations`` (by id, the release's defaults to start with); ``stack_versions``
    (by version) and ``stack_packs`` (every file uploaded to ``POST /stack/versions``, as
    `UploadedFile`).

    Knobs for testing a client's paging of ``search_deployments`` (plain attributes):
    ``max_page_size`` (the most a page holds), ``search_without_cursor`` (page with
    ``from``/``size`` and send no cursor, as a release whose search has no cursor does, even
    where this release has one), ``cursor_on_last_page``, ``send_match_count``, ``search_pages``
    (a list of answers served in turn instead, to play a misbehaving server).

    Knobs for testing a client's session handling (plain attributes): ``login_mode`` (``ok``,
    ``html``, ``no_token``, ``bad_expiry``, ``error503``), ``refresh_mode`` (``ok``, ``error``,
    ``garbage``, ``drop``), ``login_delay``/``refresh_delay`` (seconds), ``deny_all``; ``counts``
    and ``calls`` record what callers did, ``requests`` every request received.
    """

    def __init__(
        self,
        *,
        api_key: str = "fake-ece-api-key",
        username: str = "admin",
        password: str = "fake-ece-password",
        token_lifetime: float = 3600.0,
        auto_advance: bool = True,
    ) -> None:
        self.lock = threading.RLock()
        self.auto_advance = auto_advance
        self.release = ECE_VERSION
        self.deployments: dict[str, FakeDeployment] = {}
        self.templates: dict[str, dict[str, Any]] = bodies.default_templates(self.kinds())
        self.api_keys: dict[str, dict[str, Any]] = {
            "key-0": {
                "id": "key-0",
                "key": api_key,
                "description": "fake ECE key",
                "creation_date": timestamp(0),
                "user_id": username,
            }
        }
        self.users: dict[str, dict[str, Any]] = {
            username: bodies.user(
                username, full_name="Administrator", email="admin@example.com", roles=["ece_platform_admin"]
            )
        }
        self.passwords: dict[str, str] = {username: password}
        self.allocators: list[dict[str, Any]] = []
        self.runners: list[dict[str, Any]] = []
        self.move_refusals: dict[str, str] = {}
        self.instance_configurations: dict[str, dict[str, Any]] = {
            body["id"]: body for body in map(bodies.instance_configuration_body, self.kinds())
        }
        self.stack_versions: dict[str, dict[str, Any]] = {
            bodies.STACK_VERSION: bodies.stack_version(bodies.STACK_VERSION)
        }
        self.stack_packs: list[UploadedFile] = []
        self.max_page_size: int | None = None
        self.cursor_on_last_page = True
        self.search_without_cursor = False
        self.send_match_count = True
        self.search_pages: list[dict[str, Any]] | None = None
        self.faults: list[Fault] = []
        self.plan_for: PlanChooser = self._default_plan
        self._next_plans: list[tuple[str | None, Plan]] = []
        self.login_ttl = token_lifetime
        self.refresh_ttl = token_lifetime
        self.login_delay = 0.0
        self.refresh_delay = 0.0
        self.login_mode = "ok"
        self.refresh_mode = "ok"
        self.deny_all = False
        self.tokens: dict[str, float] = {}
        self.token_users: dict[str, str] = {}
        self.issued: list[str] = []
        self.login_bodies: list[bytes] = []
        self.counts: Counter[str] = Counter()
        self.calls: list[dict[str, Any]] = []
        self.requests: list[Request] = []
        self._server: LoopbackServer | None = None
        self._username = username
        self._caller = username

    # -- serving ---------------------------------------------------------------------------

    def start(self) -> FakeECE:
        """Start the HTTP server on 127.0.0.1 (a free port); `url` starts it on first use too."""
        with self.lock:
            if self._server is None:
                self._server = LoopbackServer(self.handle)
        return self

    def stop(self) -> None:
        """Stop the HTTP server (the fake's state stays: `start` serves it again on a new port)."""
        with self.lock:
            server, self._server = self._server, None
        if server is not None:
            server.stop()

    def __enter__(self) -> FakeECE:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The fake's address, ``http://127.0.0.1:<port>`` (what ``ECE(host)`` takes)."""
        server = self.start()._server
        assert server is not None
        return server.url

    @property
    def api_url(self) -> str:
        """The API root, ``<url>/api/v1``."""
        return f"{self.url}{API}"

    @property
    def api_key(self) -> str:
        """The secret of the first API key."""
        return str(self.api_keys["key-0"]["key"])

    @property
    def username(self) -> str:
        return self._username

    @property
    def password(self) -> str:
        return self.passwords[self._username]

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport that calls the fake in-process: ``ECE(fake.url, ..., transport=...)``."""
        return FakeTransport(self.handle)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The asyncio twin of `transport`, for ``AsyncECE``."""
        return AsyncFakeTransport(self.handle)

    def paths(self) -> list[str]:
        """The request target (path and query) of every request received, in order."""
        return [request.raw_path for request in self.requests]

    @classmethod
    def simulated_operations(cls) -> list[str]:
        """The ids of the operations the fake simulates that this release has (others answer 501)."""
        fake = cls.__new__(cls)
        names = set(fake._routes())
        return sorted(operation.operation_id for operation in operations().values() if operation.operation_id in names)

    # -- setting the scene -----------------------------------------------------------------

    @classmethod
    def kinds(cls) -> tuple[str, ...]:
        """The resource kinds of this release (those its DeploymentResources declares)."""
        return tuple(kind for kind in bodies.KINDS if declares("DeploymentResources", kind))

    def add_template(self, template: dict[str, Any]) -> None:
        """Add (or replace) a deployment template: a DeploymentTemplateInfoV2 body with an ``id``."""
        with self.lock:
            self.templates[template["id"]] = copy.deepcopy(template)

    def add_deployment(self, name: str | None = None, *, template_id: str = "default") -> FakeDeployment:
        """A deployment made from a template whose plans have ended (``started``, healthy)."""
        with self.lock:
            template = self.templates[template_id]
            deployment = self._new_deployment(name, copy.deepcopy(template["deployment_template"]))
            for kind, resource in deployment.resources():
                self._finish(deployment, kind, resource["ref_id"], Plan())
            return deployment

    def add_allocator(
        self, allocator_id: str | None = None, *, zone: str = "zone-0", memory: int = 65536
    ) -> dict[str, Any]:
        """An allocator with ``memory`` MB of capacity; new instances are placed on allocators."""
        with self.lock:
            index = len(self.allocators)
            found = bodies.allocator(
                allocator_id or f"allocator-{index:03d}", zone, memory, host_ip=f"10.0.0.{index + 10}"
            )
            self.allocators.append(found)
            return found

    def add_allocators(self, count: int, zones: int = 3, memory: int = 65536) -> None:
        """``count`` allocators spread over ``zones`` zones (``zone-0`` ...)."""
        for index in range(count):
            self.add_allocator(f"alloc-{index:03d}", zone=f"zone-{index % zones}", memory=memory)

    def place(self, deployment: FakeDeployment, allocator_id: str, *, kinds: tuple[str, ...] | None = None) -> None:
        """The instances of the deployment's resources (of ``kinds``; all by default) run on this
        allocator (one added with `add_allocator`): it lists them, their topology names it."""
        with self.lock:
            target = self._find_allocator(allocator_id)
            if isinstance(target, Reply):
                raise KeyError(f"no allocator {allocator_id!r}: add it with add_allocator first")
            for kind in kinds if kinds is not None else self.kinds():
                allocators.hold(self.allocators, target, deployment, kind)

    def add_runners(self, count: int, zones: int = 3) -> None:
        """``count`` runners (what ``search_runners`` lists)."""
        with self.lock:
            for index in range(count):
                found = bodies.runner(f"192.168.44.{index + 10}", f"zone-{index % zones}")
                found["host_ip"] = found["runner_id"]
                self.runners.append(found)

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

    def fail_next_plan(
        self, step: str, message: str, *, kind: str | None = None, failure_type: str | None = None
    ) -> None:
        """The next plan started (on a resource of ``kind``, or any) fails at ``step`` with ``message``."""
        with self.lock:
            self._next_plans.append((kind, Plan.failing(step, message, failure_type=failure_type)))

    def advance(self, ticks: int = 1) -> None:
        """Every running plan moves ``ticks`` steps on."""
        with self.lock:
            for deployment in self.deployments.values():
                deployment.advance(ticks)

    def settle(self) -> None:
        """Every plan runs to its end (a plan that never ends stays running)."""
        with self.lock:
            for deployment in self.deployments.values():
                for key, frames in deployment.frames.items():
                    deployment.position[key] = max(deployment.position[key], len(frames) - 1)

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

    # -- faults ----------------------------------------------------------------------------

    def inject(
        self,
        operation: str | None = None,
        *,
        method: str = "*",
        path: str | None = None,
        status: int = 500,
        code: str = "root.unknown",
        message: str = "injected by FakeECE",
        retry_after: float | None = None,
        reset: bool = False,
        delay: float = 0.0,
        times: int | None = 1,
    ) -> None:
        """The next ``times`` requests (None: all, until `clear_faults`) of an operation (its id, as
        ``get_deployment``) or of a path (a regex under /api/v1) get this answer instead: an ECE
        error (``status``, ``code``, ``message``, ``Retry-After``), a dropped connection (``reset``)
        or, with ``status=0``, the fake's own answer after ``delay`` seconds (latency)."""
        if operation is not None and by_id(operation) is None:
            raise ValueError(f"the ECE {ECE_VERSION} API has no operation {operation!r} to inject a fault into")
        headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
        reply = Reply(reset=True, delay=delay) if reset else error_reply(status, code, message, headers)
        reply.delay = delay
        if status == 0 and not reset:
            reply = Reply(status=0, delay=delay)
        with self.lock:
            pattern = re.compile(path) if path is not None else None
            self.faults.append(Fault(method.upper(), pattern, operation, reply, times))

    def fail_next(self, method: str, path_pattern: str, *replies: Reply) -> None:
        """The next requests matching method and path (a regex under /api/v1) get these replies, in order."""
        with self.lock:
            for reply in replies:
                self.faults.append(Fault(method.upper(), re.compile(path_pattern), None, reply, 1))

    def clear_faults(self) -> None:
        with self.lock:
            self.faults.clear()

    # -- the handler -----------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        """The fake's answer to one request (called by the HTTP server and the transports)."""
        url = urlsplit(request.raw_path)
        path = url.path[len(API) :] if url.path.startswith(API) else None
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        with self.lock:
            self.requests.append(request)
            if path is None:
                return error_reply(404, "root.resource_not_found", f"no route for {request.method} {url.path}")
            found = match(request.method, path)
            operation = found[0] if found else None
            injected = self._injected(request.method, path, operation)
        if injected is not None and injected.status != 0:
            return injected
        latency = injected.delay if injected is not None else 0.0
        with self.lock:
            reply = self._answer(request, path, query, found)
        reply.delay += latency
        return reply

    def _injected(self, method: str, path: str, operation: Operation | None) -> Reply | None:
        for index, fault in enumerate(self.faults):
            if fault.applies(method, path, operation):
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        del self.faults[index]
                return copy.copy(fault.reply)
        return None

    def _answer(
        self, request: Request, path: str, query: dict[str, str], found: tuple[Operation, tuple[str, ...]] | None
    ) -> Reply:
        if found is None:
            return error_reply(404, "root.resource_not_found", f"no route for {request.method} {path}")
        operation, parameters = found
        if operation.operation_id == "login":
            return self._login(request.body)
        if operation.operation_id == "refresh_token":
            return self._refresh(_bearer(request))
        valid = self._authorized(request)
        self.counts["calls"] += 1
        self.calls.append({"path": request.raw_path, "token": _bearer(request), "body": request.body, "valid": valid})
        if not valid:
            self.counts["rejected"] += 1
            return _unauthenticated()
        route = self._routes().get(operation.operation_id)
        if route is None:
            return error_reply(
                501,
                "root.not_implemented",
                f"FakeECE does not simulate {operation.operation_id} ({operation.method} {operation.path}); "
                "FakeECE.simulated_operations() lists what it does",
            )
        body: Any = multipart_files(request)
        try:
            if body is None:
                body = json.loads(request.body) if request.body else None
        except ValueError:
            return error_reply(400, "root.invalid_json_request", "the request body is not JSON")
        self._caller = self._user_of(request)
        try:
            reply = route(*(unquote(parameter) for parameter in parameters), query=query, body=body)
        except (KeyError, TypeError, ValueError, AttributeError) as error:  # a body or query of the wrong shape
            return error_reply(
                400, "root.invalid_data", f"FakeECE could not read the {operation.operation_id} request: {error!r}"
            )
        codec = operation.responses.get(reply.status)
        if isinstance(reply.body, (dict, list)) and codec is not None:
            reply.body = shape(reply.body, codec)
        return reply

    def _routes(self) -> dict[str, Route]:
        """Operation id -> handler: what the fake simulates (where the release has the operation)."""
        return {
            "get_platform": self._platform,
            "list_deployments": self._list,
            "create_deployment": self._create,
            "search_deployments": self._search,
            "get_deployment": self._get,
            "update_deployment": self._update,
            "delete_deployment": self._delete,
            "shutdown_deployment": self._shutdown,
            "restore_deployment": self._restore,
            "get_deployment_templates_v2": self._templates,
            "get_deployment_template_v2": self._template,
            "get_allocators": self._allocators,
            "search_allocators": self._search_allocators,
            "get_allocator": self._allocator,
            "start_allocator_maintenance_mode": self._maintenance_start,
            "stop_allocator_maintenance_mode": self._maintenance_stop,
            "move_clusters": self._move,
            "move_clusters_by_type": self._move_by_type,
            "get_instance_configurations": self._configurations,
            "get_instance_configuration": self._configuration,
            "create_instance_configuration": self._create_configuration,
            "set_instance_configuration": self._set_configuration,
            "delete_instance_configuration": self._delete_configuration,
            "get_version_stacks": self._stacks,
            "get_version_stack": self._stack,
            "update_stack_packs": self._upload_stack_pack,
            "search_runners": self._search_runners,
            "get_api_keys": self._keys,
            "get_api_key": self._key,
            "create_api_key": self._create_key,
            "delete_api_key": self._delete_key,
            "get_users": self._users,
            "get_user": self._user,
            "get_current_user": self._current_user,
            "create_user": self._create_user,
            "delete_user": self._delete_user,
            "login": self._login,
            "refresh_token": self._refresh,
        }

    # -- deployments -----------------------------------------------------------------------

    def _platform(self, *, query: dict[str, str], body: Any) -> Reply:
        info = {
            "version": ECE_VERSION,
            "services": [],
            "phone_home_enabled": False,
            "eula_accepted": True,
            "regions": [],
            "unreachable_regions": [],
        }
        return Reply(200, info)

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
            logs=query.get("show_plan_logs") == "true",
            history=query.get("show_plan_history") == "true",
            plans=query.get("show_plans", "true") != "false",
            advance=self.auto_advance,
        )
        return Reply(200, reading)

    def _listing(self, deployment: FakeDeployment) -> dict[str, Any]:
        resources = [
            {"id": resource["id"], "kind": kind, "ref_id": resource["ref_id"], "region": resource.get("region")}
            for kind, resource in deployment.resources()
        ]
        return {"id": deployment.id, "name": deployment.name, "resources": resources}

    def _list(self, *, query: dict[str, str], body: Any) -> Reply:
        return Reply(200, {"deployments": [self._listing(deployment) for deployment in self.deployments.values()]})

    def _search(self, *, query: dict[str, str], body: Any) -> Reply:
        """Pages by cursor where the release's search answer has one, else by ``from``/``size``."""
        body = body or {}
        if self.search_pages is not None:  # scripted pages, to play a misbehaving server
            page_body = self.search_pages.pop(0) if self.search_pages else {"deployments": [], "return_count": 0}
            return Reply(200, page_body)
        readings = {
            deployment.id: deployment.reading(logs=False, history=False, advance=False)
            for deployment in self.deployments.values()
        }
        try:
            ordered = sorted(
                (d for d in self.deployments.values() if matches(body.get("query"), readings[d.id])),
                key=lambda deployment: deployment.id,
            )
        except UnsupportedQuery as error:
            return error_reply(400, "root.invalid_data", str(error))
        with_cursor = declares("DeploymentsSearchResponse", "cursor") and not self.search_without_cursor
        if with_cursor and body.get("cursor"):
            offset = int(base64.b64decode(body["cursor"]).decode().split(":")[1])
        else:
            offset = 0 if with_cursor else int(body.get("from", 0))
        size = min(int(body.get("size", 100)), self.max_page_size or 10**6)
        page = ordered[offset : offset + size]
        minimal = query.get("minimal_metadata") if self._accepts("search_deployments", "minimal_metadata") else None
        answer: dict[str, Any] = {"return_count": len(page)}
        if minimal:
            keys = minimal.split(",")
            answer["deployments"] = []
            answer["minimal_metadata"] = [
                {key: value for key, value in (("id", d.id), ("name", d.name)) if key in keys} for d in page
            ]
        else:
            answer["deployments"] = [readings[d.id] for d in page]
        if self.send_match_count:
            answer["match_count"] = len(ordered)
        if with_cursor and (offset + size < len(ordered) or self.cursor_on_last_page):
            answer["cursor"] = base64.b64encode(f"offset:{offset + len(page)}".encode()).decode()
        return Reply(200, answer)

    @staticmethod
    def _accepts(operation_id: str, parameter: str) -> bool:
        operation = by_id(operation_id)
        return operation is not None and operation.parameter(parameter) is not None

    def _templates(self, *, query: dict[str, str], body: Any) -> Reply:
        return Reply(200, [copy.deepcopy(template) for template in self.templates.values()])

    def _template(self, template_id: str, *, query: dict[str, str], body: Any) -> Reply:
        if "region" not in query and self._requires("get_deployment_template_v2", "region"):
            return error_reply(400, "root.invalid_data", "region is required")
        found = self.templates.get(template_id)
        if found is None:
            return error_reply(404, "templates.template_not_found", f"Deployment template {template_id} not found")
        return Reply(200, copy.deepcopy(found))

    @staticmethod
    def _requires(operation_id: str, parameter: str) -> bool:
        operation = by_id(operation_id)
        found = operation.parameter(parameter) if operation is not None else None
        return found is not None and found.default is inspect.Parameter.empty

    def _new_deployment(self, name: str | None, request: dict[str, Any]) -> FakeDeployment:
        deployment_id = bodies.new_id()
        name = name or request.get("name") or deployment_id
        resources: dict[str, list[dict[str, Any]]] = {kind: [] for kind in self.kinds()}
        plans: dict[tuple[str, str], dict[str, Any]] = {}
        for kind in self.kinds():
            for payload in (request.get("resources") or {}).get(kind) or []:
                plan = self._plan_of(kind, payload)
                resource = bodies.resource(
                    kind,
                    payload.get("ref_id") or f"main-{kind}",
                    deployment_id,
                    name,
                    payload.get("region") or bodies.REGION,
                    plan,
                )
                resource["info"]["plan_info"] = {"healthy": True, "history": []}
                plans[(kind, resource["ref_id"])] = plan
                resources[kind].append(resource)
        body: dict[str, Any] = {"id": deployment_id, "name": name, "healthy": True, "resources": resources}
        if request.get("alias"):
            body["alias"] = request["alias"]
        if isinstance(request.get("metadata"), dict):
            body["metadata"] = copy.deepcopy(request["metadata"])
        metadata = body.setdefault("metadata", {})
        metadata.setdefault("tags", [])
        metadata.update(hidden=False, system_owned=False, owner_id=self._caller, last_modified=iso(time.time()))
        deployment = FakeDeployment(body)
        deployment.plans = plans
        self.deployments[deployment_id] = deployment
        self._link(deployment)
        return deployment

    def _plan_of(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """The plan a payload asks for; a plan that names only a template is the template's plan."""
        plan = copy.deepcopy(payload.get("plan") or {})
        if not plan.get("cluster_topology"):
            template_id = (plan.get("deployment_template") or {}).get("id", "default")
            for resource in (self.templates.get(template_id) or {}).get("deployment_template", {}).get(
                "resources", {}
            ).get(kind) or []:
                plan = {**copy.deepcopy(resource.get("plan") or {}), **plan}
                break
            else:
                plan.setdefault("cluster_topology", bodies.resource_plan(kind, template_id)["cluster_topology"])
        return plan

    @staticmethod
    def _link(deployment: FakeDeployment) -> None:
        """Each stateless resource points at the deployment's Elasticsearch resource, and back."""
        es = next((resource for kind, resource in deployment.resources() if kind == "elasticsearch"), None)
        if es is None:
            return
        links = {"kibana": ("kibana_id", "associated_kibana_clusters"), "apm": ("apm_id", "associated_apm_clusters")}
        links.update(
            appsearch=("app_search_id", "associated_appsearch_clusters"),
            enterprise_search=("enterprise_search_id", "associated_enterprise_search_clusters"),
            integrations_server=("integrations_server_id", "associated_integrations_server_clusters"),
        )
        for kind, resource in deployment.resources():
            if kind == "elasticsearch":
                continue
            resource["elasticsearch_cluster_ref_id"] = es["ref_id"]
            resource["info"]["elasticsearch_cluster"] = {"elasticsearch_id": es["id"], "name": deployment.name}
            id_key, association = links[kind]
            es["info"].setdefault(association, []).append({id_key: resource["id"], "enabled": True})

    def _create(self, *, query: dict[str, str], body: Any) -> Reply:
        body = body or {}
        if not (body.get("resources") or {}).get("elasticsearch"):
            return error_reply(400, "root.invalid_data", "a deployment needs an Elasticsearch resource")
        deployment = self._new_deployment(body.get("name"), body)
        created = []
        for kind, resource in deployment.resources():
            entry: dict[str, Any] = {
                "kind": kind,
                "ref_id": resource["ref_id"],
                "id": resource["id"],
                "region": resource["region"],
            }
            if kind == "elasticsearch":
                deployment.credentials = {"username": "elastic", "password": f"pw-{uuid.uuid4().hex[:20]}"}
                entry["credentials"] = dict(deployment.credentials)
            created.append(entry)
            self._start(deployment, kind, resource["ref_id"], "create")
        return Reply(201, {"created": True, "id": deployment.id, "name": deployment.name, "resources": created})

    def _update(self, deployment_id: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self._deployment(deployment_id)
        if isinstance(found, Reply):
            return found
        body = body or {}
        changed = []
        for kind in bodies.KINDS:
            for payload in (body.get("resources") or {}).get(kind) or []:
                try:
                    resource = found.resource(kind, payload.get("ref_id", ""))
                except KeyError:
                    return error_reply(
                        400,
                        "deployments.deployment_resource_not_found",
                        f"no {kind} resource {payload.get('ref_id')!r}",
                    )
                if payload.get("plan"):
                    found.plans[(kind, resource["ref_id"])] = self._plan_of(kind, payload)
                self._start(found, kind, resource["ref_id"], "update", plan_body=payload.get("plan"))
                changed.append(
                    {"id": resource["id"], "kind": kind, "ref_id": resource["ref_id"], "region": resource["region"]}
                )
        if body.get("name"):
            found.name = found.body["name"] = body["name"]
        metadata = found.body.setdefault("metadata", {})
        if isinstance(body.get("metadata"), dict):
            metadata.update(copy.deepcopy(body["metadata"]))
        metadata["last_modified"] = iso(time.time())
        return Reply(200, {"id": found.id, "name": found.name, "resources": changed})

    def _shutdown(self, deployment_id: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self._deployment(deployment_id)
        if isinstance(found, Reply):
            return found
        for kind, resource in found.resources():
            self._start(found, kind, resource["ref_id"], "shutdown")
        if query.get("hide") == "true":
            found.body.setdefault("metadata", {})["hidden"] = True
        return Reply(200, {"id": found.id, "name": found.name})

    def _restore(self, deployment_id: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self._deployment(deployment_id)
        if isinstance(found, Reply):
            return found
        if not all(found.status_now(kind, resource["ref_id"]) == "stopped" for kind, resource in found.resources()):
            return error_reply(400, "root.invalid_data", f"Deployment {deployment_id} is not shut down")
        restored = []
        for kind, resource in found.resources():
            self._start(found, kind, resource["ref_id"], "restore")
            restored.append(
                {"id": resource["id"], "kind": kind, "ref_id": resource["ref_id"], "region": resource["region"]}
            )
        found.body.setdefault("metadata", {})["hidden"] = False
        return Reply(200, {"id": found.id, "name": found.name, "resources": restored})

    def _delete(self, deployment_id: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self._deployment(deployment_id)
        if isinstance(found, Reply):
            return found
        if any(found.status_now(kind, resource["ref_id"]) != "stopped" for kind, resource in found.resources()):
            return error_reply(
                400,
                "deployments.resource_not_shutdown",
                f"Deployment {deployment_id} must be shut down before it is deleted",
            )
        del self.deployments[deployment_id]
        return Reply(200, {"id": found.id, "name": found.name, "resources": self._listing(found)["resources"]})

    # -- plans -----------------------------------------------------------------------------

    def _default_plan(self, deployment: FakeDeployment, kind: str, ref_id: str, action: str) -> Plan:
        for index, (wanted, plan) in enumerate(self._next_plans):
            if wanted in (None, kind):
                del self._next_plans[index]
                return plan
        if action == "shutdown":
            return Plan.shutdown()
        return Plan()

    def _attempt_template(self, deployment: FakeDeployment, kind: str, ref_id: str) -> dict[str, Any]:
        current = deployment.plan_info_now(kind, ref_id).get("current")
        if isinstance(current, dict):
            return current
        plan = deployment.plans.get((kind, ref_id)) or bodies.resource_plan(kind, "default")
        return bodies.plan_attempt(plan, "create")

    def _start(self, deployment: FakeDeployment, kind: str, ref_id: str, action: str, plan_body: Any = None) -> None:
        """Starts the plan `plan_for` chooses; ``plan_body`` is the requested plan, shown in the attempt."""
        plan = self.plan_for(deployment, kind, ref_id, action)
        resource = deployment.resource(kind, ref_id)
        template = copy.deepcopy(self._attempt_template(deployment, kind, ref_id))
        template["source"] = bodies.plan_attempt({}, action)["source"]
        if plan_body is not None:
            template["plan"] = plan_body
        elif (kind, ref_id) in deployment.plans:
            template["plan"] = copy.deepcopy(deployment.plans[(kind, ref_id)])
        allocators.release(self.allocators, resource)
        if action != "shutdown" and plan.outcome != "failure":
            problem = allocators.place(self.allocators, deployment, kind, resource)
            if problem:
                plan = Plan.failing("allocate-instances", problem, failure_type="InstanceAllocationFailure")
        deployment.play(kind, ref_id, list(unfold(plan, deployment.plan_info_now(kind, ref_id), template)))

    def _finish(self, deployment: FakeDeployment, kind: str, ref_id: str, plan: Plan) -> None:
        """The resource as after a plan that ended: no frames to play."""
        self.play(deployment, kind, ref_id, plan)
        resource = deployment.resource(kind, ref_id)
        allocators.place(self.allocators, deployment, kind, resource)
        frames = deployment.frames.pop((kind, ref_id))
        deployment.position.pop((kind, ref_id))
        last = frames[-1]
        assert isinstance(last, Frame)
        resource["info"]["plan_info"] = last.plan_info
        resource["info"]["status"] = last.status

    # -- allocators ------------------------------------------------------------------------

    def _find_allocator(self, allocator_id: str) -> dict[str, Any] | Reply:
        for allocator in self.allocators:
            if allocator["allocator_id"] == allocator_id:
                return allocator
        return error_reply(404, "allocators.allocator_not_found", f"Allocator {allocator_id} not found")

    def _page(self, items: list[dict[str, Any]], start: int, size: int) -> list[dict[str, Any]]:
        size = min(size, self.max_page_size or size)
        return items[start : start + size]

    def _allocators(self, *, query: dict[str, str], body: Any) -> Reply:
        ordered = sorted(self.allocators, key=lambda allocator: allocator["allocator_id"])
        if query.get("q"):
            ordered = [a for a in ordered if query["q"] in json.dumps(a)]
        page = self._page(ordered, int(query.get("from", 0)), int(query.get("size", 100)))
        return Reply(200, copy.deepcopy(allocators.zones(page)))

    def _search_allocators(self, *, query: dict[str, str], body: Any) -> Reply:
        body = body or {}
        try:
            ordered = sorted(
                (a for a in self.allocators if matches(body.get("query"), a)), key=lambda a: a["allocator_id"]
            )
        except UnsupportedQuery as error:
            return error_reply(400, "root.invalid_data", str(error))
        page = self._page(ordered, int(body.get("from", 0)), int(body.get("size", 100)))
        return Reply(200, copy.deepcopy(allocators.zones(page)))

    def _allocator(self, allocator_id: str, *, query: dict[str, str], body: Any) -> Reply:
        found = self._find_allocator(allocator_id)
        return found if isinstance(found, Reply) else Reply(200, copy.deepcopy(found))

    def _maintenance(self, allocator_id: str, on: bool) -> Reply:
        found = self._find_allocator(allocator_id)
        if isinstance(found, Reply):
            return found
        found["status"]["maintenance_mode"] = on
        return Reply(202, {})

    def _maintenance_start(self, allocator_id: str, *, query: dict[str, str], body: Any) -> Reply:
        return self._maintenance(allocator_id, True)

    def _maintenance_stop(self, allocator_id: str, *, query: dict[str, str], body: Any) -> Reply:
        return self._maintenance(allocator_id, False)

    def _move(self, allocator_id: str, *, query: dict[str, str], body: Any) -> Reply:
        return self._move_by_type(allocator_id, None, query=query, body=body)

    def _move_by_type(self, allocator_id: str, kind: str | None, *, query: dict[str, str], body: Any) -> Reply:
        """Moves instances off an allocator (all, or those of ``kind`` and of the resources the body
        names) to others with room, the same zone first; each moved resource runs its plan (with
        the body's ``plan_override`` as its ``transient`` part). Refusals, and resources that fit
        nowhere, are the answer's ``failures``."""
        source = self._find_allocator(allocator_id)
        if isinstance(source, Reply):
            return source
        request = allocators.MoveRequest(kind=kind, validate_only=query.get("validate_only") == "true")
        overrides: dict[str, dict[str, Any]] = {}
        for group in allocators.MOVE_GROUPS:
            for entry in (body or {}).get(f"{group}_clusters") or []:
                for cluster_id in entry.get("cluster_ids") or []:
                    request.cluster_ids = {*(request.cluster_ids or ()), cluster_id}
                    if isinstance(entry.get("plan_override"), dict):
                        overrides[cluster_id] = entry["plan_override"]
                        configuration = entry["plan_override"].get("plan_configuration") or {}
                        request.preferred[cluster_id] = list(configuration.get("preferred_allocators") or [])
        answer, moved = allocators.move(self.allocators, source, request, self.move_refusals)
        replanned: dict[str, tuple[FakeDeployment, str, str]] = {}
        for placed, target in moved:
            owner = self._owner(placed["cluster_id"])
            if owner is None:
                continue
            deployment, kind_of, resource = owner
            for found in resource["info"].get("topology", {}).get("instances") or []:
                if found["instance_name"] == placed["instance_name"]:
                    found.update(allocator_id=target["allocator_id"], zone=target["zone_id"])
            replanned[resource["id"]] = (deployment, kind_of, resource["ref_id"])
        for cluster_id, (deployment, kind_of, ref_id) in replanned.items():
            plan = self.plan_for(deployment, kind_of, ref_id, "move")
            template = copy.deepcopy(self._attempt_template(deployment, kind_of, ref_id))
            template["source"] = bodies.plan_attempt({}, "move")["source"]
            plan_body = copy.deepcopy(deployment.plans.get((kind_of, ref_id)) or template.get("plan") or {})
            if cluster_id in overrides:
                plan_body["transient"] = copy.deepcopy(overrides[cluster_id])
            template["plan"] = plan_body
            deployment.play(kind_of, ref_id, list(unfold(plan, deployment.plan_info_now(kind_of, ref_id), template)))
        return Reply(202, answer)

    def _owner(self, resource_id: str) -> tuple[FakeDeployment, str, dict[str, Any]] | None:
        """The deployment, kind and body of the resource with this id."""
        for deployment in self.deployments.values():
            for kind, resource in deployment.resources():
                if resource["id"] == resource_id:
                    return deployment, kind, resource
        return None

    def _search_runners(self, *, query: dict[str, str], body: Any) -> Reply:
        body = body or {}
        page = self._page(self.runners, int(body.get("from", 0)), int(body.get("size", 100)))
        return Reply(200, {"runners": copy.deepcopy(page)})
