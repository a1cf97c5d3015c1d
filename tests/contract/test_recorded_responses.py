"""Contract tests: every recorded ECE body parses into the model its operation promises, losslessly.

The bodies come from real servers and other ECE tools (../shared/recorded); they break the
spec in the ways real servers do. Each body is decoded the way the client decodes a response
(through the operation's documented statuses), then given back with to_dict().
"""

from __future__ import annotations

import copy
import json

import httpx
import pytest
from ece_client._endpoint import decode_body
from ece_client._errors import MissingFieldError
from ece_client._model import Model
from support.operations import OPERATIONS
from support.paths import RECORDED
from support.walk import walk

INDEX = json.loads((RECORDED / "responses" / "index.json").read_text())


def _schema_class(schema: str):
    import ece_client.models as models

    name = schema[len("array<") : -1] if schema.startswith("array<") else schema
    return getattr(models, name)


@pytest.mark.parametrize("entry", INDEX, ids=[entry["file"] for entry in INDEX])
def test_recorded_body_parses_losslessly(entry):
    raw = (RECORDED / "responses" / entry["file"]).read_bytes()
    expected = json.loads(raw)
    cls = _schema_class(entry["schema"])

    # Decoded through the operation's own response table, when the operation (and status) is documented.
    operation = OPERATIONS.get((entry["method"], entry["path"]))
    if entry.get("path_in_spec", True):
        assert operation is not None, f"no generated operation for {entry['method']} {entry['path']}"
    if operation is not None and entry["status"] in operation.RESPONSES:
        response = httpx.Response(entry["status"], content=raw, headers={"content-type": "application/json"})
        parsed = decode_body(response, operation.RESPONSES[entry["status"]], operation.OPERATION_ID)
    else:
        parsed = cls.from_dict(copy.deepcopy(expected))

    items = parsed if entry["schema"].startswith("array<") else [parsed]
    assert all(isinstance(item, cls) for item in items)

    # Every declared field can be read; what the server left out raises only the SDK's own error.
    read, problems = walk(parsed)
    declared = set(cls._fields_by_key())
    if any(declared & set(item) for item in (expected if isinstance(expected, list) else [expected])):
        assert read > 0
    for problem in problems:
        assert "required field is" in problem or "expected" in problem

    # Reading fields changed nothing: the data comes back as received.
    back = [item.to_dict() for item in items] if entry["schema"].startswith("array<") else parsed.to_dict()
    assert back == expected
    assert json.dumps(back, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_deployment_get_bodies_miss_required_fields_without_failing():
    """Not one recorded deployment GET matches the spec; all of them still parse and read."""
    entries = [e for e in INDEX if e["schema"] == "DeploymentGetResponse"]
    assert entries
    missing = 0
    for entry in entries:
        model = _schema_class("DeploymentGetResponse").from_dict(
            json.loads((RECORDED / "responses" / entry["file"]).read_bytes())
        )
        _, problems = walk(model)
        missing += sum("required field is" in p for p in problems)
    assert missing > 0


def test_missing_required_field_is_a_typed_attribute_error():
    model = _schema_class("DeploymentGetResponse").from_dict({"id": "abc"})
    assert model.id == "abc"
    with pytest.raises(MissingFieldError, match=r"DeploymentGetResponse\.name: required field is missing"):
        _ = model.name
    assert not hasattr(model, "healthy")
    assert isinstance(model, Model)
