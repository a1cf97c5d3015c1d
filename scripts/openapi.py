"""Reading an OpenAPI 3 document the way the generator reads it: operations, ``$ref`` resolution,
and the Python names the generated package gives groups, operations and parameters.

One module for the pipeline scripts and the tests. Names come from openapi-python-client's own
functions (``PythonIdentifier``, ``generate_operation_id``) with the prefix of our generator
config, so they cannot drift from what `make generate` writes. The generator is imported only by
the naming functions: reading operations and ``$ref``s needs nothing but the standard library, so
the release smoke test and the release-aware fake use this module in virtualenvs without it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
"""The operations a path item can hold (OpenAPI 3.0), in the generator's order."""
SCHEMAS = "#/components/schemas/"


class RefError(ValueError):
    """A ``$ref`` that is not local, points nowhere, or loops."""


@dataclass(frozen=True)
class Operation:
    path: str
    method: str  # lower case, as in the document
    spec: dict[str, Any]  # the operation object
    item: dict[str, Any]  # its path item (shared parameters)


def operations(document: dict[str, Any]) -> Iterator[Operation]:
    """Every operation of the document, path by path, in HTTP_METHODS order."""
    for path, item in (document.get("paths") or {}).items():
        item = resolve(document, item) or {}
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield Operation(path, method, item[method], item)


def resolve(document: dict[str, Any], node: Any, *, keep_schemas: bool = False) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until a node that is not a reference.

    With ``keep_schemas``, a reference to a component schema is returned as it is: the SDK gives
    such a schema a name (a model) instead of inlining it.
    """
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            raise RefError(f"cannot resolve $ref {ref!r}")
        if keep_schemas and ref.startswith(SCHEMAS):
            return node
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                raise RefError(f"$ref {ref!r} points nowhere")
            target = target[part]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    """The component name a ``$ref`` node names (``#/components/schemas/Widget`` -> ``Widget``)."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


# ------------------------------------------------------------------ names, as the generator gives them


@functools.cache
def field_prefix() -> str:
    """The prefix the generator puts before identifiers that are not valid Python (from our config)."""
    from openapi_python_client.config import ConfigFile

    config = ROOT / "generator-config.yaml"
    return ConfigFile.load_from_path(config).field_prefix if config.exists() else ConfigFile().field_prefix


def operation_name(operation: dict[str, Any], path: str, method: str) -> str:
    """The operation's module and method name (``get-deployment`` -> ``get_deployment``)."""
    from openapi_python_client.parser.openapi import generate_operation_id
    from openapi_python_client.schema.untrusted_string import UntrustedString
    from openapi_python_client.strings import PythonIdentifier

    prefix = field_prefix()
    operation_id = operation.get("operationId")
    if operation_id is None:
        name = generate_operation_id(path=UntrustedString(path), method=method, prefix=prefix)
    else:
        name = PythonIdentifier(str(operation_id), prefix=prefix)
    # The endpoint templates apply python_identifier once more to the endpoint name.
    return str(PythonIdentifier(name, prefix=prefix))


def group_name(operation: dict[str, Any]) -> str:
    """The client attribute of the operation's group: its first tag (``DeploymentsTrafficFilter`` ->
    ``deployments_traffic_filter``), ``default`` without one."""
    from openapi_python_client.strings import PythonIdentifier

    tags = operation.get("tags") or ["default"]
    return str(PythonIdentifier(str(tags[0]), prefix="tag"))


def parameter_name(name: str) -> str:
    """The Python argument a parameter becomes (``X-Management-Request`` -> ``x_management_request``)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix=field_prefix()))
