"""scripts/openapi.py: operations, $ref resolution, and the generator's names for what the spec holds."""

from __future__ import annotations

import copy
import inspect

import openapi
import patch_spec
import pytest
from ece_client import ECE
from support.release_specs import PINNED

DOCUMENT = {
    "paths": {
        "/a~b/{id}": {
            "parameters": [{"$ref": "#/components/parameters/Id"}],
            "get": {"operationId": "get-a", "responses": {}},
            "post": {"operationId": "post-a", "tags": ["DeploymentsTrafficFilter"], "responses": {}},
            "x-extension": {"not": "an operation"},
        },
        "/shared": {"$ref": "#/components/pathItems/Shared"},
    },
    "components": {
        "parameters": {"Id": {"name": "id", "in": "path", "schema": {"$ref": "#/components/schemas/Id"}}},
        "schemas": {
            "Id": {"type": "string"},
            "a/b": {"type": "integer"},
            "Loop": {"$ref": "#/components/schemas/Loop"},
        },
        "pathItems": {"Shared": {"delete": {"operationId": "delete-shared", "responses": {}}}},
    },
}


def test_operations_are_every_method_of_every_path_item_and_nothing_else():
    found = [(o.path, o.method, o.spec["operationId"]) for o in openapi.operations(DOCUMENT)]
    assert found == [
        ("/a~b/{id}", "get", "get-a"),
        ("/a~b/{id}", "post", "post-a"),
        ("/shared", "delete", "delete-shared"),
    ]
    assert next(openapi.operations(DOCUMENT)).item["parameters"] == [{"$ref": "#/components/parameters/Id"}]


def test_resolve_follows_refs_with_json_pointer_escapes_and_can_keep_schemas_named():
    parameter = openapi.resolve(DOCUMENT, {"$ref": "#/components/parameters/Id"})
    assert parameter["name"] == "id"
    assert openapi.resolve(DOCUMENT, parameter["schema"]) == {"type": "string"}
    assert openapi.resolve(DOCUMENT, {"$ref": "#/components/schemas/a~1b"}) == {"type": "integer"}
    assert openapi.resolve(DOCUMENT, parameter["schema"], keep_schemas=True) == {"$ref": "#/components/schemas/Id"}
    assert openapi.resolve(DOCUMENT, {"type": "string"}) == {"type": "string"}
    assert openapi.ref_name(parameter["schema"]) == "Id" and openapi.ref_name({"type": "string"}) is None


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("#/components/schemas/Loop", "cannot resolve"),
        ("#/components/schemas/Missing", "points nowhere"),
        ("other.json#/Widget", "cannot resolve"),
        (7, "cannot resolve"),
    ],
)
def test_a_ref_that_cannot_be_followed_is_a_ref_error(ref, message):
    with pytest.raises(openapi.RefError, match=message):
        openapi.resolve(DOCUMENT, {"$ref": ref})


def test_names_are_the_generators():
    assert openapi.operation_name({"operationId": "get-deployment-v2"}, "/x", "get") == "get_deployment_v2"
    assert openapi.operation_name({}, "/deployments/{deployment_id}", "get") == "get_deployments_deployment_id"
    assert openapi.group_name({"tags": ["DeploymentsTrafficFilter"]}) == "deployments_traffic_filter"
    assert openapi.group_name({}) == "default"
    assert openapi.parameter_name("X-Management-Request") == "x_management_request"
    assert openapi.parameter_name("from") == "from_"


def test_every_operation_of_the_pinned_spec_is_the_method_and_arguments_these_names_give(converted_spec):
    document = patch_spec.apply_patches(copy.deepcopy(converted_spec), patch_spec.load_patches(), PINNED)
    ece = ECE("http://127.0.0.1:9", api_key="k", check_version=False)
    checked = 0
    for operation in openapi.operations(document):
        group = getattr(ece, openapi.group_name(operation.spec))
        method = getattr(group, openapi.operation_name(operation.spec, operation.path, operation.method))
        accepted = inspect.signature(method).parameters
        for parameter in operation.spec.get("parameters", []) + operation.item.get("parameters", []):
            name = openapi.parameter_name(openapi.resolve(document, parameter)["name"])
            assert name in accepted, f"{operation.method.upper()} {operation.path}: no argument {name}"
        checked += 1
    assert checked == len(list(openapi.operations(document))) > 250
