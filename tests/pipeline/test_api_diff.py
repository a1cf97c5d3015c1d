"""The API changelog: each kind of change found, and classified breaking or not, on small hand-written specs."""

from __future__ import annotations

import copy
import json
import os

import api_changes
import api_diff
import pytest
from support.paths import ROOT
from support.release_specs import PINNED, patched


def spec(**overrides) -> dict:
    """A tiny OpenAPI 3 spec: GET /widgets/{widget_id} returns a Widget; POST /widgets takes a WidgetRequest."""
    document = {
        "openapi": "3.0.0",
        "info": {"version": "1.0.0"},
        "paths": {
            "/widgets/{widget_id}": {
                "get": {
                    "tags": ["Widgets"],
                    "operationId": "get-widget",
                    "parameters": [
                        {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                        {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["full", "light"]}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                        },
                        "404": {"description": "missing"},
                    },
                }
            },
            "/widgets": {
                "post": {
                    "tags": ["Widgets"],
                    "operationId": "create-widget",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetRequest"}}},
                    },
                    "responses": {
                        "201": {
                            "description": "made",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Widget": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "size": {"type": "integer"},
                        "shape": {"type": "string", "enum": ["round", "square"]},
                        "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
                        "info": {"type": "object", "properties": {"owner": {"type": "string"}}},
                    },
                },
                "Part": {"type": "object", "properties": {"name": {"type": "string"}}},
                "WidgetRequest": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "color": {"type": "string"}},
                },
            }
        },
    }
    return copy.deepcopy(document) | overrides


def changed(edit) -> list[api_diff.Change]:
    old = spec()
    new = spec()
    edit(new)
    return api_diff.diff(old, new)


def changed_spec(edit) -> dict:
    document = spec()
    edit(document)
    return document


def only(changes: list[api_diff.Change]) -> tuple[str, str, bool]:
    assert len(changes) == 1, changes
    return changes[0].subject, changes[0].text, changes[0].breaking


def op(document: dict, path: str = "/widgets/{widget_id}", method: str = "get") -> dict:
    return document["paths"][path][method]


def schemas(document: dict) -> dict:
    return document["components"]["schemas"]


def test_identical_specs_have_no_changes():
    assert api_diff.diff(spec(), spec()) == []
    assert "No changes." in api_diff.render([], "1", "2")


# --- operations ---------------------------------------------------------------------------


def test_an_added_operation_is_not_breaking_and_a_removed_one_is():
    def add(document):
        document["paths"]["/gadgets"] = {"get": {"tags": ["Gadgets"], "operationId": "list-gadgets", "responses": {}}}

    assert only(changed(add)) == ("`ece.gadgets.list_gadgets`", "added (`GET /gadgets`)", False)
    removed = api_diff.diff(changed_spec(add), spec())
    assert only(removed) == ("`ece.gadgets.list_gadgets`", "removed (`GET /gadgets`)", True)


def test_an_operation_moved_to_another_group_breaks_ece_group_calls():
    def move(document):
        op(document)["tags"] = ["Gadgets", "Widgets"]

    assert only(changed(move)) == ("`ece.gadgets.get_widget`", "moved from `ece.widgets.get_widget`", True)


def test_a_new_path_for_the_same_operation_is_not_breaking():
    def move(document):
        document["paths"]["/v2/widgets/{widget_id}"] = document["paths"].pop("/widgets/{widget_id}")

    subject, text, breaking = only(changed(move))
    assert text == "now `GET /v2/widgets/{widget_id}` (was `GET /widgets/{widget_id}`)" and not breaking


# --- parameters ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("parameter", "text", "breaking"),
    [
        ({"name": "page", "in": "query", "schema": {"type": "integer"}}, "optional query parameter added", False),
        (
            {"name": "page", "in": "query", "required": True, "schema": {"type": "integer"}},
            "required query parameter added",
            True,
        ),
    ],
)
def test_added_parameters(parameter, text, breaking):
    assert only(changed(lambda d: op(d)["parameters"].append(parameter))) == (
        "`ece.widgets.get_widget(page=...)`",
        text,
        breaking,
    )


def test_a_removed_parameter_is_breaking():
    def remove(document):
        op(document)["parameters"] = [p for p in op(document)["parameters"] if p["name"] != "verbose"]

    assert only(changed(remove)) == ("`ece.widgets.get_widget(verbose=...)`", "query parameter removed", True)


def test_a_parameter_made_required_breaks_and_made_optional_does_not():
    def require(document):
        op(document)["parameters"][1]["required"] = True

    assert only(changed(require))[1:] == ("became required", True)
    assert only(api_diff.diff(changed_spec(require), spec()))[1:] == ("became optional", False)


def test_a_parameter_type_change_is_breaking():
    def retype(document):
        op(document)["parameters"][1]["schema"] = {"type": "string"}

    assert only(changed(retype))[1:] == ("type `bool` -> `str`", True)


def test_parameter_enum_values_removed_break_and_added_do_not():
    def edit(document):
        op(document)["parameters"][2]["schema"]["enum"] = ["full", "minimal"]

    changes = changed(edit)
    assert [(c.section, c.text, c.breaking) for c in changes] == [
        ("Enum values", "enum value `light` removed", True),
        ("Enum values", "enum value `minimal` added", False),
    ]


def test_reordered_path_parameters_break_positional_calls():
    def add_path(document):
        document["paths"]["/a/{x}/{y}"] = {
            "get": {
                "tags": ["A"],
                "operationId": "get-a",
                "responses": {},
                "parameters": [
                    {"name": "x", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "y", "in": "path", "required": True, "schema": {"type": "string"}},
                ],
            }
        }

    old = changed_spec(add_path)
    new = changed_spec(add_path)
    new["paths"]["/a/{x}/{y}"]["get"]["parameters"].reverse()
    assert only(api_diff.diff(old, new)) == ("`ece.a.get_a`", "path parameters reordered: y, x", True)


# --- request bodies and return types ------------------------------------------------------


def test_a_changed_return_type_is_breaking():
    def retype(document):
        op(document)["responses"]["200"]["content"]["application/json"]["schema"] = {
            "type": "array",
            "items": {"$ref": "#/components/schemas/Widget"},
        }

    assert only(changed(retype))[1:] == ("returns `list[Widget]` (was `Widget`)", True)


def test_request_body_changes():
    def optional_body(document):
        op(document, "/widgets", "post")["requestBody"]["required"] = False

    def no_body(document):
        del op(document, "/widgets", "post")["requestBody"]

    assert only(changed(optional_body))[1:] == ("request body became optional", False)
    assert only(changed(no_body))[1:] == ("no longer takes a request body", True)
    assert only(api_diff.diff(changed_spec(no_body), spec()))[1:] == ("required request body added", True)


# --- models -------------------------------------------------------------------------------


def test_models_added_and_removed():
    def add(document):
        schemas(document)["Gadget"] = {"type": "object", "properties": {}}

    assert only(changed(add)) == ("`Gadget`", "model added", False)
    assert only(api_diff.diff(changed_spec(add), spec())) == ("`Gadget`", "model removed", True)


def test_fields_added_and_removed():
    def add(document):
        schemas(document)["Widget"]["properties"]["weight"] = {"type": "number"}

    def add_required_to_request(document):
        schemas(document)["WidgetRequest"]["properties"]["size"] = {"type": "integer"}
        schemas(document)["WidgetRequest"]["required"].append("size")

    def add_required_to_response(document):
        add(document)
        schemas(document)["Widget"]["required"].append("weight")

    assert only(changed(add)) == ("`Widget.weight`", "field added", False)
    assert only(api_diff.diff(changed_spec(add), spec())) == ("`Widget.weight`", "field removed", True)
    assert only(changed(add_required_to_request)) == ("`WidgetRequest.size`", "required field added", True)
    assert only(changed(add_required_to_response)) == ("`Widget.weight`", "required field added", False)


def test_required_and_optional_depend_on_where_a_model_is_used():
    """Requests: the constructor needs required fields. Responses: an optional field may be UNSET."""

    def require_color(document):
        schemas(document)["WidgetRequest"]["required"].append("color")

    def require_size(document):
        schemas(document)["Widget"]["required"].append("size")

    assert only(changed(require_color)) == ("`WidgetRequest.color`", "became required", True)
    assert only(api_diff.diff(changed_spec(require_color), spec())) == (
        "`WidgetRequest.color`",
        "became optional",
        False,
    )
    assert only(changed(require_size)) == ("`Widget.size`", "became required", False)
    assert only(api_diff.diff(changed_spec(require_size), spec())) == ("`Widget.size`", "became optional", True)


def test_a_model_nested_in_a_response_counts_as_a_response_model():
    def require_part_name(document):
        schemas(document)["Part"]["required"] = ["name"]

    assert only(api_diff.diff(changed_spec(require_part_name), spec())) == ("`Part.name`", "became optional", True)
    requests, responses = api_diff.usage(spec())
    assert requests == {"WidgetRequest"}
    assert responses == {"Widget", "Part"}


def test_field_type_changes_are_breaking_except_a_string_becoming_an_enum():
    def retype(document):
        schemas(document)["Widget"]["properties"]["size"] = {"type": "string"}

    def to_enum(document):
        schemas(document)["WidgetRequest"]["properties"]["color"]["enum"] = ["red", "blue"]

    def to_other_model(document):
        schemas(document)["Widget"]["properties"]["parts"]["items"] = {"$ref": "#/components/schemas/WidgetRequest"}

    assert only(changed(retype)) == ("`Widget.size`", "type `int` -> `str`", True)
    assert only(changed(to_enum)) == ("`WidgetRequest.color`", "type `str` -> `str enum`", False)
    assert only(api_diff.diff(changed_spec(to_enum), spec())) == (
        "`WidgetRequest.color`",
        "type `str enum` -> `str`",
        True,
    )
    assert only(changed(to_other_model)) == ("`Widget.parts`", "type `list[Part]` -> `list[WidgetRequest]`", True)


def test_field_enum_values():
    def edit(document):
        schemas(document)["Widget"]["properties"]["shape"]["enum"] = ["round", "oval"]

    assert [(c.subject, c.text, c.breaking) for c in changed(edit)] == [
        ("`Widget.shape`", "enum value `square` removed", True),
        ("`Widget.shape`", "enum value `oval` added", False),
    ]


def test_inline_objects_are_compared_field_by_field():
    def edit(document):
        schemas(document)["Widget"]["properties"]["info"]["properties"] = {"team": {"type": "string"}}

    changes = changed(edit)
    assert [(c.subject, c.text, c.breaking) for c in changes] == [
        ("`Widget.info.owner`", "field removed", True),
        ("`Widget.info.team`", "field added", False),
    ]


# --- output -------------------------------------------------------------------------------


def test_render_counts_and_marks_breaking_changes_first():
    def edit(document):
        schemas(document)["Widget"]["properties"]["weight"] = {"type": "number"}
        del schemas(document)["Widget"]["properties"]["size"]

    text = api_diff.render(changed(edit), "3.7.0", "3.8.0")
    assert text.startswith("# API changes from ECE 3.7.0 to ECE 3.8.0\n")
    assert "2 changes, 1 breaking." in text
    models = text.split("## Models\n\n")[1].splitlines()
    assert models[:2] == ["- **breaking** `Widget.size`: field removed", "- `Widget.weight`: field added"]


def test_cli_compares_two_files(tmp_path, capsys):
    (tmp_path / "old.json").write_text(json.dumps(spec()))
    new = spec()
    del new["paths"]["/widgets"]
    (tmp_path / "new.json").write_text(json.dumps(new))
    assert api_diff.main([str(tmp_path / "old.json"), str(tmp_path / "new.json")]) == 0
    out = capsys.readouterr().out
    assert "- **breaking** `ece.widgets.create_widget`: removed (`POST /widgets`)" in out
    assert api_diff.main(["9.9.9", str(tmp_path / "new.json")]) == 1


def test_operation_names_are_the_methods_the_generated_package_has(tmp_path):
    """`ece.<group>.<operation>` in the changelog is what users call: the generated module of that name."""
    document = patched(PINNED, tmp_path)
    named = {tuple(o.name.split(".")[1:]) for o in api_diff.operations(document).values()}
    api = ROOT / "generated" / "ece_client" / "api"
    modules = {
        (os.path.basename(folder), name[:-3])
        for folder, _, files in os.walk(api)
        for name in files
        if name.endswith(".py") and not name.startswith("_")
    }
    assert named == modules


# --- docs/api-changes ---------------------------------------------------------------------


def test_api_changes_folder_write_and_drift(tmp_path, monkeypatch):
    files = {"README.md": "index\n", "1.0.0-to-2.0.0.md": "changes\n"}
    monkeypatch.setattr(api_changes, "expected_files", lambda: dict(files))
    (tmp_path / "0.9.0-to-1.0.0.md").write_text("stale\n")
    assert api_changes.drift(tmp_path) == [
        "1.0.0-to-2.0.0.md: missing",
        "README.md: missing",
        "0.9.0-to-1.0.0.md: not a generated file (stale?)",
    ]
    api_changes.write(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["1.0.0-to-2.0.0.md", "README.md"]
    assert api_changes.drift(tmp_path) == []
    (tmp_path / "1.0.0-to-2.0.0.md").write_text("edited by hand\n")
    assert api_changes.drift(tmp_path) == ["1.0.0-to-2.0.0.md: differs"]


def test_the_committed_changelog_has_one_file_per_consecutive_pair():
    names = sorted(p.name for p in (ROOT / "docs" / "api-changes").glob("*-to-*.md"))
    assert names == sorted(f"{old}-to-{new}.md" for old, new in api_changes.pairs())
    latest = (ROOT / "docs" / "api-changes" / f"{api_changes.pairs()[-1][0]}-to-{PINNED}.md").read_text()
    assert latest.startswith(f"# API changes from ECE {api_changes.pairs()[-1][0]} to ECE {PINNED}\n")
