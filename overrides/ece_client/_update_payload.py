"""A deployment's update request from its GET body: what ecctl's ``deployment show
--generate-update-payload`` prints (cloud-sdk-go's ``deploymentapi.NewUpdateRequest``).

Each resource with a current plan gives a payload with that plan, its ref id, region, display
name and settings (without the read-only ``metadata``); stateless resources keep only their
topology elements with a size; ``prune_orphans`` is false, so nothing not listed is removed.
The result keeps only what this release's ``DeploymentUpdateRequest`` schema declares (read-only
and unknown fields a server sends are dropped, and explicit nulls with them), so it can be sent
back unchanged.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ._errors import ECEError
from ._model import Codec, Model, _List, _Map, _Model

ELASTICSEARCH = "elasticsearch"


def prune(codec: Codec, value: Any) -> Any:
    """``value`` with only the keys the schema behind ``codec`` declares, recursively; nulls dropped."""
    if isinstance(codec, _Model) and isinstance(value, Mapping):
        return prune_model(codec.resolve(), value)
    if isinstance(codec, _List) and isinstance(value, list):
        return [prune(codec.item, item) for item in value if item is not None]
    if isinstance(codec, _Map) and isinstance(value, Mapping):
        return {key: prune(codec.item, item) for key, item in value.items() if item is not None}
    return value


def prune_model(cls: type[Model], value: Mapping[str, Any]) -> dict[str, Any]:
    fields = cls._fields_by_key()
    extra = cls._additional
    kept: dict[str, Any] = {}
    for key, item in value.items():
        if item is None:
            continue
        if key in fields:
            kept[key] = prune(fields[key].codec, item)
        elif extra is not None:
            kept[key] = prune(extra, item)
    return kept


def _object(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _sized(element: Any) -> bool:
    """A topology element that runs something (cloud-sdk-go drops the others from stateless plans)."""
    if not isinstance(element, Mapping):
        return False
    size = _object(element.get("size")).get("value")
    memory = element.get("memory_per_node")
    return (isinstance(size, (int, float)) and size > 0) or (isinstance(memory, (int, float)) and memory > 0)


def _payload(kind: str, resource: Mapping[str, Any], es_ref_id: str | None) -> dict[str, Any] | None:
    info = _object(resource.get("info"))
    current = _object(_object(info.get("plan_info")).get("current"))
    plan = current.get("plan")
    if not isinstance(plan, Mapping):
        return None  # no plan has run yet (or the last one was deleted): nothing to send back
    plan = copy.deepcopy(dict(plan))
    payload: dict[str, Any] = {"ref_id": resource.get("ref_id"), "region": resource.get("region"), "plan": plan}
    name = info.get("cluster_name" if kind == ELASTICSEARCH else "name")
    if isinstance(name, str):
        payload["display_name"] = name
    settings = info.get("settings")
    if isinstance(settings, Mapping):
        payload["settings"] = {key: value for key, value in settings.items() if key != "metadata"}
    if kind != ELASTICSEARCH:
        own = resource.get("elasticsearch_cluster_ref_id")
        payload["elasticsearch_cluster_ref_id"] = own if isinstance(own, str) else es_ref_id
        topology = plan.get("cluster_topology")
        if isinstance(topology, list):
            plan["cluster_topology"] = [element for element in topology if _sized(element)]
    return payload


def update_request_body(deployment: Mapping[str, Any]) -> dict[str, Any]:
    """The ``DeploymentUpdateRequest`` JSON that re-applies the deployment's current plans."""
    from .models import DeploymentUpdateRequest

    if not isinstance(deployment, Mapping) or not isinstance(deployment.get("resources"), Mapping):
        raise ECEError("update_request_from needs a deployment as get_deployment returns it (with its resources)")
    resources = deployment["resources"]
    body: dict[str, Any] = {"prune_orphans": False, "resources": {}}
    if isinstance(deployment.get("name"), str):
        body["name"] = deployment["name"]
    es_ref_id: str | None = None
    for kind in _kinds(resources):
        payloads = []
        for resource in resources.get(kind) or ():
            if isinstance(resource, Mapping):
                payload = _payload(kind, resource, es_ref_id)
                if payload is not None:
                    payloads.append(payload)
                    if kind == ELASTICSEARCH and es_ref_id is None and isinstance(resource.get("ref_id"), str):
                        es_ref_id = resource["ref_id"]
        if payloads:
            body["resources"][kind] = payloads
    observability = _object(deployment.get("settings")).get("observability")
    if isinstance(observability, Mapping):
        body["settings"] = {"observability": observability}
    return prune_model(DeploymentUpdateRequest, body)


def _kinds(resources: Mapping[str, Any]) -> list[str]:
    """Elasticsearch first: the stateless resources' payloads name its ref id."""
    return sorted(resources, key=lambda kind: kind != ELASTICSEARCH)


def update_request_from(deployment: Any) -> Any:
    """A `DeploymentUpdateRequest` model for a `DeploymentGetResponse` (or its JSON)."""
    from .models import DeploymentUpdateRequest

    raw = deployment.to_dict() if isinstance(deployment, Model) else deployment
    return DeploymentUpdateRequest.from_dict(update_request_body(raw))
