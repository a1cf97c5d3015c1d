"""``ece.deployments.update_request_from``: a deployment's update request from its GET body, as
ecctl's ``deployment show --generate-update-payload``; proven on every recorded deployment body."""

from __future__ import annotations

import json

import pytest
from ece_client import models
from ece_client._model import Model, _List, _Map, _Model
from ece_client.errors import ECEError
from support.paths import RECORDED

INDEX = json.loads((RECORDED / "responses" / "index.json").read_text())
DEPLOYMENT_BODIES = sorted(entry["file"] for entry in INDEX if entry["schema"] == "DeploymentGetResponse")


def undeclared(cls: type[Model], value, path="") -> list[str]:
    """Keys of ``value`` that the schema of ``cls`` does not declare, recursively."""
    found = []
    fields = cls._fields_by_key()
    for key, item in value.items():
        if key not in fields:
            if cls._additional is None:
                found.append(f"{path}.{key}")
            continue
        found.extend(_walk(fields[key].codec, item, f"{path}.{key}"))
    return found


def _walk(codec, item, path):
    if isinstance(codec, _Model) and isinstance(item, dict):
        return undeclared(codec.resolve(), item, path)
    if isinstance(codec, (_List, _Map)):
        values = item if isinstance(item, list) else list(item.values()) if isinstance(item, dict) else []
        return [bad for index, value in enumerate(values) for bad in _walk(codec.item, value, f"{path}[{index}]")]
    return []


_PAYLOADS = {
    "elasticsearch": "ElasticsearchPayload",
    "kibana": "KibanaPayload",
    "apm": "ApmPayload",
    "integrations_server": "IntegrationsServerPayload",
    "enterprise_search": "EnterpriseSearchPayload",
    "appsearch": "AppSearchPayload",
}


def declared_only(cls, value):
    """``value`` without the keys (and nulls) the schema of ``cls`` does not declare (the test's own walk)."""
    fields = cls._fields_by_key()
    kept = {}
    for key, item in value.items():
        if item is None or (key not in fields and cls._additional is None):
            continue
        codec = fields[key].codec if key in fields else cls._additional
        kept[key] = _declared(codec, item)
    return kept


def _declared(codec, item):
    if isinstance(codec, _Model) and isinstance(item, dict):
        return declared_only(codec.resolve(), item)
    if isinstance(codec, _List) and isinstance(item, list):
        return [_declared(codec.item, value) for value in item if value is not None]
    if isinstance(codec, _Map) and isinstance(item, dict):
        return {key: _declared(codec.item, value) for key, value in item.items() if value is not None}
    return item


def sized(element):
    return bool((element.get("size") or {}).get("value")) or bool(element.get("memory_per_node"))


def nulls(value, path=""):
    if value is None:
        return [path]
    if isinstance(value, dict):
        return [bad for key, item in value.items() for bad in nulls(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [bad for index, item in enumerate(value) for bad in nulls(item, f"{path}[{index}]")]
    return []


def test_the_recorded_set_has_deployment_bodies():
    assert len(DEPLOYMENT_BODIES) >= 5


@pytest.mark.parametrize("name", DEPLOYMENT_BODIES)
def test_every_recorded_deployment_gives_a_valid_update_request(ece, name):
    raw = json.loads((RECORDED / "responses" / name).read_text())
    deployment = models.DeploymentGetResponse.from_dict(json.loads(json.dumps(raw)))
    request = ece.deployments.update_request_from(deployment)
    assert isinstance(request, models.DeploymentUpdateRequest)
    body = request.to_dict()
    # It round-trips through the model, declares only what the schema declares, and has no nulls.
    assert models.DeploymentUpdateRequest.from_dict(json.loads(json.dumps(body))).to_dict() == body
    assert undeclared(models.DeploymentUpdateRequest, body) == []
    assert nulls(body) == []
    assert body["prune_orphans"] is False
    # Every resource with a current plan is there, with that plan's version; required fields are set.
    for kind, resources in raw.get("resources", {}).items():
        planned = [
            r
            for r in resources or []
            if ((r.get("info") or {}).get("plan_info") or {}).get("current", {})
            and r["info"]["plan_info"]["current"].get("plan")
        ]
        if kind not in models.DeploymentUpdateResources._fields_by_key():
            continue
        sent = body.get("resources", {}).get(kind, [])
        assert [p["ref_id"] for p in sent] == [r["ref_id"] for r in planned]
        for payload, resource in zip(sent, planned, strict=True):
            assert payload["region"] == resource["region"]
            version = (resource["info"]["plan_info"]["current"]["plan"].get(kind) or {}).get("version")
            assert (payload["plan"].get(kind) or {}).get("version") == version
            assert "metadata" not in payload.get("settings", {})
            if kind != "elasticsearch":
                assert payload["elasticsearch_cluster_ref_id"]
    # The input is left as it was.
    assert deployment.to_dict() == raw


@pytest.mark.parametrize("name", DEPLOYMENT_BODIES)
def test_sending_it_unchanged_changes_nothing(fake, ece, name):
    deployment = fake.add_deployment(recorded_name=name)
    before = ece.deployments.get_deployment(deployment.id, show_settings=True)
    request = ece.deployments.update_request_from(before)
    ece.deployments.update_deployment(deployment.id, body=request)
    ece.deployments.wait_for_plans(deployment.id, poll_interval=0.01, timeout=30)
    after = ece.deployments.get_deployment(deployment.id, show_settings=True)
    # Each plan sent is the resource's current plan: every declared, non-null field of it, unchanged
    # (a stateless topology element without a size is left out, as ecctl does).
    body = request.to_dict()
    for kind, resources in before.to_dict()["resources"].items():
        for resource in resources or []:
            current = ((resource.get("info") or {}).get("plan_info") or {}).get("current") or {}
            if not current.get("plan"):
                continue
            (sent,) = [p for p in body["resources"][kind] if p["ref_id"] == resource["ref_id"]]
            plan_model = getattr(models, _PAYLOADS[kind])._fields_by_key()["plan"].codec.resolve()
            expected = declared_only(plan_model, current["plan"])
            if kind != "elasticsearch" and "cluster_topology" in expected:
                expected["cluster_topology"] = [t for t in expected["cluster_topology"] if sized(t)]
            assert sent["plan"] == expected
    # ECE then runs that same plan again: the deployment reads as before.
    assert ece.deployments.update_request_from(after).to_dict() == body
    (update,) = [c for c in fake.calls if c["path"].startswith(f"/api/v1/deployments/{deployment.id}") and c["body"]]
    assert json.loads(update["body"]) == request.to_dict()


def test_stateless_topology_without_size_is_left_out_and_settings_metadata_dropped(ece):
    raw = json.loads((RECORDED / "responses" / "sdk_deployment_get_observability.json").read_text())
    raw["resources"]["elasticsearch"][0]["info"].setdefault("settings", {})["metadata"] = {"name": "x"}
    for resource in raw["resources"].get("kibana") or []:
        plan = resource["info"]["plan_info"]["current"]["plan"]
        plan["cluster_topology"] = [*plan.get("cluster_topology", []), {"size": {"value": 0, "resource": "memory"}}]
        kept = [t for t in plan["cluster_topology"] if (t.get("size") or {}).get("value")]
    body = ece.deployments.update_request_from(raw).to_dict()
    assert "metadata" not in body["resources"]["elasticsearch"][0].get("settings", {})
    if raw["resources"].get("kibana"):
        assert body["resources"]["kibana"][0]["plan"]["cluster_topology"] == kept


@pytest.mark.parametrize("bad", [{}, {"resources": None}, [], "deployment"])
def test_not_a_deployment_is_a_clear_error(ece, bad):
    with pytest.raises(ECEError, match="update_request_from needs a deployment"):
        ece.deployments.update_request_from(bad)
