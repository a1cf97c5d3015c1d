"""Valid arguments for any operation, built from the OpenAPI spec itself.

`minimal(schema)` is the smallest value that satisfies a schema (required properties only,
first enum values, minimum lengths and items); `arguments(spec, operation)` gives the path,
query, header and body arguments one call of an operation needs.
"""

from __future__ import annotations

import io
from typing import Any

import openapi
from ece_client.types import File
from openapi import Operation, resolve

SAMPLE_IDS = {"proxy_path": "_stats", "resource_kind": "elasticsearch", "ref_id": "main"}


def minimal(spec: dict, schema: dict, depth: int = 0) -> Any:
    schema = resolve(spec, schema)
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema and depth > 0:
        return schema["default"]
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "string":
        if schema.get("format") == "binary":
            return File(
                payload=io.BytesIO(b"PK\x05\x06" + b"\0" * 18), file_name="upload.zip", mime_type="application/zip"
            )
        if schema.get("format") == "date-time":
            return "2024-01-01T00:00:00Z"
        return "x" * max(1, schema.get("minLength", 1))
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return float(max(1, schema.get("minimum", 1)))
    if kind == "boolean":
        return True
    if kind == "array":
        count = schema.get("minItems", 0)
        return [minimal(spec, schema.get("items", {}), depth + 1) for _ in range(count)]
    if kind == "object":
        properties = schema.get("properties", {})
        return {
            name: minimal(spec, properties[name], depth + 1)
            for name in schema.get("required", [])
            if name in properties and depth < 12
        }
    return {}


def operations(spec: dict) -> dict[str, Operation]:
    """operationId -> the operation."""
    return {operation.spec["operationId"]: operation for operation in openapi.operations(spec)}


def arguments(spec: dict, operation: dict) -> tuple[list[Any], dict[str, Any], Any]:
    """(positional path values, keyword query/header values, body or None) for one valid call."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for parameter in operation.get("parameters", []):
        parameter = resolve(spec, parameter)
        schema = resolve(spec, parameter.get("schema", {}))
        if parameter["in"] == "path":
            if schema.get("type") == "array":
                positional.append(["i-0"])
            elif "enum" in schema:
                positional.append(schema["enum"][0])
            else:
                positional.append(SAMPLE_IDS.get(parameter["name"], f"{parameter['name']}-1"))
        elif parameter.get("required"):
            value = "true" if parameter["name"] == "X-Management-Request" else minimal(spec, schema, 1)
            keywords[parameter["name"]] = value
    body = None
    request_body = operation.get("requestBody")
    if request_body is not None:
        request_body = resolve(spec, request_body)
        content = request_body["content"]
        media = "application/json" if "application/json" in content else next(iter(content))
        body = minimal(spec, content[media].get("schema", {}))
        if body == {} and media == "application/json" and not content[media].get("schema"):
            body = {}
    return positional, keywords, body
