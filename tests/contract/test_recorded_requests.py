"""Recorded request payloads (what other ECE tools send): each builds its request model and goes
out on the wire as the same JSON."""

from __future__ import annotations

import copy
import inspect
import json

import ece_client.models as models
import pytest
from ece_client import ECE
from support.operations import OPERATIONS
from support.paths import RECORDED
from support.walk import walk

INDEX = json.loads((RECORDED / "requests" / "index.json").read_text())


def _model_class(schema: str):
    return getattr(models, schema, None) if not schema.startswith("{") else None


@pytest.mark.parametrize("entry", INDEX, ids=[e["file"] for e in INDEX])
def test_recorded_request_round_trips_and_is_sent_unchanged(entry, local_server):
    payload = json.loads((RECORDED / "requests" / entry["file"]).read_bytes())
    cls = _model_class(entry["schema"])
    body = payload
    if cls is not None:
        body = cls.from_dict(copy.deepcopy(payload))
        walk(body)
        assert body.to_dict() == payload

    operation = OPERATIONS[(entry["method"], entry["path"])]
    group_name, name = operation.__name__.split(".")[-2:]
    with ECE(local_server.url, api_key="k", check_version=False) as ece:
        method = getattr(getattr(ece, group_name), name)
        path_params = [
            p
            for p in inspect.signature(operation.build_request).parameters.values()
            if p.kind == p.POSITIONAL_OR_KEYWORD
        ]
        keywords = {
            p.name: "x"
            for p in inspect.signature(method).parameters.values()
            if p.kind == p.KEYWORD_ONLY and p.default is p.empty and p.name != "body"
        }
        method(*[f"id-{i}" for i in range(len(path_params))], body=body, **keywords)
    sent = local_server.requests[-1]
    assert sent.method == entry["method"]
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.body) == payload
