"""Property tests: bodies generated from every response schema of the spec, and mutations of real
and generated bodies (required keys dropped, nulls anywhere, unknown enum values and keys,
wrong types). Parsing either succeeds and `to_dict()` gives the same data back, or raises the
SDK's typed decode error; any other exception is a failure."""

from __future__ import annotations

import copy
import json
from typing import Any

import ece_client.models as models
import pytest
from ece_client.errors import ResponseDecodeError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi import resolve
from support.operations import response_models
from support.paths import RECORDED
from support.stats import STATS
from support.walk import walk

EXAMPLES_PER_SCHEMA = 5
MAX_DEPTH = 6


RESPONSE_SCHEMAS = response_models()
JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=5))


def strategy(spec: dict, schema: dict, depth: int = 0) -> st.SearchStrategy[Any]:
    """JSON values valid for a schema: required properties always, optional ones sometimes."""
    schema = resolve(spec, schema)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "string":
        if schema.get("format") == "date-time":
            return st.datetimes(timezones=st.just(__import__("datetime").UTC)).map(
                lambda d: d.isoformat().replace("+00:00", "Z")
            )
        return st.text(max_size=8)
    if kind == "integer":
        return st.integers(-(2**40), 2**40)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False, width=32)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        if depth >= MAX_DEPTH:
            return st.just([])
        return st.lists(strategy(spec, schema.get("items", {}), depth + 1), max_size=2)
    if kind == "object":
        properties = schema.get("properties", {})
        if depth >= MAX_DEPTH:
            return st.just({})
        required = {
            name: strategy(spec, properties[name], depth + 1)
            for name in schema.get("required", [])
            if name in properties
        }
        optional = {name: strategy(spec, sub, depth + 1) for name, sub in properties.items() if name not in required}
        extra = schema.get("additionalProperties")
        if not properties and isinstance(extra, dict):
            return st.dictionaries(st.text(min_size=1, max_size=5), strategy(spec, extra, depth + 1), max_size=2)
        return st.fixed_dictionaries(required, optional=optional)
    return JSON_SCALARS


def check_parses_losslessly(cls: type, body: Any) -> None:
    """from_dict + reading every field + to_dict: same data back, or only the SDK's decode error."""
    original = copy.deepcopy(body)
    try:
        model = cls.from_dict(body)
    except ResponseDecodeError:
        assert not isinstance(original, dict)
        return
    walk(model)  # ResponseDecodeError is collected by walk; anything else propagates and fails
    assert model.to_dict() == original
    assert json.dumps(model.to_dict(), sort_keys=True) == json.dumps(original, sort_keys=True)


@pytest.mark.parametrize("schema_name", RESPONSE_SCHEMAS)
def test_generated_bodies_parse_losslessly(schema_name, converted_spec):
    cls = getattr(models, schema_name)
    schema = converted_spec["components"]["schemas"][schema_name]

    @settings(
        max_examples=EXAMPLES_PER_SCHEMA,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )
    @given(body=strategy(converted_spec, schema), mutation=st.data())
    def run(body, mutation):
        STATS["generated bodies"] = STATS.get("generated bodies", 0) + 1
        check_parses_losslessly(cls, body)
        mutated = mutate(body, mutation.draw(st.randoms(use_true_random=False)))
        STATS["mutations"] = STATS.get("mutations", 0) + 1
        check_parses_losslessly(cls, mutated)

    run()


# --- mutations ----------------------------------------------------------------------------


def _positions(value: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _positions(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _positions(item, (*path, index))
    return found


def _set(value: Any, path: tuple, new: Any) -> Any:
    if not path:
        return new
    parent = value
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = new
    return value


def mutate(body: Any, rng) -> Any:
    """One random mutation of the kinds real servers produce (and some they shouldn't)."""
    body = copy.deepcopy(body)
    positions = _positions(body)
    path = rng.choice(positions)
    target = body
    for step in path:
        target = target[step]
    kind = rng.choice(["drop", "null", "unknown_value", "unknown_key", "wrong_type"])
    if kind == "drop" and path:
        parent = body
        for step in path[:-1]:
            parent = parent[step]
        del parent[path[-1]]
        return body
    if kind == "null":
        return _set(body, path, None)
    if kind == "unknown_value" and isinstance(target, str):
        return _set(body, path, target + "_from_a_newer_ece")
    if kind == "unknown_key" and isinstance(target, dict):
        target["field_from_a_newer_ece"] = {"nested": [1, None]}
        return body
    replacement = rng.choice([[], {}, "text", 7, 1.5, True, [{"a": 1}]])
    return _set(body, path, replacement)


RECORDED_INDEX = json.loads((RECORDED / "responses" / "index.json").read_text())


@pytest.mark.parametrize("entry", RECORDED_INDEX, ids=[e["file"] for e in RECORDED_INDEX])
def test_mutations_of_recorded_bodies(entry):
    name = entry["schema"].removeprefix("array<").removesuffix(">")
    cls = getattr(models, name)
    original = json.loads((RECORDED / "responses" / entry["file"]).read_bytes())
    bodies = original if entry["schema"].startswith("array<") else [original]

    @settings(max_examples=10, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(rng=st.randoms(use_true_random=False))
    def run(rng):
        for body in bodies:
            STATS["mutations"] = STATS.get("mutations", 0) + 1
            check_parses_losslessly(cls, mutate(body, rng))

    run()


def test_the_mutator_really_breaks_bodies():
    """Guard against a mutator that changes nothing: most mutations must alter the body."""
    import random

    body = json.loads((RECORDED / "responses" / "sdk_deployment_get_integrations_server.json").read_bytes())
    changed = sum(mutate(body, random.Random(seed)) != body for seed in range(50))
    assert changed >= 35
