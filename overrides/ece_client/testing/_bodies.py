"""The bodies the fake ECE builds, shaped like a real ECE's: deployment resources with their
topology, the release's default deployment templates, allocators, users and API keys.

Everything here is plain JSON data; `_shape` then fits it to the release's models (a field a
release does not declare is left out), so one builder serves every release.
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

from ._plans import timestamp

REGION = "ece-region"
STACK_VERSION = "8.15.3"
KINDS = ("elasticsearch", "kibana", "apm", "integrations_server", "enterprise_search", "appsearch")
"""Resource kinds, in ECE's order; a release serves those its DeploymentResources declares."""
_ID_FIELDS = {"elasticsearch": ("cluster_id", "cluster_name"), "kibana": ("cluster_id", "cluster_name")}
_INSTANCE_TYPE = {"enterprise_search": "enterprise_search", "integrations_server": "integrations_server"}
_PORTS = {"elasticsearch": 9243, "kibana": 9243, "apm": 9243, "integrations_server": 9243}


def new_id() -> str:
    """An id as ECE makes them: 32 hex digits."""
    return uuid.uuid4().hex


def instance_configuration(kind: str) -> str:
    """The id of ECE's default instance configuration of a resource kind."""
    if kind == "elasticsearch":
        return "data.default"
    return {"kibana": "kibana", "apm": "apm", "appsearch": "appsearch"}.get(kind, _INSTANCE_TYPE.get(kind, kind))


def topology_element(kind: str, size: int, zones: int) -> dict[str, Any]:
    """One element of a plan's ``cluster_topology``."""
    element: dict[str, Any] = {
        "instance_configuration_id": instance_configuration(kind),
        "zone_count": zones,
        "size": {"resource": "memory", "value": size},
    }
    if kind == "elasticsearch":
        element.update(
            id="hot_content",
            node_roles=["master", "ingest", "data_hot", "data_content", "remote_cluster_client", "transform"],
            elasticsearch={"node_attributes": {"data": "hot"}},
        )
    return element


def resource_plan(kind: str, template_id: str, version: str = STACK_VERSION, size: int = 1024) -> dict[str, Any]:
    """A resource's plan as a default ECE template gives it."""
    plan: dict[str, Any] = {
        "cluster_topology": [topology_element(kind, 4096 if kind == "elasticsearch" else size, 1)],
        kind: {"version": version},
    }
    if kind == "elasticsearch":
        plan["deployment_template"] = {"id": template_id}
        plan["autoscaling_enabled"] = False
    return plan


def template(template_id: str, name: str, description: str, kinds: tuple[str, ...]) -> dict[str, Any]:
    """A deployment template (DeploymentTemplateInfoV2) with a resource of each kind."""
    resources: dict[str, list[dict[str, Any]]] = {}
    for kind in kinds:
        payload: dict[str, Any] = {"ref_id": f"main-{kind.replace('_', '-')}", "region": REGION}
        if kind != "elasticsearch":
            payload["elasticsearch_cluster_ref_id"] = "main-elasticsearch"
        payload["plan"] = resource_plan(kind, template_id)
        resources[kind] = [payload]
    return {
        "id": template_id,
        "name": name,
        "description": description,
        "system_owned": True,
        "template_category_id": template_id,
        "order": 0,
        "metadata": [{"key": "parent_solution", "value": "stack"}],
        "instance_configurations": [],
        "deployment_template": {"resources": resources},
        "kibana_deeplink": [],
    }


def default_templates(kinds: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """The templates a fresh ECE installation has (``kinds``: the release's resource kinds)."""
    stateless = tuple(kind for kind in ("kibana", "integrations_server", "apm") if kind in kinds)[:2]
    search = tuple(kind for kind in ("kibana", "enterprise_search", "appsearch") if kind in kinds)[:2]
    found = [
        template("default", "Default", "Elasticsearch and Kibana, for most uses.", ("elasticsearch", "kibana")),
        template(
            "observability",
            "Observability",
            "Logs, metrics and APM: Elasticsearch, Kibana and an APM or Integrations Server.",
            ("elasticsearch", *stateless),
        ),
        template("security", "Security", "Elastic Security: Elasticsearch and Kibana.", ("elasticsearch", "kibana")),
        template(
            "enterprise-search",
            "Enterprise Search",
            "Elasticsearch, Kibana and Enterprise Search (App Search where the release has no Enterprise Search).",
            ("elasticsearch", *search),
        ),
    ]
    return {body["id"]: body for body in found}


def plan_attempt(plan: dict[str, Any], action: str) -> dict[str, Any]:
    """A plan attempt's body around a plan (``plan_attempt_log`` and times are set when it plays)."""
    return {
        "plan": copy.deepcopy(plan),
        "healthy": True,
        "plan_attempt_id": str(uuid.uuid4()),
        "plan_attempt_log": [],
        "attempt_start_time": timestamp(0),
        "plan_end_time": "0001-01-01T00:00:00.000Z",
        "source": {
            "action": f"deployments.{action}-deployment",
            "date": timestamp(0),
            "facilitator": "adminconsole",
            "remote_addresses": ["127.0.0.1"],
            "user_id": "admin",
        },
        "warnings": [],
    }


def instance(kind: str, name: str, allocator_id: str, zone: str, memory: int, version: str) -> dict[str, Any]:
    """One running instance of a resource's topology."""
    return {
        "instance_name": name,
        "allocator_id": allocator_id,
        "zone": zone,
        "healthy": True,
        "container_started": True,
        "service_running": True,
        "maintenance_mode": False,
        "service_version": version,
        "instance_configuration": {
            "id": instance_configuration(kind),
            "name": instance_configuration(kind),
            "resource": "memory",
            "config_version": 1,
        },
        "memory": {"instance_capacity": memory, "memory_pressure": 3},
        "disk": {"disk_space_available": memory * 32, "disk_space_used": 0, "storage_multiplier": 32},
        "service_roles": [kind if kind != "elasticsearch" else "data"],
    }


def resource(
    kind: str, ref_id: str, deployment_id: str, name: str, region: str, plan: dict[str, Any]
) -> dict[str, Any]:
    """A resource of a deployment (``<Kind>ResourceInfo``) that has no plan yet."""
    resource_id = new_id()
    id_key, name_key = _ID_FIELDS.get(kind, ("id", "name"))
    info: dict[str, Any] = {
        id_key: resource_id,
        name_key: name,
        "deployment_id": deployment_id,
        "healthy": True,
        "status": "initializing",
        "region": region,
        "external_links": [],
        "system_alerts": [],
        "locked": False,
        "plan_info": {"healthy": True, "history": []},
        "topology": {"healthy": True, "instances": []},
        "metadata": {
            "endpoint": f"{resource_id}.{region}.ece.local",
            "service_url": f"https://{resource_id}.{region}.ece.local:{_PORTS.get(kind, 9243)}",
            "aliased_url": f"https://{resource_id}.{region}.ece.local",
            "last_modified": timestamp(0),
            "version": 1,
            "ports": {"http": 9200, "https": 9243, "transport_passthrough": 9400},
            "cloud_id": f"{name}:ZWNlLmxvY2FsJA==",
        },
    }
    if kind == "elasticsearch":
        info.update(
            associated_kibana_clusters=[],
            associated_apm_clusters=[],
            associated_enterprise_search_clusters=[],
            associated_appsearch_clusters=[],
            associated_integrations_server_clusters=[],
            elasticsearch={
                "healthy": True,
                "blocking_issues": {"healthy": True, "cluster_level": [], "index_level": []},
                "master_info": {"healthy": True, "instances_with_no_master": [], "masters": []},
                "shard_info": {
                    "healthy": True,
                    "available_shards": [],
                    "unavailable_shards": [],
                    "unavailable_replicas": [],
                },
            },
            snapshots={"healthy": True, "count": 0, "recent_success": False},
            settings={"dedicated_masters_threshold": 6, "snapshot": {"enabled": True, "slm": True}},
        )
    else:
        info["elasticsearch_cluster"] = {"elasticsearch_id": "", "name": name}
    body: dict[str, Any] = {"id": resource_id, "ref_id": ref_id, "region": region, "info": info}
    if kind != "elasticsearch":
        body["elasticsearch_cluster_ref_id"] = "main-elasticsearch"
    return body


def allocator(allocator_id: str, zone: str, memory: int, *, host_ip: str) -> dict[str, Any]:
    """An allocator (AllocatorInfo) with no instances."""
    return {
        "allocator_id": allocator_id,
        "zone_id": zone,
        "host_ip": host_ip,
        "public_hostname": host_ip,
        "status": {"connected": True, "healthy": True, "maintenance_mode": False},
        "capacity": {"memory": {"total": memory, "used": 0}, "storage": {"total": memory * 32}},
        "instances": [],
        "features": ["apm", "elasticsearch", "kibana", "integrations_server", "enterprise_search", "ssd"],
        "metadata": [],
        "settings": {},
        "external_links": [],
    }


def runner(runner_id: str, zone: str, roles: tuple[str, ...] = ("allocator",)) -> dict[str, Any]:
    """A runner (RunnerInfo)."""
    return {
        "runner_id": runner_id,
        "connected": True,
        "healthy": True,
        "zone_id": zone,
        "public_hostname": runner_id,
        "roles": [{"role_name": role} for role in roles],
        "memory": {"available": 65536, "total": 65536},
        "containers": [],
        "external_links": [],
    }


def user(user_name: str, *, full_name: str, email: str, roles: list[str]) -> dict[str, Any]:
    """A native user (User) as ECE shows it: no password."""
    return {
        "user_name": user_name,
        "full_name": full_name,
        "email": email,
        "builtin": user_name in ("admin", "readonly"),
        "security": {"enabled": True, "roles": list(roles)},
        "metadata": {"created_at": timestamp(0), "last_modified_at": timestamp(0)},
    }


def instance_configuration_body(kind: str) -> dict[str, Any]:
    """ECE's default instance configuration of a resource kind (InstanceConfiguration)."""
    configuration_id = instance_configuration(kind)
    instance_type = _INSTANCE_TYPE.get(kind, kind)
    body: dict[str, Any] = {
        "id": configuration_id,
        "name": configuration_id,
        "description": f"The default instance configuration of {kind}",
        "instance_type": instance_type,
        "allocator_filter": {"bool": {"must": [{"term": {"metadata.instanceFamily": "default"}}]}},
        "discrete_sizes": {
            "sizes": [1024, 2048, 4096, 8192, 16384, 32768, 65536],
            "default_size": 1024,
            "resource": "memory",
        },
        "storage_multiplier": 32.0,
        "system_owned": True,
        "config_version": 1,
        "max_zones": 3,
    }
    if kind == "elasticsearch":
        body["node_types"] = ["data", "master", "ingest"]
    return body


def stack_version(version: str) -> dict[str, Any]:
    """An Elastic Stack version as a stack pack installs it (StackVersionConfig)."""
    images = "docker.elastic.co/cloud-release"
    constraint = {"min": 1024, "max": 65536}
    return {
        "version": version,
        "template": {"template_version": version, "hashes": []},
        "elasticsearch": {
            "docker_image": f"{images}/elasticsearch-cloud-ess:{version}",
            "plugins": [],
            "default_plugins": [],
            "blacklist": [],
            "capacity_constraints": constraint,
        },
        "kibana": {"docker_image": f"{images}/kibana-cloud:{version}", "blacklist": [], "version": version},
        "upgradable_to": [],
        "metadata": {"notes": "", "pre_release": False},
        "deleted": False,
        "whitelisted": True,
        "accessible": True,
    }
