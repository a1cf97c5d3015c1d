"""Transport options (issue 18): proxy=, http_client= (sync and async), limits=, trust_env= and with_options(),
against real servers on 127.0.0.1 (a scripted ECE, a forward proxy that checks what it forwards)."""

from __future__ import annotations

import httpx
import pytest
from ece_client import ECE, AsyncECE, RequestOptions
from ece_client._config import ConfigError
from ece_client.errors import ClientClosedError, ResponseTooLargeError, ServerError, TimeoutError
from support.proxy_server import ForwardProxy
from support.servers import Reply
from support.stream_server import StreamServer


@pytest.fixture
def no_proxy_environment(monkeypatch):
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "NO_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


def test_proxy_forwards_requests_in_absolute_form(local_server, no_proxy_environment):
    local_server.script(Reply(200, {"deployments": []}))
    with (
        ForwardProxy() as proxy,
        ECE(local_server.url, api_key="secret-key", proxy=proxy.url, check_version=False) as ece,
    ):
        ece.deployments.list_deployments()
    assert proxy.request_lines == [f"GET {local_server.url}/api/v1/deployments HTTP/1.1"]
    assert proxy.forwarded_headers[0]["authorization"] == "ApiKey secret-key"
    assert local_server.paths() == ["/api/v1/deployments"]  # it reached ECE through the proxy


def test_trust_env_false_ignores_proxy_variables(local_server, no_proxy_environment, monkeypatch):
    with ForwardProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with ECE(local_server.url, api_key="k", check_version=False) as ece:
            ece.request("GET", "/platform")
        assert len(proxy.request_lines) == 1  # the environment's proxy is used by default
        with ECE(local_server.url, api_key="k", check_version=False, trust_env=False) as ece:
            ece.request("GET", "/platform")
        assert len(proxy.request_lines) == 1  # and not with trust_env=False
    assert len(local_server.requests) == 2


def test_own_http_client_gets_auth_retries_and_is_not_closed(local_server, fast_retries):
    seen: list[str] = []
    local_server.script(Reply(503, {}), Reply(200, {"deployments": []}))
    mine = httpx.Client(headers={"X-Team": "infra"}, event_hooks={"request": [lambda r: seen.append(str(r.url))]})
    with ECE(local_server.url, api_key="secret-key", http_client=mine, check_version=False) as ece:
        assert ece.deployments.list_deployments().deployments == []
    assert not mine.is_closed  # the caller's to close
    assert seen == [f"{local_server.url}/api/v1/deployments"] * 2  # retried, through the caller's client and hooks
    first = local_server.requests[0].headers
    assert first["authorization"] == "ApiKey secret-key" and first["x-team"] == "infra"
    assert first["user-agent"].startswith("ece-client/")
    mine.get(f"{local_server.url}/still-usable")
    mine.close()


def test_own_http_client_refuses_conflicting_settings(local_server):
    with httpx.Client() as mine:
        for conflicting in ({"proxy": "http://127.0.0.1:3128"}, {"verify": False}, {"trust_env": False}):
            with pytest.raises(ConfigError, match="http_client= brings its own"):
                ECE(local_server.url, api_key="k", http_client=mine, **conflicting)
        with pytest.raises(ConfigError, match="httpx.AsyncClient"):
            AsyncECE(local_server.url, api_key="k", http_client=mine)
    with pytest.raises(ConfigError, match="limits must be httpx.Limits"):
        ECE(local_server.url, api_key="k", limits={"max_connections": 1})
    with pytest.raises(ConfigError, match="proxy must be"):
        ECE(local_server.url, api_key="k", proxy="ftp://127.0.0.1:21")


@pytest.mark.anyio
async def test_own_async_http_client(local_server, no_proxy_environment):
    local_server.script(Reply(200, {"deployments": []}))
    async with httpx.AsyncClient() as mine:
        async with AsyncECE(local_server.url, api_key="secret-key", http_client=mine, check_version=False) as ece:
            await ece.deployments.list_deployments()
        assert not mine.is_closed  # the caller's to close
    assert local_server.requests[0].headers["authorization"] == "ApiKey secret-key"
    assert local_server.paths() == ["/api/v1/deployments"]


@pytest.mark.needs("deployments.download_deployment_instance_heap_dump", reason="a download holds the connection")
def test_connection_limits_are_applied():
    """With one connection allowed, a second call waits for the pool while a download holds the connection."""
    with StreamServer(size=4 << 20) as server:
        ece = ECE(server.url, api_key="k", check_version=False, limits=httpx.Limits(max_connections=1))
        with ece, ece.deployments.with_streaming_response.download_deployment_instance_heap_dump("d", "e", "r", "i"):
            with pytest.raises(TimeoutError) as caught:
                ece.request(
                    "GET", "/platform", options=RequestOptions(timeout=httpx.Timeout(5, pool=0.2), max_retries=0)
                )
            assert caught.value.phase == "pool"


def test_with_options_shares_the_pool_with_other_settings(local_server):
    local_server.script(Reply(503, {}), Reply(503, {}), then=Reply(200, {}))
    ece = ECE(local_server.url, api_key="k", check_version=False, max_retries=5)
    quick = ece.with_options(timeout=3, max_retries=0, headers={"X-Request-Source": "batch"})
    assert quick._http is ece._http  # one connection pool
    assert quick.timeout.read == 3 and quick.max_retries == 0 and ece.max_retries == 5
    with pytest.raises(ServerError):
        quick.request("GET", "/platform")  # no retry
    assert local_server.requests[0].headers["x-request-source"] == "batch"
    quick.close()  # leaves the shared pool open
    ece.request("GET", "/platform")  # retried past the second 503 on the parent's policy
    assert "x-request-source" not in local_server.requests[-1].headers
    other = ece.with_options(max_retries=1)
    ece.close()  # the pool's owner: its copies end with it
    with pytest.raises(ClientClosedError):
        other.request("GET", "/platform")
    with pytest.raises(ClientClosedError):
        ece.with_options(max_retries=1)


@pytest.mark.anyio
async def test_async_with_options_shares_the_pool(local_server):
    async with AsyncECE(local_server.url, api_key="k", check_version=False) as ece:
        await ece.request("GET", "/platform")
        derived = ece.with_options(headers={"X-Request-Source": "batch"}, max_retries=0)
        await derived.request("GET", "/platform")
        assert derived._http is ece._http
        await derived.aclose()
        await ece.request("GET", "/platform")
    assert [r.headers.get("x-request-source") for r in local_server.requests] == [None, "batch", None]


def test_factories_take_the_transport_and_body_options(local_server, monkeypatch, tmp_path, no_proxy_environment):
    """from_env() and from_ecctl_profile() take the same typed options as the constructors."""
    local_server.handler = lambda request: Reply(200, {"deployments": []})
    monkeypatch.setenv("EC_HOST", local_server.url)
    monkeypatch.setenv("EC_API_KEY", "env-key")
    with ECE.from_env(max_body_size=5, check_version=False) as ece, pytest.raises(ResponseTooLargeError):
        ece.deployments.list_deployments()
    profile = tmp_path / ".ecctl" / "config.json"
    profile.parent.mkdir()
    profile.write_text(f'{{"host": "{local_server.url}", "api_key": "profile-key"}}')
    monkeypatch.setenv("HOME", str(tmp_path))
    with ForwardProxy() as proxy:
        with ECE.from_ecctl_profile(
            proxy=proxy.url, limits=httpx.Limits(max_connections=2), check_version=False
        ) as ece:
            ece.request("GET", "/platform")
    assert proxy.request_lines == [f"GET {local_server.url}/api/v1/platform HTTP/1.1"]
    assert proxy.forwarded_headers[0]["authorization"] == "ApiKey profile-key"
    with pytest.raises(ConfigError, match="max_body_size"):
        ECE.from_env(max_body_size=-1)
    with httpx.Client() as mine, pytest.raises(ConfigError, match="http_client= brings its own"):
        ECE.from_env(http_client=mine, proxy="http://127.0.0.1:3128")
