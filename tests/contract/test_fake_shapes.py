"""The shipped fake ECE (ece_client.testing) serves bodies shaped like the recorded ECE bodies:
every key it sends on an object of a model is one that recorded bodies of that model have, or a
field the model requires (the recordings include stubs that leave some out), or one of the few
listed below that the recordings cannot show."""

from __future__ import annotations

import collections
import json

import ece_client.models as models
from ece_client import ECE
from ece_client._model import _List, _Map, _Model
from ece_client.testing import FakeECE, Reply, Request
from ece_client.testing._operations import match, operations
from support.paths import RECORDED

NOT_RECORDED = {
    # Every recorded deployment is at rest: none has a plan running.
    **{
        f"{kind}PlansInfo": {"pending"}
        for kind in ("ElasticsearchCluster", "KibanaCluster", "Apm", "IntegrationsServer")
    },
    **{f"{kind}PlansInfo": {"pending"} for kind in ("EnterpriseSearch", "AppSearch")},
    # The recorded users are stubs with a name and roles; a native user has these (ECE's user form).
    "User": {"email", "full_name", "metadata"},
}


def keys_by_model(value, codec, found):
    """Every object key of a JSON body, by the model class that reads that object."""
    if isinstance(codec, _List) and isinstance(value, list):
        for item in value:
            keys_by_model(item, codec.item, found)
    elif isinstance(codec, _Map) and isinstance(value, dict):
        for item in value.values():
            keys_by_model(item, codec.item, found)
    elif isinstance(codec, _Model) and isinstance(value, dict):
        cls = codec.resolve()
        fields = cls._fields_by_key()
        found[cls.__name__] |= set(value)
        for key, item in value.items():
            if key in fields:
                keys_by_model(item, fields[key].codec, found)


class ShapeRecordingFake(FakeECE):
    def __init__(self) -> None:
        super().__init__()
        self.keys: dict[str, set[str]] = collections.defaultdict(set)

    def handle(self, request: Request) -> Reply:
        reply = super().handle(request)
        found = match(request.method, request.path.removeprefix("/api/v1"))
        if found and isinstance(reply.body, (dict, list)) and reply.status in found[0].responses:
            keys_by_model(reply.body, found[0].responses[reply.status], self.keys)
        return reply


def recorded_keys() -> dict[str, set[str]]:
    by_path = operations()
    found: dict[str, set[str]] = collections.defaultdict(set)
    for entry in json.loads((RECORDED / "responses" / "index.json").read_text()):
        operation = by_path.get((entry["method"], entry["path"]))
        if operation is not None and int(entry["status"]) in operation.responses:
            body = json.loads((RECORDED / "responses" / entry["file"]).read_text())
            keys_by_model(body, operation.responses[int(entry["status"])], found)
    return found


def test_the_fake_serves_the_keys_real_ece_bodies_have():
    with ShapeRecordingFake() as fake, ECE(fake.url, api_key=fake.api_key, check_version=False) as ece:
        fake.add_allocators(3)
        fake.add_runners(2)
        template = ece.deployment_templates.get_deployment_template_v2("observability", region="ece-region")
        ece.deployment_templates.get_deployment_templates_v2(region="ece-region")
        body = {"name": "web", "resources": template.deployment_template.to_dict()["resources"]}
        created = ece.deployments.create_deployment(body=body)
        ece.deployments.wait_for_plans(created.id, poll_interval=0.001)
        ece.deployments.get_deployment(created.id, show_plan_logs=True, show_plan_history=True)
        ece.deployments.search_deployments(body={})
        ece.deployments.list_deployments()
        ece.platform_infrastructure.get_allocators()
        ece.platform_infrastructure.search_runners(body={})
        ece.authentication.create_api_key(body={"description": "ci"})
        ece.authentication.get_api_keys()
        ece.users.get_users()
        ece.users.get_current_user()
    recorded = recorded_keys()
    compared = [name for name in fake.keys if name in recorded]
    assert len(compared) >= 60  # deployments, templates, allocators, runners, keys, users
    unlike = {}
    for name in compared:
        required = {key for key, field in getattr(models, name)._fields_by_key().items() if field.required}
        extra = fake.keys[name] - recorded[name] - required - NOT_RECORDED.get(name, set())
        if extra:
            unlike[name] = sorted(extra)
    assert unlike == {}
