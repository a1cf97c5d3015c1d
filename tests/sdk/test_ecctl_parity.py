"""docs/ecctl.md answers every ecctl command with an SDK call that this build has (sync and asyncio)."""

from __future__ import annotations

import re

from ece_client import ECE, AsyncECE
from support.paths import ROOT

PAGE = (ROOT / "docs" / "ecctl.md").read_text()
ROWS = [line for line in PAGE.splitlines() if line.startswith("| `")]
# The ecctl command tree (top-level words of each command the table must answer).
COMMANDS = [
    "auth key create", "auth key list", "auth key show", "auth key delete", "comment create",
    "deployment create", "deployment delete", "deployment list", "deployment search", "deployment show",
    "deployment show --generate-update-payload", "deployment update", "deployment shutdown",
    "deployment restore", "deployment resync", "deployment plan cancel", "deployment resource start",
    "deployment resource upgrade", "deployment resource restore", "deployment resource shutdown",
    "deployment resource delete", "deployment resource start-maintenance", "deployment template create",
    "deployment extension create", "deployment traffic-filter create", "deployment traffic-filter association create",
    "deployment elasticsearch keystore show", "platform allocator list", "platform allocator search",
    "platform allocator show", "platform allocator vacate", "platform allocator maintenance",
    "platform allocator metadata set", "platform constructor list", "platform constructor maintenance",
    "platform constructor resync", "platform enrollment-token create", "platform info",
    "platform instance-configuration create", "platform instance-configuration delete",
    "platform instance-configuration list", "platform instance-configuration pull",
    "platform instance-configuration show", "platform instance-configuration update", "platform proxy list",
    "platform proxy filtered-group create", "platform proxy settings show", "platform repository create",
    "platform role create", "platform runner list", "platform runner search", "platform runner show",
    "platform runner resync", "stack list", "stack show", "stack upload", "stack delete", "user create",
    "user key list",
]  # fmt: skip


def test_every_command_has_a_row_with_an_sdk_call():
    for command in COMMANDS:
        head = command.rsplit(" ", 1)
        matching = [row for row in ROWS if f"`{command}`" in row or (f"`{head[0]} " in row and f"`{head[1]}`" in row)]
        assert matching, command
        assert all("reference/api/" in row for row in matching), matching
    assert "planned" not in PAGE


def test_every_call_named_exists_on_both_clients():
    calls = set(re.findall(r"reference/api/(\w+)\.md#(\w+)", PAGE))
    assert len(calls) > 100
    ece = ECE("https://ece.example", api_key="k", check_version=False)
    aece = AsyncECE("https://ece.example", api_key="k", check_version=False)
    try:
        for group, method in calls:
            for client in (ece, aece):
                group_class = type(getattr(client, group))
                assert callable(getattr(group_class, method, None)), f"{type(client).__name__}.{group}.{method}"
    finally:
        ece.close()
