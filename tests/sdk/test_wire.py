"""The bytes a call puts on the wire are those of httpx given the generated request as it is
(a path relative to base_url, query parameters even when empty): the client only spares httpx
the work of parsing the URL twice, it changes nothing that is sent."""

from __future__ import annotations

from urllib.parse import quote

import anyio
import httpx
import pytest
from ece_client import ECE, AsyncECE
from ece_client._client import USER_AGENT
from ece_client._endpoint import path_param
from ece_client.models import DeploymentCreateRequest
from hypothesis import given, settings
from hypothesis import strategies as st

API_KEY = "wire-test-key"

# (SDK call, the same request as the generated module describes it to httpx)
CALLS = [
    (
        lambda ece: ece.deployments.get_deployment("abc"),
        {"method": "GET", "url": "/deployments/abc", "params": {}},
    ),
    (
        lambda ece: ece.deployments.get_deployment("a/b c", show_plans=False, show_system_alerts=3),
        {"method": "GET", "url": "/deployments/a%2Fb%20c", "params": {"show_plans": False, "show_system_alerts": 3}},
    ),
    (
        lambda ece: ece.deployments.create_deployment(
            body=DeploymentCreateRequest(name="n", resources={}), validate_only=True
        ),
        {
            "method": "POST",
            "url": "/deployments",
            "params": {"validate_only": True},
            "json": DeploymentCreateRequest(name="n", resources={}).to_dict(),  # keys in the release's order
            "headers": {"Content-Type": "application/json"},
        },
    ),
    (
        lambda ece: ece.request("GET", "/platform"),
        {"method": "GET", "url": "/platform"},
    ),
]


def raw_client(base: str) -> httpx.Client:
    return httpx.Client(
        base_url=base + "/api/v1",
        headers={"User-Agent": USER_AGENT, "Accept": "application/json", "Authorization": f"ApiKey {API_KEY}"},
        follow_redirects=False,
    )


def recorded(server) -> list[tuple]:
    return [(r.method, r.raw_path, sorted(r.headers.items()), r.body) for r in server.requests]


@pytest.mark.parametrize("prefix", ["", "/behind/a/proxy"])
def test_sync_calls_send_exactly_what_httpx_sends_for_the_generated_request(local_server, prefix):
    with ECE(local_server.url + prefix, api_key=API_KEY, check_version=False) as ece:
        for call, _ in CALLS:
            call(ece)
    sent = recorded(local_server)
    local_server.requests.clear()
    with raw_client(local_server.url + prefix) as raw:
        for _, kwargs in CALLS:
            raw.request(**kwargs)
    assert sent == recorded(local_server)
    assert [path for _, path, _, _ in sent][
        1
    ] == f"{prefix}/api/v1/deployments/a%2Fb%20c?show_plans=false&show_system_alerts=3"


def test_async_calls_send_the_same_bytes_as_sync_ones(local_server):
    async def main() -> None:
        async with AsyncECE(local_server.url, api_key=API_KEY, check_version=False) as ece:
            await ece.deployments.get_deployment("a/b c", show_plans=False, show_system_alerts=3)
            await ece.deployments.get_deployment("abc")

    anyio.run(main)
    sent = recorded(local_server)
    local_server.requests.clear()
    with raw_client(local_server.url) as raw:
        raw.request(**CALLS[1][1])
        raw.request(**CALLS[0][1])
    assert sent == recorded(local_server)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(min_size=1).filter(str.strip),
        st.from_regex(r"[A-Za-z0-9_.~-]{1,12}", fullmatch=True),
        st.sampled_from([".", ".."]),
    )
)
def test_path_parameters_encode_as_percent_encoding_says(value):
    """Any non-blank value is one percent-encoded segment (blank values are refused: test_errors)."""
    expected = quote(value, safe="")
    if expected in (".", ".."):
        expected = expected.replace(".", "%2E")
    assert path_param(value) == expected
