"""Every generated endpoint module of the installed package, by (method, path)."""

from __future__ import annotations

import importlib
import pkgutil

import ece_client.api


def _operations() -> dict[tuple[str, str], object]:
    found = {}
    for info in pkgutil.walk_packages(ece_client.api.__path__, "ece_client.api."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        found[(module.METHOD, module.PATH)] = module
    return found


OPERATIONS = _operations()
