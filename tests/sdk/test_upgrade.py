"""``ece.deployments.upgrade_deployment``: every resource to a new stack version, Elasticsearch
first and waited for, then the others; a downgrade refused before any change."""

from __future__ import annotations

import json

import pytest
from ece_client.errors import DowngradeError, PlanFailedError
from ece_client.workflows import UpgradeSummary
from support.fake_ece import Plan, Step

FAST = {"poll_interval": 0.01, "timeout": 30}
BODY = "tf_aws_io_optimized_tags_deployment_get.json"  # elasticsearch, kibana, apm at 7.9.2


def updates(fake, deployment):
    return [
        (index, json.loads(call["body"]))
        for index, call in enumerate(fake.calls)
        if call["body"] and call["path"].startswith(f"/api/v1/deployments/{deployment.id}")
    ]


def versions(ece, deployment_id):
    body = ece.deployments.get_deployment(deployment_id).to_dict()
    return {
        (kind, r["ref_id"]): r["info"]["plan_info"]["current"]["plan"][kind]["version"]
        for kind, items in body["resources"].items()
        for r in items
    }


def test_upgrade_runs_elasticsearch_first_then_the_others(fake, ece):
    deployment = fake.add_deployment(recorded_name=BODY)
    events = []
    summary = ece.deployments.upgrade_deployment(deployment.id, "7.17.3", progress=events.append, **FAST)
    assert isinstance(summary, UpgradeSummary) and summary.changed
    assert set(summary.previous.values()) == {"7.9.2"}
    assert set(versions(ece, deployment.id).values()) == {"7.17.3"}
    (first_index, first), (second_index, second) = updates(fake, deployment)
    assert list(first["resources"]) == ["elasticsearch"] and first["prune_orphans"] is False
    assert first["resources"]["elasticsearch"][0]["plan"]["elasticsearch"]["version"] == "7.17.3"
    assert sorted(second["resources"]) == ["apm", "kibana"]
    assert all(p["plan"][kind]["version"] == "7.17.3" for kind, ps in second["resources"].items() for p in ps)
    # Kibana's update was sent only once Elasticsearch's plan had finished.
    es_done = next(i for i, e in enumerate(events) if e.kind == "elasticsearch" and e.type == "succeeded")
    assert not any(e.kind != "elasticsearch" for e in events[:es_done])
    assert [stage.changed[0].kind for stage in summary.stages] == ["elasticsearch", "kibana"]


def test_already_at_the_version_changes_nothing(fake, ece):
    deployment = fake.add_deployment(recorded_name=BODY)
    summary = ece.deployments.upgrade_deployment(deployment.id, "7.9.2", **FAST)
    assert not summary.changed and "already at 7.9.2" in str(summary)
    assert updates(fake, deployment) == []


@pytest.mark.parametrize("version", ["7.9.1", "6.8.23", "7.9.2-rc1"])
def test_downgrade_is_refused_before_any_change(fake, ece, version):
    deployment = fake.add_deployment(recorded_name=BODY)
    with pytest.raises(DowngradeError) as caught:
        ece.deployments.upgrade_deployment(deployment.id, version, **FAST)
    assert "elasticsearch" in str(caught.value) and "runs 7.9.2" in str(caught.value)
    assert caught.value.version == version and caught.value.current
    assert isinstance(caught.value, ValueError)
    assert updates(fake, deployment) == []


@pytest.mark.parametrize("version", ["8", "latest", "8.1", ""])
def test_not_a_version_is_a_clear_error(fake, ece, version):
    deployment = fake.add_deployment(recorded_name=BODY)
    with pytest.raises(ValueError, match="not a stack version"):
        ece.deployments.upgrade_deployment(deployment.id, version, **FAST)
    assert updates(fake, deployment) == []


def test_failed_elasticsearch_upgrade_stops_before_kibana(fake, ece):
    deployment = fake.add_deployment(recorded_name=BODY)
    fake.plan_for = lambda d, kind, ref_id, action: Plan(
        [Step("upgrade-elasticsearch", status="error", messages=("incompatible plugin",))], outcome="failure", error="x"
    )
    with pytest.raises(PlanFailedError, match="incompatible plugin|upgrade-elasticsearch"):
        ece.deployments.upgrade_deployment(deployment.id, "7.17.3", **FAST)
    assert len(updates(fake, deployment)) == 1


@pytest.mark.anyio
async def test_async_upgrade(fake, async_ece):
    deployment = fake.add_deployment(recorded_name=BODY)
    summary = await async_ece.deployments.upgrade_deployment(deployment.id, "8.0.0", **FAST)
    assert len(summary.stages) == 2
    with pytest.raises(DowngradeError):
        await async_ece.deployments.upgrade_deployment(deployment.id, "7.17.3", **FAST)
