"""ece_client.testing: the fake ECE users test their automation against. Every scenario runs on
the installed build's release (`make test-releases` runs it on each), and every body the fake
serves is read in full by that release's models."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import textwrap
import zipfile

import httpx
import pytest
from ece_client import ECE, AsyncECE, models
from ece_client._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConnectionError,
    NotFoundError,
    PlanFailedError,
    ServerError,
)
from ece_client._model import model
from ece_client.testing import FakeECE, Reply, Request
from ece_client.testing._operations import match, operations
from support.build import build_has
from support.paths import ROOT
from support.walk import walk

SIMULATED = set(FakeECE.simulated_operations())


class CheckedFake(FakeECE):
    """The shipped fake, recording each JSON answer with the operation it answered."""

    def __init__(self, **settings):
        super().__init__(**settings)
        self.served: list[tuple[str, int, object]] = []

    def handle(self, request: Request) -> Reply:
        reply = super().handle(request)
        found = match(request.method, request.path.removeprefix("/api/v1"))
        if found and isinstance(reply.body, (dict, list)):
            self.served.append((found[0].operation_id, reply.status, reply.body))
        return reply

    def check_served(self) -> int:
        """Every body served so far decodes with the release's models and reads in full (an error
        the operation does not document reads as ECE's BasicFailedReply)."""
        by_id = {op.operation_id: op for op in operations().values()}
        read = 0
        for operation_id, status, body in self.served:
            codec = by_id[operation_id].responses.get(status)
            if codec is None:
                assert status >= 400, f"{operation_id} answered {status}, which the release does not document"
                codec = model("BasicFailedReply")
            count, problems = walk(codec.decode(body, operation_id))
            assert problems == [], problems
            read += count
        return read


def needs(*operations: str):
    missing = [op for op in operations if op not in SIMULATED]
    return pytest.mark.skipif(bool(missing), reason=f"this release has no {', '.join(missing)}")


@pytest.fixture
def checked():
    with CheckedFake() as fake:
        yield fake
    fake.check_served()


@pytest.fixture
def client(checked):
    with ECE(checked.url, api_key=checked.api_key, check_version=False, max_retries=0) as ece:
        yield ece


def template_body(ece: ECE, name: str, template_id: str = "default") -> dict:
    template = ece.deployment_templates.get_deployment_template_v2(template_id, region="ece-region")
    return {"name": name, "resources": template.deployment_template.to_dict()["resources"]}


def test_simulated_operations_are_operations_of_this_release():
    ids = {op.operation_id for op in operations().values()}
    assert SIMULATED <= ids
    assert {"create_deployment", "get_deployment", "search_deployments", "login", "create_api_key"} <= SIMULATED


def test_an_operation_it_does_not_simulate_answers_501_naming_it(client):
    with pytest.raises(ServerError) as caught:
        client.deployments.get_deployment_es_resource_keystore("abc", "main-elasticsearch")
    assert caught.value.status_code == 501
    assert "get_deployment_es_resource_keystore" in str(caught.value)
    assert "get_deployment_es_resource_keystore" not in SIMULATED


def test_a_deployment_lives_through_create_update_shutdown_restore_delete(checked, client):
    created = client.deployments.create_deployment(body=template_body(client, "web"))
    assert created.name == "web" and {r.kind for r in created.resources} == {"elasticsearch", "kibana"}
    statuses = []
    for _ in range(7):  # every reading moves the plans one step on
        reading = client.deployments.get_deployment(created.id, show_plans=True, show_plan_logs=True)
        statuses.append(reading.resources.elasticsearch[0].info.status)
    assert statuses[0] == "initializing" and statuses[-1] == "started"
    es = reading.resources.elasticsearch[0]
    assert [step.step_id for step in es.info.plan_info.current.plan_attempt_log][-1] == "plan-completed"
    assert es.info.topology.instances and es.info.topology.instances[0].healthy

    body = {
        "resources": {
            "elasticsearch": [
                {"ref_id": es.ref_id, "region": es.region, "plan": es.info.plan_info.current.plan.to_dict()}
            ]
        }
    }
    body["resources"]["elasticsearch"][0]["plan"]["cluster_topology"][0]["size"]["value"] = 8192
    client.deployments.update_deployment(created.id, body=body)
    summary = client.deployments.wait_for_plans(created.id, poll_interval=0.001)
    assert [change.ref_id for change in summary.changed] == [es.ref_id]
    history = client.deployments.get_deployment(created.id, show_plan_history=True)
    assert len(history.resources.elasticsearch[0].info.plan_info.history) == 2
    assert history.resources.elasticsearch[0].info.topology.instances[0].memory.instance_capacity == 8192

    with pytest.raises(BadRequestError) as running:
        client.deployments.delete_deployment(created.id)
    assert "deployments.resource_not_shutdown" in running.value.codes
    client.deployments.shutdown_deployment(created.id)
    client.deployments.wait_for_plans(created.id, poll_interval=0.001)
    stopped = client.deployments.get_deployment(created.id)
    assert {r.info.status for r in stopped.resources.elasticsearch + stopped.resources.kibana} == {"stopped"}
    if "restore_deployment" in SIMULATED:
        client.deployments.restore_deployment(created.id)
        client.deployments.wait_for_plans(created.id, poll_interval=0.001)
        assert client.deployments.get_deployment(created.id).resources.kibana[0].info.status == "started"
        client.deployments.shutdown_deployment(created.id)
        checked.settle()
    client.deployments.delete_deployment(created.id)
    with pytest.raises(NotFoundError):
        client.deployments.get_deployment(created.id)
    assert checked.check_served() > 1000


def test_plans_unfold_only_when_the_test_advances_them():
    with FakeECE(auto_advance=False) as fake, ECE(fake.url, api_key=fake.api_key, check_version=False) as ece:
        created = ece.deployments.create_deployment(body=template_body(ece, "manual"))
        pending = [
            ece.deployments.get_deployment(created.id).resources.elasticsearch[0].info.plan_info.pending
            for _ in range(3)
        ]
        assert all(p is not None for p in pending)
        fake.advance(2)
        steps = ece.deployments.get_deployment(created.id, show_plan_logs=True).resources.elasticsearch[0]
        assert [s.status for s in steps.info.plan_info.pending.plan_attempt_log] == ["success", "pending"]
        fake.settle()
        assert ece.deployments.get_deployment(created.id).resources.elasticsearch[0].info.status == "started"


def test_an_injected_plan_failure_names_its_step_and_message(client, checked):
    checked.fail_next_plan(
        "allocate-instances", "no room in zone-1", kind="elasticsearch", failure_type="InfrastructureFailure"
    )
    created = client.deployments.create_deployment(body=template_body(client, "doomed"))
    with pytest.raises(PlanFailedError) as caught:
        client.deployments.wait_for_plans(created.id, poll_interval=0.001)
    assert caught.value.step_id == "allocate-instances" and caught.value.kind == "elasticsearch"
    assert "no room in zone-1" in caught.value.messages and caught.value.failure_type == "InfrastructureFailure"


def test_the_search_finds_by_common_fields_and_pages(client, checked):
    names = [f"team-{index}" for index in range(5)] + ["other"]
    ids = {name: checked.add_deployment(name).id for name in names}
    found = client.deployments.search_deployments(body={"query": {"term": {"name": {"value": "other"}}}})
    assert [d.id for d in found.deployments] == [ids["other"]]
    prefixed = client.deployments.search_deployments(body={"query": {"prefix": {"name": {"value": "team-"}}}})
    assert prefixed.return_count == 5
    both = {"bool": {"should": [{"match": {"name": {"query": "team-1"}}}, {"match": {"name": {"query": "other"}}}]}}
    assert {d.name for d in client.deployments.search_deployments(body={"query": both}).deployments} == {
        "team-1",
        "other",
    }
    assert sorted(d.id for d in client.deployments.iter_search(page_size=2)) == sorted(ids.values())
    assert {d.id for d in client.deployments.list_deployments().deployments} == set(ids.values())


@needs("get_allocators", "start_allocator_maintenance_mode", "move_clusters")
def test_allocators_place_instances_by_zone_and_capacity_and_vacate_moves_them(client, checked):
    for zone in ("zone-a", "zone-b"):
        checked.add_allocator(f"{zone}-1", zone=zone, memory=16384)
        checked.add_allocator(f"{zone}-2", zone=zone, memory=16384)
    client.platform_infrastructure.start_allocator_maintenance_mode("zone-b-2")
    body = template_body(client, "ha")
    body["resources"]["elasticsearch"][0]["plan"]["cluster_topology"][0].update(
        zone_count=2, size={"resource": "memory", "value": 8192}
    )
    created = client.deployments.create_deployment(body=body)
    client.deployments.wait_for_plans(created.id, poll_interval=0.001)
    instances = client.deployments.get_deployment(created.id).resources.elasticsearch[0].info.topology.instances
    assert sorted(i.zone for i in instances) == ["zone-a", "zone-b"]
    assert "zone-b-2" not in {i.allocator_id for i in instances}  # in maintenance
    overview = client.platform_infrastructure.get_allocators()
    used = {a.allocator_id: a.capacity.memory.used for zone in overview.zones for a in zone.allocators}
    assert sum(used.values()) == 2 * 8192 + 1024 * 1  # Elasticsearch twice, Kibana once
    source = next(i.allocator_id for i in instances if i.zone == "zone-b")
    client.platform_infrastructure.stop_allocator_maintenance_mode("zone-b-2")
    moved = client.platform_infrastructure.move_clusters(source)
    assert [c.cluster_id for c in moved.moves.elasticsearch_clusters] == [created.resources[0].id]
    assert client.platform_infrastructure.get_allocator(source).instances == []
    client.deployments.wait_for_plans(created.id, poll_interval=0.001)
    after = client.deployments.get_deployment(created.id).resources.elasticsearch[0].info.topology.instances
    assert sorted(i.allocator_id for i in after if i.zone == "zone-b") == ["zone-b-2"]


@needs("move_clusters", "move_clusters_by_type", "get_allocator")
def test_a_move_by_resource_follows_its_plan_override_and_refusals_are_failures(client, checked):
    for allocator_id in ("a1", "a2", "a3"):
        checked.add_allocator(allocator_id)
    deployment = checked.add_deployment("web")
    checked.place(deployment, "a1")
    es, kibana = (resource["id"] for _, resource in deployment.resources())
    checked.move_refusals[kibana] = "There is a plan still pending"
    validation = client.platform_infrastructure.move_clusters("a1", validate_only=True)
    (move,) = validation.moves.elasticsearch_clusters
    assert move.cluster_id == es and move.calculated_plan.plan_configuration.move_only is True
    (refused,) = validation.failures.kibana_clusters
    assert refused.cluster_id == kibana and refused.errors[0].message == "There is a plan still pending"
    assert {i.cluster_id for i in client.platform_infrastructure.get_allocator("a1").instances} == {es, kibana}
    plan = move.calculated_plan.to_dict()
    plan["plan_configuration"]["preferred_allocators"] = ["a3"]
    body = models.MoveClustersRequest.from_dict(
        {"elasticsearch_clusters": [{"cluster_ids": [es], "plan_override": plan}]}
    )
    moved = client.platform_infrastructure.move_clusters_by_type("a1", "elasticsearch", body=body)
    assert [c.cluster_id for c in moved.moves.elasticsearch_clusters] == [es]
    assert moved.moves.kibana_clusters == []  # only the type in the path moves
    reading = client.deployments.get_deployment(deployment.id, show_plans=True)
    pending = reading.resources.elasticsearch[0].info.plan_info.pending
    assert pending.plan.transient.plan_configuration.preferred_allocators == ["a3"]
    client.deployments.wait_for_plans(deployment.id, poll_interval=0.001)
    instances = client.deployments.get_deployment(deployment.id).resources.elasticsearch[0].info.topology.instances
    assert {i.allocator_id for i in instances} == {"a3"}
    assert [i.cluster_id for i in client.platform_infrastructure.get_allocator("a1").instances] == [kibana]


@needs("get_instance_configurations", "create_instance_configuration", "set_instance_configuration")
def test_instance_configurations_start_with_the_release_defaults_and_change(client, checked):
    listed = {item.id for item in client.platform_configuration_instances.get_instance_configurations()}
    assert {"data.default", "kibana"} <= listed
    default = client.platform_configuration_instances.get_instance_configuration("data.default")
    assert default.instance_type == "elasticsearch" and default.discrete_sizes.sizes
    body = default.to_dict()
    del body["id"]
    body["name"] = "hot"
    created = client.platform_configuration_instances.create_instance_configuration(body=body)
    assert created.id in checked.instance_configurations and created.id != "data.default"
    body["description"] = "edited"
    assert client.platform_configuration_instances.set_instance_configuration(created.id, body=body).id == created.id
    edited = client.platform_configuration_instances.get_instance_configuration(created.id)
    assert edited.description == "edited"
    if build_has("InstanceConfiguration.config_version"):
        assert edited.config_version == 2
    with pytest.raises(APIError) as caught:
        client.platform_configuration_instances.set_instance_configuration(created.id, body=body, create_only=True)
    assert caught.value.status_code == 409
    client.platform_configuration_instances.delete_instance_configuration(created.id)
    with pytest.raises(NotFoundError):
        client.platform_configuration_instances.get_instance_configuration(created.id)


@needs("update_stack_packs", "get_version_stacks", "get_version_stack")
def test_a_stack_pack_upload_adds_its_versions(client, checked):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as pack:
        pack.writestr("9.1.0/stackpack.json", "{}")
    result = client.stack.upload_stack_pack(archive.getvalue(), file_name="9.1.0.zip")
    assert [stack.version for stack in result.stacks] == ["9.1.0"] and result.errors == []
    assert checked.stack_packs[-1] == ("file", "9.1.0.zip", archive.getvalue())
    assert "9.1.0" in {stack.version for stack in client.stack.get_version_stacks().stacks}
    assert client.stack.get_version_stack("9.1.0").elasticsearch.docker_image.endswith(":9.1.0")
    with pytest.raises(BadRequestError):
        client.stack.upload_stack_pack(b"not a zip")
    with pytest.raises(NotFoundError):
        client.stack.get_version_stack("1.0.0")


def test_the_search_pages_with_from_and_size_and_no_cursor_when_asked(client, checked):
    ids = sorted(checked.add_deployment(f"d{index}").id for index in range(5))
    checked.search_without_cursor = True
    page = client.deployments.search_deployments(body=models.SearchRequest.from_dict({"from": 2, "size": 2}))
    assert [d.id for d in page.deployments] == ids[2:4] and "cursor" not in page.to_dict()
    assert [d.id for d in client.deployments.iter_search(page_size=2)] == ids


def test_a_plan_that_does_not_fit_fails_at_allocation(client, checked):
    checked.add_allocator("tiny", memory=1024)
    created = client.deployments.create_deployment(body=template_body(client, "big"))
    with pytest.raises(PlanFailedError) as caught:
        client.deployments.wait_for_plans(created.id, poll_interval=0.001)
    assert caught.value.step_id == "allocate-instances" and "not enough capacity" in str(caught.value.messages)


def test_an_api_key_secret_is_shown_only_in_its_creation_reply(client, checked):
    created = client.authentication.create_api_key(body={"description": "ci"})
    assert created.key
    listed = {key.id: key for key in client.authentication.get_api_keys().keys}
    assert created.id in listed and not listed[created.id].key
    with ECE(checked.url, api_key=created.key, check_version=False) as with_new_key:
        assert with_new_key.authentication.get_api_key(created.id).description == "ci"
        client.authentication.delete_api_key(created.id)
        with pytest.raises(AuthenticationError):
            with_new_key.authentication.get_api_keys()


@needs("create_user", "get_current_user")
def test_users_log_in_and_sessions_refresh_after_the_token_lifetime(checked):
    checked.login_ttl = checked.refresh_ttl = 0.5
    with ECE(checked.url, api_key=checked.api_key, check_version=False) as admin:
        admin.users.create_user(
            body={"user_name": "ops", "security": {"password": "pw-ops-1234", "roles": ["ece_platform_viewer"]}}
        )
        assert "ops" in {user.user_name for user in admin.users.get_users().users}
    with ECE(checked.url, username="ops", password="pw-ops-1234", check_version=False) as ops:
        assert ops.users.get_current_user().user_name == "ops"
        assert checked.counts["logins"] == 1
        expired = len(checked.issued)
        checked.revoke_all()  # as when the lifetime is over
        assert ops.users.get_current_user().user_name == "ops"
        assert len(checked.issued) > expired
    with (
        pytest.raises(AuthenticationError),
        ECE(checked.url, username="ops", password="wrong", check_version=False) as bad,
    ):
        bad.users.get_current_user()


def test_errors_are_injected_on_any_route(checked):
    with ECE(checked.url, api_key=checked.api_key, check_version=False, max_retries=2) as ece:
        checked.inject("get_deployment", status=503, code="root.unavailable", retry_after=0, times=2)
        deployment = checked.add_deployment("web")
        assert ece.deployments.get_deployment(deployment.id).name == "web"  # retried twice, then served
        checked.inject(path="/deployments/_search", status=409, code="deployments.version_conflict", message="busy")
        with pytest.raises(APIError) as caught:
            ece.deployments.search_deployments(body={})
        assert caught.value.status_code == 409 and caught.value.codes == ("deployments.version_conflict",)
        checked.inject("list_deployments", reset=True, times=3)
        with pytest.raises(ConnectionError):
            ece.deployments.list_deployments()
        checked.inject("list_deployments", status=0, delay=0.05)  # latency: the answer comes, later
        assert len(ece.deployments.list_deployments().deployments) == 1
    assert checked.faults == []


def test_the_transports_serve_in_process(checked):
    checked.add_deployment("web")
    transport = checked.transport()
    with ECE(checked.url, api_key=checked.api_key, check_version=False, max_retries=0, transport=transport) as ece:
        assert [d.name for d in ece.deployments.iter_search()] == ["web"]
        checked.inject("list_deployments", reset=True)
        with pytest.raises(ConnectionError):
            ece.deployments.list_deployments()


@pytest.mark.anyio
async def test_the_async_transport_serves_in_process(checked):
    deployment = checked.add_deployment("web")
    async with AsyncECE(
        checked.url, api_key=checked.api_key, check_version=False, transport=checked.async_transport()
    ) as ece:
        assert (await ece.deployments.get_deployment(deployment.id)).name == "web"


def test_the_fake_serves_a_subprocess_over_http(checked):
    checked.add_deployment("web")
    code = textwrap.dedent(
        """
        import sys
        from ece_client import ECE
        with ECE(sys.argv[1], api_key=sys.argv[2]) as ece:
            print(*[d.name for d in ece.deployments.iter_search()])
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code, checked.url, checked.api_key], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["web"]


def test_the_server_listens_on_loopback_only_and_stops():
    fake = FakeECE().start()
    host, port = httpx.URL(fake.url).host, httpx.URL(fake.url).port
    assert host == "127.0.0.1"
    fake.stop()
    with pytest.raises(OSError), socket.create_connection((host, port), timeout=2):
        pass


def test_the_plugin_fixtures_are_the_fake_and_its_clients(fake_ece, ece):
    assert ece.deployments.list_deployments().deployments == []
    fake_ece.add_deployment("web")
    assert [d.name for d in ece.deployments.list_deployments().deployments] == ["web"]


def test_the_guide_s_pytest_examples_pass_as_a_user_runs_them(tmp_path):
    """docs/guide/testing.md's test files (the blocks that start with ``# test_<name>.py``), run by
    pytest in a folder of their own: only the plugin that the installed ece-client registers gives
    them their fixtures."""
    guide = (ROOT / "docs" / "guide" / "testing.md").read_text()
    files = [block.split("```")[0] for block in guide.split("```python\n")[1:] if block.startswith("# test_")]
    assert [text.split("\n")[0] for text in files] == ["# test_automation.py", "# test_vacate.py"]
    for text in files:
        (tmp_path / text.split("\n")[0].removeprefix("# ")).write_text(text)
    tests = sum(text.count("\ndef test_") for text in files)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("EC_", "PYTEST_"))}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "."],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{tests} passed" in result.stdout and tests == 6


def test_a_request_of_the_wrong_shape_gets_a_400_naming_the_operation(client):
    with pytest.raises(BadRequestError) as caught:
        client.deployments.create_deployment(body={"resources": {"elasticsearch": [{"plan": "not a plan"}]}})
    assert "create_deployment" in str(caught.value)
    with pytest.raises(BadRequestError):
        client.deployments.search_deployments(body={"size": "many"})


def test_a_fault_for_an_operation_the_release_lacks_is_refused(checked):
    with pytest.raises(ValueError, match="get_deployment_typo"):
        checked.inject("get_deployment_typo", status=500)
