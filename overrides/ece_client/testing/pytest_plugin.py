"""pytest fixtures for testing code that uses ece-client against `FakeECE`.

Registered as a pytest plugin by the ece-client package (entry point ``pytest11``), so a test
only names what it needs:

    def test_my_automation(fake_ece, ece):
        fake_ece.add_deployment("web")
        assert [d.name for d in ece.deployments.iter_search()] == ["web"]

- ``fake_ece``: a fresh `FakeECE` per test, serving on 127.0.0.1 (override this fixture to
  configure it: more allocators, a shorter token lifetime, ...);
- ``ece``: an ``ECE`` client of it (API key, over HTTP), closed after the test;
- ``async_ece``: an ``AsyncECE`` client of it; an async fixture, so it needs an async test
  runner (anyio's pytest plugin, or pytest-asyncio).

The clients skip the version check: the fake is always this build's release.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .._async_client import AsyncECE
    from .._client import ECE
    from ._fake import FakeECE


@pytest.fixture
def fake_ece() -> Iterator[FakeECE]:
    """A fake ECE of this build's release, serving on 127.0.0.1 for the test's duration."""
    from ._fake import FakeECE  # imported when a test asks for it: pytest's start stays quick

    with FakeECE() as fake:
        yield fake


@pytest.fixture
def ece(fake_ece: FakeECE) -> Iterator[ECE]:
    """A sync client of ``fake_ece`` (its API key, no version check)."""
    from .. import ECE

    client = ECE(fake_ece.url, api_key=fake_ece.api_key, check_version=False)
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
async def async_ece(fake_ece: FakeECE) -> AsyncIterator[AsyncECE]:
    """An asyncio client of ``fake_ece`` (its API key, no version check)."""
    from .. import AsyncECE

    client = AsyncECE(fake_ece.url, api_key=fake_ece.api_key, check_version=False)
    try:
        yield client
    finally:
        await client.aclose()
