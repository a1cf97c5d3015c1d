"""The scripts in examples/ run end to end, as a user runs them: ``python examples/x.py`` in a
subprocess, connected through EC_HOST and EC_API_KEY to a fake ECE on 127.0.0.1 that plays each
plan's progression (pending, steps in progress, finished or failed)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

from support.build import build_has
from support.fake_ece import FakeECE, Plan, Step, recorded
from support.paths import ROOT
from support.servers import Reply

EXAMPLES = ROOT / "examples"


def run(fake: FakeECE, script: str, *args: str, api_key: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("EC_", "ECE_CLIENT_"))}
    env.update(EC_HOST=fake.url, EC_API_KEY=api_key or fake.api_key)
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # a hung example fails the test instead of hanging the suite
        cwd=ROOT,
    )


def requests(fake: FakeECE, method: str, path: str) -> list:
    return [r for r in fake.server.requests if r.method == method and r.raw_path.split("?")[0] == f"/api/v1{path}"]


def test_every_example_is_tested():
    tested = {name.removeprefix("test_").split("__")[0] for name in globals() if name.startswith("test_")}
    scripts = {path.stem for path in EXAMPLES.glob("*.py")}
    assert scripts and scripts <= tested, scripts - tested


def test_list_deployments(fake):
    ids = sorted(fake.add_deployment().id for _ in range(5))
    result = run(fake, "list_deployments.py", "--page-size", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ids
    assert all(" healthy " in line for line in lines)
    assert "5 deployment(s)" in result.stderr
    # By cursor: 2 + 2 + 1 (the match count is reached); with from/size, an empty page ends the walk.
    expected = 3 if build_has("DeploymentsSearchResponse.cursor") else 4
    assert len(requests(fake, "POST", "/deployments/_search")) == expected


def test_create_deployment(fake):
    result = run(
        fake, "create_deployment.py", "my-deployment", "--template", "aws-io-optimized-v2", "--poll-interval", "0.01"
    )
    assert result.returncode == 0, result.stderr
    (deployment,) = fake.deployments.values()
    assert deployment.name == "my-deployment"
    assert f"created deployment {deployment.id} (my-deployment)" in result.stdout
    assert f"elastic / {deployment.credentials['password']}" in result.stdout
    assert f"deployment {deployment.id} is running" in result.stdout
    # The progress display (plain lines: stderr is not a terminal) followed each resource to its end.
    for kind, resource in deployment.resources():
        assert f"{kind} {resource['ref_id']}: plan finished" in result.stderr
        assert f"{kind} {resource['ref_id']}: step 'wait-until-running' success" in result.stderr
    (create,) = requests(fake, "POST", "/deployments")
    sent = json.loads(create.body)
    assert sent["name"] == "my-deployment"
    # The template's own resources are sent (every release takes them; not every release takes template_id).
    assert "?" not in create.raw_path
    template = recorded("tf_template_aws_io_optimized_v2.json")["deployment_template"]
    assert sent["resources"].keys() == template["resources"].keys()
    assert requests(fake, "GET", "/deployments/templates/aws-io-optimized-v2")[0].raw_path.endswith("region=ece-region")


def test_create_deployment__failed_plan(fake):
    def plan_for(deployment, kind, ref_id, action):
        if kind != "elasticsearch":
            return Plan()
        failing = Step(
            "allocate-instances",
            status="error",
            messages=("Not enough capacity",),
            details={"zone": "ece-zone-1"},
            failure_type="InfrastructureFailure",
        )
        return Plan([Step("validate-plan-prerequisites"), failing], outcome="failure")

    fake.plan_for = plan_for
    result = run(fake, "create_deployment.py", "doomed", "--poll-interval", "0.01")
    assert result.returncode == 1, result.stderr
    assert "creation failed" in result.stderr
    assert "at step 'allocate-instances': Not enough capacity [InfrastructureFailure]" in result.stderr
    assert "zone=ece-zone-1" in result.stderr
    assert "is running" not in result.stdout


def test_create_deployment__still_running_at_the_deadline(fake):
    fake.plan_for = lambda *_: Plan(outcome="running")
    result = run(fake, "create_deployment.py", "slow", "--timeout", "0.3", "--poll-interval", "0.05")
    assert result.returncode == 2, result.stderr
    assert "The plans keep running on ECE" in result.stderr
    assert not [r for r in fake.server.requests if r.method in ("DELETE", "PUT")]  # nothing was cancelled


def test_resize_deployment(fake):
    deployment = fake.add_deployment(recorded_name="sdk_deployment_get_integrations_server.json")
    result = run(
        fake,
        "resize_deployment.py",
        deployment.id,
        "--tier",
        "hot_content",
        "--size",
        "16384",
        "--poll-interval",
        "0.01",
    )
    assert result.returncode == 0, result.stderr
    assert "hot_content: 8192 -> 16384 MB" in result.stdout
    assert f"resized hot_content of {deployment.id} to 16384 MB" in result.stdout
    (update,) = requests(fake, "PUT", f"/deployments/{deployment.id}")
    body = json.loads(update.body)
    assert body["prune_orphans"] is False and list(body["resources"]) == ["elasticsearch"]
    topology = {e["id"]: e["size"] for e in body["resources"]["elasticsearch"][0]["plan"]["cluster_topology"]}
    assert topology["hot_content"] == {"resource": "memory", "value": 16384}
    assert topology["warm"] == {"resource": "memory", "value": 0}  # the rest of the plan is sent as read
    assert "elasticsearch main-elasticsearch: plan finished" in result.stderr
    assert "kibana" not in result.stderr  # waited for the resized resource only


def test_resize_deployment__unknown_tier(fake):
    deployment = fake.add_deployment()
    result = run(fake, "resize_deployment.py", deployment.id, "--tier", "nope", "--size", "1024")
    assert result.returncode == 1 and "no topology element 'nope'" in result.stderr
    assert not requests(fake, "PUT", f"/deployments/{deployment.id}")


def test_find_allocators(fake):
    fake.add_allocators(12)
    expected = sorted(
        (
            (a["capacity"]["memory"]["total"] - a["capacity"]["memory"]["used"], a["allocator_id"])
            for a in fake.allocators
        ),
        reverse=True,
    )
    expected = [(free, allocator_id) for free, allocator_id in expected if free >= 30000]
    result = run(fake, "find_allocators.py", "--min-free-mb", "30000")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [(int(line.split()[2]), line.split()[0]) for line in lines] == expected
    assert 0 < len(expected) < 12
    assert f"{len(expected)} allocator(s)" in result.stderr


def test_rotate_api_key(fake, tmp_path):
    old_key = fake.api_key
    out = tmp_path / "new-key"
    result = run(fake, "rotate_api_key.py", "key-0", "--out", str(out), "--description", "ci")
    assert result.returncode == 0, result.stderr
    (new,) = fake.api_keys.values()  # the old key is gone, the new one is the only one left
    assert new["description"] == "ci" and new["key"] != old_key
    assert out.read_text() == new["key"] + "\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert new["key"] not in result.stdout + result.stderr
    assert f"new API key {new['id']} written to {out}; old key key-0 deleted" in result.stdout
    # The old key was deleted with the new one.
    (delete,) = requests(fake, "DELETE", "/users/auth/keys/key-0")
    assert delete.headers["authorization"] == f"ApiKey {new['key']}"
    assert run(fake, "list_deployments.py", api_key=old_key).returncode == 1


def test_rotate_api_key__old_key_delete_fails(fake, tmp_path):
    out = tmp_path / "new-key"
    fake.fail_next("DELETE", r"/users/auth/keys/key-0$", Reply(404, {"errors": [{"code": "api_keys.not_found"}]}))
    result = run(fake, "rotate_api_key.py", "key-0", "--out", str(out))
    assert result.returncode == 1
    new = next(key for key in fake.api_keys.values() if key["id"] != "key-0")
    assert out.read_text() == new["key"] + "\n"  # the new key is not lost
    assert f"new key {new['id']} written to {out}; deleting the old key key-0 failed: HTTP 404" in result.stderr
    assert "deleted" not in result.stdout
    assert new["key"] not in result.stdout + result.stderr


def test_shutdown_deployment(fake):
    deployment = fake.add_deployment()
    result = run(fake, "shutdown_deployment.py", deployment.id, "--skip-snapshot", "--poll-interval", "0.01")
    assert result.returncode == 0, result.stderr
    (shutdown,) = requests(fake, "POST", f"/deployments/{deployment.id}/_shutdown")
    assert shutdown.raw_path.endswith("?skip_snapshot=true")
    assert "step 'stop-instances' success" in result.stderr
    assert f"deployment {deployment.id} is shut down" in result.stdout
    reading = deployment.reading(logs=False, history=False, advance=False)
    assert {r["info"]["status"] for rs in reading["resources"].values() for r in rs or []} == {"stopped"}


def test_an_example_without_a_host_says_so(fake):
    env = {key: value for key, value in os.environ.items() if not key.startswith("EC_")}
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "list_deployments.py")], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "host is required" in result.stderr


def test_vacate_allocator(fake):
    from support.allocators import allocator, placed
    from support.fake_ece import RECORDED_DEPLOYMENTS

    first = fake.add_deployment(recorded_name=RECORDED_DEPLOYMENTS[0])
    second = fake.add_deployment(recorded_name=RECORDED_DEPLOYMENTS[1])
    allocator(fake, "192.168.44.10", first, second, kinds=("elasticsearch", "kibana"))
    dry = run(fake, "vacate_allocator.py", "192.168.44.10", "--dry-run", "--poll-interval", "0.01")
    assert dry.returncode == 0, dry.stderr
    assert "would move 4, failed 0" in dry.stdout and len(placed(fake, "192.168.44.10")) == 4
    result = run(fake, "vacate_allocator.py", "192.168.44.10", "--kind", "elasticsearch", "--poll-interval", "0.01")
    assert result.returncode == 0, result.stderr
    assert "moved 2, failed 0" in result.stdout
    for deployment in (first, second):
        # One progress display for both deployments (plain lines: stderr is not a terminal).
        assert f"{deployment.id} [" in result.stderr and "elasticsearch" in result.stderr
        assert f"(deployment {deployment.id}): moved" in result.stdout
    assert {p.kind for p in placed(fake, "192.168.44.10")} == {"kibana"}
    fake.move_refusals[placed(fake, "192.168.44.10")[0].resource_id] = "no capacity left"
    failed = run(fake, "vacate_allocator.py", "192.168.44.10", "--poll-interval", "0.01")
    assert failed.returncode == 1 and "no capacity left" in failed.stdout and "moved 1, failed 1" in failed.stdout


def test_upgrade_deployment(fake):
    deployment = fake.add_deployment(recorded_name="tf_aws_io_optimized_tags_deployment_get.json")  # 7.9.2
    result = run(fake, "upgrade_deployment.py", deployment.id, "7.17.3", "--poll-interval", "0.01")
    assert result.returncode == 0, result.stderr
    assert f"deployment {deployment.id} upgraded to 7.17.3" in result.stdout
    assert "elasticsearch" in result.stderr and "plan finished" in result.stderr
    puts = [json.loads(c["body"]) for c in fake.calls if c["body"] and c["path"].endswith(deployment.id)]
    assert [sorted(p["resources"]) for p in puts] == [["elasticsearch"], ["apm", "kibana"]]
    refused = run(fake, "upgrade_deployment.py", deployment.id, "7.10.0")
    assert refused.returncode == 1 and "refused" in refused.stderr and "runs 7.17.3" in refused.stderr
