"""Release-aware SDK tests: `make test-releases` runs this folder against every release's build.

A test that only some releases' builds can pass says so with a marker naming what it needs from
the installed build's generated code, and why; it is skipped, with that reason, on the others.
What is asked is the build itself (its models and operations), never the version string:

    @pytest.mark.needs("DeploymentsSearchResponse.cursor", reason="the search pages by cursor")
    @pytest.mark.needs("deployments.search_deployments(minimal_metadata)", reason="...")
    @pytest.mark.lacks("DeploymentsSearchResponse.cursor", reason="the search pages with from/size")

A thing is ``Model.field`` (a JSON key of a generated model), ``group.operation`` or
``group.operation(parameter)``.
"""

from __future__ import annotations

import ece_client
import pytest
from support.build import build_has


def pytest_configure(config):
    config.addinivalue_line("markers", "needs(thing, reason): run only on builds that have it (see tests/sdk)")
    config.addinivalue_line("markers", "lacks(thing, reason): run only on builds that lack it (see tests/sdk)")


def pytest_runtest_setup(item):
    for marker in item.iter_markers():
        if marker.name not in ("needs", "lacks"):
            continue
        (thing,) = marker.args
        reason = marker.kwargs.get("reason", "")
        if not reason:
            raise pytest.UsageError(f"{item.nodeid}: @pytest.mark.{marker.name}({thing!r}) needs a reason")
        has = build_has(thing)
        if marker.name == "needs" and not has:
            pytest.skip(f"the ECE {ece_client.ECE_VERSION} build has no {thing}: {reason}")
        if marker.name == "lacks" and has:
            pytest.skip(f"the ECE {ece_client.ECE_VERSION} build has {thing}: {reason}")
