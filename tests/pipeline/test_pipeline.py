"""Each step of the spec pipeline on its own: pull, convert, patch, generate."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import convert_spec
import patch_spec
import pull_spec
import pytest
from support.paths import ROOT, SPECS
from support.servers import Reply

SMALL_SWAGGER = {
    "swagger": "2.0",
    "info": {"title": "Tiny ECE", "version": "1"},
    "host": "{{hostname}}",
    "basePath": "/api/v1",
    "schemes": ["https"],
    "produces": ["application/json"],
    "paths": {
        "/widgets/{widget_id}": {
            "get": {
                "tags": ["Widgets"],
                "operationId": "get-widget",
                "parameters": [
                    {"name": "widget_id", "in": "path", "required": True, "type": "string"},
                    {"name": "verbose", "in": "query", "type": "boolean", "default": False},
                ],
                "responses": {
                    "200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}},
                    "404": {"description": "missing (code: `widgets.widget_not_found`)", "schema": {"type": "object"}},
                },
            }
        }
    },
    "definitions": {
        "Widget": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string", "description": "The widget id"},
                "kind": {"type": "string", "enum": ["round", "square"]},
                "created": {"type": "string", "format": "date-time"},
                "part": {"description": "The part this widget turns", "$ref": "#/definitions/Part"},
            },
        },
        "Part": {"type": "object", "description": "A part of any machine", "properties": {"size": {"type": "integer"}}},
    },
}


def write_lock(tmp_path: Path, data: bytes, url: str = "file:///nonexistent/spec.json") -> Path:
    lock = {
        "pinned": "9.9.9",
        "releases": {
            "9.9.9": {"file": "ece-9.9.9/swagger.json", "sha256": hashlib.sha256(data).hexdigest(), "url": url}
        },
    }
    path = tmp_path / "lock.json"
    path.write_text(json.dumps(lock))
    return path


def put_in_mirror(tmp_path: Path, data: bytes) -> Path:
    mirror = tmp_path / "mirror"
    (mirror / "ece-9.9.9").mkdir(parents=True)
    (mirror / "ece-9.9.9" / "swagger.json").write_bytes(data)
    return mirror


SWAGGER_BYTES = json.dumps(SMALL_SWAGGER).encode()


# --- pull ---------------------------------------------------------------------------------


def test_pull_takes_the_mirror_first_and_checks_the_hash(tmp_path):
    lock = write_lock(tmp_path, SWAGGER_BYTES)
    release, data = pull_spec.pull(None, put_in_mirror(tmp_path, SWAGGER_BYTES), lock)
    assert (release, data) == ("9.9.9", SWAGGER_BYTES)


def test_pull_falls_back_to_the_url(tmp_path):
    source = tmp_path / "served.json"
    source.write_bytes(SWAGGER_BYTES)
    lock = write_lock(tmp_path, SWAGGER_BYTES, url=source.as_uri())
    assert pull_spec.pull(None, tmp_path / "empty-mirror", lock)[1] == SWAGGER_BYTES


def test_pull_hash_mismatch_is_an_error_naming_both_hashes(tmp_path):
    lock = write_lock(tmp_path, b"something else")
    with pytest.raises(pull_spec.SpecError, match="sha256 mismatch") as caught:
        pull_spec.pull(None, put_in_mirror(tmp_path, SWAGGER_BYTES), lock)
    assert hashlib.sha256(SWAGGER_BYTES).hexdigest() in str(caught.value)


def test_pull_unreachable_source_names_what_was_tried(tmp_path):
    lock = write_lock(tmp_path, SWAGGER_BYTES, url="http://127.0.0.1:9/spec.json")
    with pytest.raises(pull_spec.SpecError) as caught:
        pull_spec.pull(None, tmp_path / "no-mirror", lock)
    message = str(caught.value)
    assert "no-mirror/ece-9.9.9/swagger.json: no such file" in message
    assert "http://127.0.0.1:9/spec.json: unreachable" in message


def test_pull_http_error(tmp_path, local_server):
    local_server.script(then=Reply(404, "not here"))
    lock = write_lock(tmp_path, SWAGGER_BYTES, url=f"{local_server.url}/spec.json")
    with pytest.raises(pull_spec.SpecError, match=r"/spec.json: HTTP error 404"):
        pull_spec.pull(None, None, lock)


def test_pull_http_success(tmp_path, local_server):
    local_server.script(then=Reply(200, SWAGGER_BYTES))
    lock = write_lock(tmp_path, SWAGGER_BYTES, url=f"{local_server.url}/spec.json")
    assert pull_spec.pull(None, None, lock)[1] == SWAGGER_BYTES


@pytest.mark.parametrize(
    ("body", "message"),
    [(b"<html>proxy login</html>", "not JSON"), (b'{"openapi": "3.0.0", "paths": {}}', "not a Swagger 2.0 document")],
)
def test_pull_rejects_what_is_not_a_swagger_document(tmp_path, body, message):
    lock = write_lock(tmp_path, body)
    with pytest.raises(pull_spec.SpecError, match=message):
        pull_spec.pull(None, put_in_mirror(tmp_path, body), lock)


def test_pull_unknown_release(tmp_path):
    lock = write_lock(tmp_path, SWAGGER_BYTES)
    with pytest.raises(pull_spec.SpecError, match="'1.0.0' is not in the spec lock"):
        pull_spec.pull("1.0.0", None, lock)


def test_pull_cli_writes_nothing_on_error(tmp_path):
    out = tmp_path / "swagger.json"
    code = pull_spec.main(["--release", "0.0.1", "--out", str(out)])
    assert code == 1 and not out.exists()


def test_pin_records_url_and_hash(tmp_path):
    source = tmp_path / "new.json"
    source.write_bytes(SWAGGER_BYTES)
    lock = write_lock(tmp_path, b"old")
    result = pull_spec.pin("10.0.0", source.as_uri(), lock)
    saved = json.loads(lock.read_text())
    assert saved["pinned"] == "10.0.0"
    assert saved["releases"]["10.0.0"]["sha256"] == hashlib.sha256(SWAGGER_BYTES).hexdigest()
    assert result["operations"] == 1


def test_pull_reads_the_mirror_that_spec_mirror_names(tmp_path, monkeypatch):
    lock = write_lock(tmp_path, SWAGGER_BYTES, url="http://127.0.0.1:9/unreachable.json")
    monkeypatch.setenv("SPEC_MIRROR", str(put_in_mirror(tmp_path, SWAGGER_BYTES)))
    assert pull_spec.pull(None, lock_path=lock) == ("9.9.9", SWAGGER_BYTES)
    monkeypatch.setenv("SPEC_MIRROR", str(tmp_path / "elsewhere"))
    with pytest.raises(pull_spec.SpecError, match="elsewhere"):
        pull_spec.pull(None, lock_path=lock)


def test_the_committed_lock_matches_the_shared_specs():
    """Every shared spec is locked with its sha256 and upstream commit; a release pinned since from
    its URL alone (not in ../shared) needs nothing there."""
    lock = pull_spec.load_lock()
    versions = {v["ece_version"]: v for v in json.loads((SPECS / "versions.json").read_text())}
    assert set(versions) <= set(lock["releases"])
    for release, entry in lock["releases"].items():
        if release in versions:
            assert entry["sha256"] == versions[release]["sha256"]
            assert versions[release]["upstream"]["commit"] in entry["url"]
        else:
            assert entry["url"] and len(entry["sha256"]) == 64


# --- convert ------------------------------------------------------------------------------


def test_convert_a_small_swagger_document(tmp_path):
    source = tmp_path / "swagger.json"
    source.write_text(json.dumps(SMALL_SWAGGER))
    result = convert_spec.convert(source, tmp_path / "openapi.json")
    assert result["openapi"].startswith("3.0")
    operation = result["paths"]["/widgets/{widget_id}"]["get"]
    assert operation["operationId"] == "get-widget"
    assert operation["parameters"][1]["schema"] == {"type": "boolean", "default": False}
    assert "Widget" in result["components"]["schemas"]
    assert json.loads((tmp_path / "openapi.json").read_text()) == result


def test_convert_keeps_the_description_beside_a_ref(tmp_path):
    """swagger2openapi drops it; the field's docstring needs it (193 fields of ECE 3.8)."""
    source = tmp_path / "swagger.json"
    source.write_text(json.dumps(SMALL_SWAGGER))
    result = convert_spec.convert(source, tmp_path / "openapi.json")
    assert result["components"]["schemas"]["Widget"]["properties"]["part"] == {
        "$ref": "#/components/schemas/Part",
        "description": "The part this widget turns",
    }


def test_every_description_beside_a_ref_in_the_pinned_spec_is_restored(converted_spec):
    swagger = json.loads(pull_spec.pull(mirror=SPECS)[1])
    converted = converted_spec
    described = {
        (name, field): prop["description"]
        for name, definition in swagger["definitions"].items()
        for field, prop in definition.get("properties", {}).items()
        if "$ref" in prop and prop.get("description")
    }
    assert len(described) > 150
    for (name, field), description in described.items():
        assert converted["components"]["schemas"][name]["properties"][field]["description"] == description


def test_convert_refuses_what_is_not_swagger_2(tmp_path):
    source = tmp_path / "openapi.json"
    source.write_text(json.dumps({"openapi": "3.0.0"}))
    with pytest.raises(convert_spec.ConvertError, match="not a Swagger 2.0 document"):
        convert_spec.convert(source, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


# --- patch --------------------------------------------------------------------------------


def test_patches_are_idempotent_and_all_apply(converted_spec):
    document = copy.deepcopy(converted_spec)
    patches = patch_spec.load_patches()
    release = pull_spec.load_lock()["pinned"]
    once = patch_spec.apply_patches(document, patches, release)
    twice = patch_spec.apply_patches(once, patches, release)
    assert once == twice
    assert once != document
    assert once["info"]["version"] == release
    assert once["servers"] == [{"url": "/api/v1"}]
    no_wildcards = [
        r
        for item in once["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for r in op.get("responses", {}).values()
        if "*/*" in r.get("content", {})
    ]
    assert no_wildcards == []


def test_every_patch_has_a_reason():
    for patch in patch_spec.load_patches():
        assert len(patch["reason"].strip()) > 10


def test_a_patch_whose_target_moved_fails_loudly():
    document = {"paths": {"/x": {"get": {"operationId": "get-x", "parameters": [{"name": "mode", "schema": {}}]}}}}
    bad_target = [
        {"reason": "r", "set": {"operation": "get-x", "at": "/parameters/[name=other]/schema/default", "value": 1}}
    ]
    with pytest.raises(patch_spec.PatchError, match="no list item with name=other"):
        patch_spec.apply_patches(document, bad_target)
    changed = [
        {
            "reason": "r",
            "set": {"operation": "get-x", "at": "/parameters/[name=mode]/schema/default", "expect": "A", "value": "a"},
        }
    ]
    document["paths"]["/x"]["get"]["parameters"][0]["schema"]["default"] = "B"
    with pytest.raises(patch_spec.PatchError, match="expected 'A', found 'B'"):
        patch_spec.apply_patches(document, changed)
    with pytest.raises(patch_spec.PatchError, match="no operation 'get-y'"):
        patch_spec.apply_patches(document, [{"reason": "r", "remove": {"operation": "get-y", "at": "/x"}}])


def test_patch_input_is_left_untouched():
    document = {"info": {"version": "1"}}
    patch_spec.apply_patches(document, [{"reason": "r", "set": {"at": "/info/version", "value": "{release}"}}], "3.8.0")
    assert document == {"info": {"version": "1"}}


def test_release_scoped_patches_apply_only_to_their_releases():
    patches = [{"reason": "r", "releases": {"through": "2.13.0"}, "set": {"at": "/info/x", "value": 1}}]
    assert "x" not in patch_spec.apply_patches({"info": {}}, patches, "3.8.0")["info"]
    assert patch_spec.apply_patches({"info": {}}, patches, "2.13.0")["info"]["x"] == 1


# --- generate -----------------------------------------------------------------------------


def test_generate_a_small_spec_end_to_end(tmp_path):
    """convert -> patch (only what applies) -> generate: the package imports and its operation works."""
    source = tmp_path / "swagger.json"
    source.write_text(json.dumps(SMALL_SWAGGER))
    document = convert_spec.convert(source, tmp_path / "openapi.json")
    patches = [p for p in patch_spec.load_patches() if "operation" not in p.get("set", {})]
    patches = [p for p in patches if "/components/requestBodies" not in json.dumps(p)]
    patched = patch_spec.apply_patches(document, patches, "9.9.9")
    (tmp_path / "patched.json").write_text(json.dumps(patched))
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), str(tmp_path / "patched.json"), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    package = out / "ece_client"
    widget_op = (package / "api" / "widgets" / "get_widget.py").read_text()
    assert 'PATH = "/widgets/{widget_id}"' in widget_op
    widget_model = (package / "models" / "widget.py").read_text()
    field = 'part: Field[Part | Unset] = Field("part", model("Part", "part"))'
    assert f'{field}\n    """ The part this widget turns """' in widget_model
    assert 'ECE_VERSION = "9.9.9"' in (package / "__init__.py").read_text()


def test_generate_fails_on_generator_warnings(tmp_path):
    broken = json.loads(json.dumps(SMALL_SWAGGER))
    broken["paths"]["/widgets/{widget_id}"]["get"]["parameters"][1] = {
        "name": "mode",
        "in": "query",
        "type": "string",
        "enum": ["a", "b"],
        "default": "C",
    }
    source = tmp_path / "swagger.json"
    source.write_text(json.dumps(broken))
    convert_spec.convert(source, tmp_path / "openapi.json")
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), str(tmp_path / "openapi.json"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert "generate: error" in run.stderr
    assert not (tmp_path / "out" / "ece_client").exists()


def test_shared_specs_are_not_copied_into_the_project():
    shared = {hashlib.sha256(p.read_bytes()).hexdigest() for p in SPECS.rglob("*.json")}
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    copies = [
        f for f in tracked if (ROOT / f).is_file() and hashlib.sha256((ROOT / f).read_bytes()).hexdigest() in shared
    ]
    assert copies == []
    assert shutil.which("git")


def test_generated_code_has_no_rendered_python_objects():
    """A template that prints an object instead of its text leaves `<... object at 0x...>` behind."""
    offenders = [
        str(p.relative_to(ROOT)) for p in (ROOT / "generated").rglob("*.py") if " object at 0x" in p.read_text()
    ]
    assert offenders == []


def test_describe_parameters_carries_descriptions_into_schemas():
    document = {
        "paths": {
            "/x/{id}": {
                "parameters": [{"name": "id", "in": "path", "description": "The id", "schema": {"type": "string"}}],
                "get": {
                    "parameters": [{"name": "q", "in": "query", "description": "A query", "schema": {"type": "string"}}]
                },
            }
        }
    }
    patched = patch_spec.apply_patches(document, [{"reason": "r", "describe_parameters": {}}])
    assert patched["paths"]["/x/{id}"]["parameters"][0]["schema"]["description"] == "The id"
    assert patched["paths"]["/x/{id}"]["get"]["parameters"][0]["schema"]["description"] == "A query"
    assert patch_spec.apply_patches(patched, [{"reason": "r", "describe_parameters": {}}]) == patched
