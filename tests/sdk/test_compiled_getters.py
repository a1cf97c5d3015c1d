"""The compiled getters (ece_client._speedups) read every field exactly as the Python getters do.

Each field's compiled getter keeps its Python getter (``fget.python``) for what it does not do in
C; these tests read the same JSON both ways, over every kind of field and every kind of value
(right type, wrong type, null, missing, unknown enum values, items that are not objects), and
compare values, caches and errors. CI also runs all of tests/sdk with ECE_CLIENT_NO_EXTENSIONS=1.
"""

from __future__ import annotations

import copy
import datetime
import os
import subprocess
import sys
from typing import Any

import pytest
from ece_client import UNSET
from ece_client._model import (
    ANY,
    BOOL,
    DATETIME,
    FLOAT,
    INT,
    STR,
    Field,
    Model,
    _speedups,
    enum,
    list_of,
    map_of,
    model,
)
from ece_client.errors import ResponseDecodeError
from ece_client.models import TopologySize, TopologySizeResource
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.skipif(_speedups is None, reason="the compiled getters are off (ECE_CLIENT_NO_EXTENSIONS)")


class Probe(Model):
    """One field of every kind the runtime reads, optional and required."""

    __slots__ = ()

    text = Field("text", STR)
    count = Field("count", INT, required=True)
    flag = Field("flag", BOOL)
    number = Field("number", FLOAT)
    state = Field("state", enum("TopologySizeResource"))
    size = Field("size", model("TopologySize"))
    need = Field("need", model("TopologySize"), required=True)
    sizes = Field("sizes", list_of(model("TopologySize")))
    needs = Field("needs", list_of(model("TopologySize")), required=True)
    at = Field("at", DATETIME)
    anything = Field("anything", ANY)
    names = Field("names", list_of(STR))
    states = Field("states", list_of(enum("TopologySizeResource")), required=True)
    counts = Field("counts", map_of(INT))


FIELDS = {name: value for name, value in vars(Probe).items() if isinstance(value, Field)}

size = st.fixed_dictionaries({"value": st.integers(), "resource": st.sampled_from(["memory", "storage", "other"])})
scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.sampled_from(["memory", "storage", "2024-01-02T03:04:05Z", "not a date"]),
)
value = st.one_of(
    scalar, size, st.lists(st.one_of(size, scalar), max_size=3), st.dictionaries(st.text(max_size=3), scalar)
)
bodies = st.dictionaries(st.sampled_from(sorted(field.key for field in FIELDS.values())), value)


def outcome(read: Any, instance: Probe) -> tuple[str, Any]:
    """What a read gives, in a form two reads can be compared by."""
    try:
        result = read(instance)
    except ResponseDecodeError as exc:
        return ("raises", (type(exc), str(exc)))
    return ("value", shape(result))


def shape(value: Any) -> Any:
    if isinstance(value, Model):
        return (type(value), value.to_dict(), value._location)
    if isinstance(value, list):
        return [shape(item) for item in value]
    if isinstance(value, datetime.datetime):
        return (value, value.isoformat())
    return (type(value), value)


@settings(max_examples=300, deadline=None)
@given(bodies)
def test_a_compiled_read_is_the_python_read(body):
    for name, field in FIELDS.items():
        compiled = field.fget
        compiled_model, python_model = Probe.from_dict(copy.deepcopy(body)), Probe.from_dict(copy.deepcopy(body))
        expected = outcome(compiled.python, python_model)
        assert outcome(compiled, compiled_model) == expected, name
        # A second read (from the cache, or decoded again) is the same, and so is what to_dict gives back.
        assert outcome(compiled, compiled_model) == outcome(compiled.python, python_model), name
        assert compiled_model._cache.keys() == python_model._cache.keys(), name
        assert compiled_model.to_dict() == python_model.to_dict() == body, name


WRITES: dict[str, Any] = {
    "text": "t",
    "count": 1,
    "flag": True,
    "number": 1.5,
    "state": TopologySizeResource.MEMORY,
    "size": TopologySize(value=1, resource=TopologySizeResource.MEMORY),
    "need": TopologySize(value=2, resource=TopologySizeResource.STORAGE),
    "sizes": [TopologySize(value=3, resource=TopologySizeResource.MEMORY)],
    "needs": [],
    "at": datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC),
    "anything": {"a": [1]},
    "names": ["a"],
    "states": [TopologySizeResource.STORAGE],
    "counts": {"a": 1},
}


@pytest.mark.parametrize("name", sorted(FIELDS))
@pytest.mark.parametrize("other_write", [None, UNSET], ids=["null", "unset"])
def test_a_value_cached_by_a_write_reads_the_same(name, other_write):
    """Two models over one dict: one writes the field, the other then nulls or drops it in the data."""
    written = WRITES[name]

    def make() -> Probe:
        data: dict[str, Any] = {}
        writer, other = Probe.from_dict(data), Probe.from_dict(data)
        setattr(writer, name, written)
        setattr(other, name, other_write)
        return writer

    field = FIELDS[name]
    compiled_model, python_model = make(), make()
    assert outcome(field.fget, compiled_model) == outcome(field.fget.python, python_model)
    assert compiled_model._cache.keys() == python_model._cache.keys()


def test_a_list_emptied_while_its_models_are_made_reads_as_python_reads_it():
    """A finalizer run by a garbage collection in the middle of a read empties the list being read:
    the compiled getter holds its own references (no crash) and sees the list as it is then."""
    code = """
import gc
from ece_client.models import DeploymentResources
read = DeploymentResources.elasticsearch.fget
read(DeploymentResources.from_dict({"elasticsearch": [{}]}))  # the item class resolved beforehand
class Finalizer:
    def __init__(self, model):
        self.model, self.me = model, self
    def __del__(self):
        self.model._data["elasticsearch"].clear()
        global junk
        junk = [(["junk"], i, i) for i in range(5000)]  # reuse what was freed
gc.disable()
model = DeploymentResources.from_dict({"elasticsearch": [{"region": "r"}, {"region": "s"}]})
Finalizer(model)
gc.set_threshold(1)
gc.enable()
print(len(read(model)))
"""
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() in ("0", "1", "2")


def test_every_field_of_a_generated_model_is_compiled():
    from ece_client.models import DeploymentGetResponse

    fields = DeploymentGetResponse._fields_by_key().values()
    assert fields
    assert all(type(field.fget) is _speedups.Getter for field in fields)


def test_reads_from_the_cache_and_writes_go_through_the_model():
    probe = Probe.from_dict({"size": {"value": 1, "resource": "memory"}, "needs": [], "count": 3})
    assert probe.size is probe.size  # wrapped once, then kept
    probe.size.value = 2
    probe.count = 4
    assert probe.to_dict() == {"size": {"value": 2, "resource": "memory"}, "needs": [], "count": 4}
    probe.size = UNSET
    assert probe.size is UNSET and "size" not in probe.to_dict()


@pytest.mark.parametrize(
    ("instance", "error"),
    [
        ({"count": 1}, AttributeError),  # not a model: the Python getter's own error
        (object.__new__(Probe), AttributeError),  # a model never set up: no _data
    ],
)
def test_a_getter_given_what_is_not_a_model_fails_as_python_would(instance, error):
    with pytest.raises(error):
        Probe.count.fget(instance)
    with pytest.raises(TypeError):
        Probe.count.fget()


def test_the_compiled_getters_can_be_turned_off():
    code = (
        "from ece_client import _model; from ece_client.models import TopologySize;"
        "print(_model._speedups, type(TopologySize.value.fget).__name__)"
    )
    env = {**os.environ, "ECE_CLIENT_NO_EXTENSIONS": "1"}
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert completed.stdout.split() == ["None", "function"]
