"""A fake ECE to test code that uses ece-client, without an ECE installation.

    from ece_client import ECE
    from ece_client.testing import FakeECE

    with FakeECE() as fake:
        with ECE(fake.url, api_key=fake.api_key, transport=fake.transport()) as ece:
            created = ece.deployments.create_deployment(body={...})

`FakeECE` keeps deployments, templates, allocators, instance configurations, stack versions,
API keys and users in memory and changes
them as ECE does: plans unfold step by step in time the test controls, errors are injected on
any route. It serves this build's ECE release: its operations, with bodies its models read.
With pytest, the fixtures ``fake_ece``, ``ece`` and ``async_ece`` come from the plugin
``ece_client.testing.pytest_plugin`` (registered by the package, loaded by pytest).
"""

from __future__ import annotations

from ._deployment import FakeDeployment
from ._fake import FakeECE, Fault
from ._plans import DEFAULT_STEPS, SHUTDOWN_STEPS, Plan, Step
from ._platform import UploadedFile
from ._wire import Reply, Request, error_reply

__all__ = [
    "DEFAULT_STEPS",
    "SHUTDOWN_STEPS",
    "FakeDeployment",
    "FakeECE",
    "Fault",
    "Plan",
    "Reply",
    "Request",
    "Step",
    "UploadedFile",
    "error_reply",
]
