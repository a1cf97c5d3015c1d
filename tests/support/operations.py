"""Every generated endpoint module of the package, by (method, path), and the models they return."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import ece_client.api


def _operations() -> dict[tuple[str, str], Any]:
    found = {}
    for info in pkgutil.walk_packages(ece_client.api.__path__, "ece_client.api."):
        if info.ispkg or info.name.rpartition(".")[2].startswith("_"):  # _async, _raw: group classes
            continue
        module = importlib.import_module(info.name)
        found[(module.METHOD, module.PATH)] = module
    return found


OPERATIONS = _operations()


def _model_names(codec: Any) -> set[str]:
    """The model a response codec decodes to (``model("X")``, ``list_of(model("X"))``), if any."""
    if type(codec).__name__ == "_Model":
        return {codec.class_name}
    item = getattr(codec, "item", None)
    return _model_names(item) if item is not None else set()


def response_models() -> list[str]:
    """The models (objects) that some documented response of some operation decodes to, sorted."""
    names: set[str] = set()
    for module in OPERATIONS.values():
        for codec in module.RESPONSES.values():
            names |= _model_names(codec)
    return sorted(names)
