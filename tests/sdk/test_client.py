"""The client users hold, against a real HTTP server on 127.0.0.1: typed methods, errors, retries,
timeouts, raw responses, path safety, configuration and the server version check."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from ece_client import ECE, ECE_VERSION, AsyncECE, RequestOptions
from ece_client.errors import (
    APIError,
    AuthenticationError,
    ConflictError,
    ECEWarning,
    ElevatedPermissionsRequiredError,
    NotFoundError,
    ResponseDecodeError,
    ServerError,
)
from ece_client.models import (
    ApiKeyResponse,
    CreateApiKeyRequest,
    DeploymentCreateRequest,
    DeploymentGetResponse,
    DeploymentResourceCrudResponse,
    DeploymentsListResponse,
)
from support.build import another_series_release
from support.paths import RECORDED, ROOT
from support.servers import Reply

API_KEY = "s3cr3t-api-key-value"
DEPLOYMENT_BODY = (RECORDED / "responses" / "sdk_deployment_get_integrations_server.json").read_bytes()


@pytest.fixture
def scripted_ece(local_server, fast_retries):
    """A client of the scripted server (`local_server.script(...)` says what it answers)."""
    client = ECE(local_server.url, api_key=API_KEY, check_version=False)
    yield client
    client.close()


def test_typed_method_sends_api_key_and_parses_model(scripted_ece, local_server):
    local_server.script(Reply(200, DEPLOYMENT_BODY, {"Content-Type": "application/json"}))
    deployment = scripted_ece.deployments.get_deployment("61042f21dbfb4a2c87627998bded9e04")
    assert isinstance(deployment, DeploymentGetResponse)
    assert deployment.resources.elasticsearch[0].ref_id
    assert deployment.to_dict() == json.loads(DEPLOYMENT_BODY)
    request = local_server.requests[0]
    assert request.raw_path == "/api/v1/deployments/61042f21dbfb4a2c87627998bded9e04"
    assert request.headers["authorization"] == f"ApiKey {API_KEY}"
    assert request.headers["user-agent"].startswith("ece-client/")


def test_query_parameters_with_spec_defaults_are_not_sent_unless_passed(scripted_ece, local_server):
    scripted_ece.deployments.get_deployment("abc")
    scripted_ece.deployments.get_deployment("abc", show_plans=False, show_system_alerts=3)
    assert local_server.paths() == [
        "/api/v1/deployments/abc",
        "/api/v1/deployments/abc?show_plans=false&show_system_alerts=3",
    ]


@pytest.mark.parametrize(
    ("deployment_id", "encoded"),
    [
        ("a/b", "a%2Fb"),
        ("..", "%2E%2E"),
        ("a?b=c", "a%3Fb%3Dc"),
        ("a#b", "a%23b"),
        ("100%", "100%25"),
        ("a b", "a%20b"),
        ("dé/ploy", "d%C3%A9%2Fploy"),
    ],
)
def test_path_parameters_keep_the_path_structure(scripted_ece, local_server, deployment_id, encoded):
    scripted_ece.deployments.get_deployment(deployment_id)
    assert local_server.paths() == [f"/api/v1/deployments/{encoded}"]


def test_list_path_parameters_are_comma_joined(scripted_ece, local_server):
    scripted_ece.deployments.stop_deployment_resource_instances("d1", "elasticsearch", "main", ["i-0", "i/1"])
    assert local_server.paths()[0].startswith("/api/v1/deployments/d1/elasticsearch/main/instances/i-0,i%2F1/_stop")


def test_request_body_model_is_sent_as_its_json(scripted_ece, local_server):
    local_server.script(Reply(201, {"id": "new", "name": "n", "resources": [], "created": True}))
    body = DeploymentCreateRequest.from_dict({"name": "n", "resources": {"elasticsearch": []}, "x_unknown": 1})
    created = scripted_ece.deployments.create_deployment(body=body, validate_only=True)
    request = local_server.requests[0]
    assert request.method == "POST"
    assert request.raw_path == "/api/v1/deployments?validate_only=true"
    assert json.loads(request.body) == {"name": "n", "resources": {"elasticsearch": []}, "x_unknown": 1}
    assert request.headers["content-type"] == "application/json"
    assert created.id == "new"


def test_not_found_raises_typed_error_with_codes(scripted_ece, local_server):
    local_server.script(
        Reply(
            404,
            {"errors": [{"code": "deployments.deployment_not_found", "message": "Deployment not found", "fields": []}]},
            {"x-cloud-error-codes": "deployments.deployment_not_found"},
        )
    )
    with pytest.raises(NotFoundError) as caught:
        scripted_ece.deployments.get_deployment("nope")
    error = caught.value
    assert error.status_code == 404
    assert error.codes == ("deployments.deployment_not_found",)
    assert error.errors[0].message == "Deployment not found"
    assert (error.method, error.path) == ("GET", "/api/v1/deployments/nope")
    assert (
        str(error) == "HTTP 404: GET /api/v1/deployments/nope [deployments.deployment_not_found] Deployment not found"
    )
    assert API_KEY not in str(error) and API_KEY not in repr(error)


@pytest.mark.parametrize(
    ("status", "error_type"),
    [(401, AuthenticationError), (409, ConflictError), (449, ElevatedPermissionsRequiredError), (418, APIError)],
)
def test_each_error_status_has_its_type(scripted_ece, local_server, status, error_type):
    local_server.script(Reply(status, {"errors": [{"code": "x.y", "message": "m"}]}))
    with pytest.raises(error_type) as caught:
        scripted_ece.deployments.get_deployment("a")
    assert caught.value.codes == ("x.y",)


def test_429_with_retry_after_is_retried_after_the_servers_delay(scripted_ece, local_server, monkeypatch):
    waits = []
    monkeypatch.setattr("ece_client._client.time.sleep", waits.append)
    local_server.script(Reply(429, {"errors": []}, {"Retry-After": "1"}))
    scripted_ece.deployments.get_deployment("a")
    assert len(local_server.requests) == 2
    assert waits == [1.0]


def test_429_then_200_really_waits_on_the_wire(scripted_ece, local_server):
    local_server.script(Reply(429, {"errors": []}, {"Retry-After": "1"}))
    assert scripted_ece.deployments.get_deployment("a") is not None
    assert len(local_server.requests) == 2


def test_503_twice_then_200_succeeds(scripted_ece, local_server):
    local_server.script(Reply(503, "busy"), Reply(503, "busy"))
    scripted_ece.deployments.get_deployment("a")
    assert len(local_server.requests) == 3


def test_retries_are_bounded_and_end_in_server_error(scripted_ece, local_server):
    local_server.script(then=Reply(503, "busy"))
    with pytest.raises(ServerError) as caught:
        scripted_ece.deployments.get_deployment("a")
    assert caught.value.status_code == 503
    assert len(local_server.requests) == 3  # the call and max_retries=2


def test_max_retries_per_call(scripted_ece, local_server):
    local_server.script(then=Reply(503, "busy"))
    with pytest.raises(ServerError):
        scripted_ece.deployments.get_deployment("a", request_options=RequestOptions(max_retries=0))
    assert len(local_server.requests) == 1


def test_post_is_not_retried_on_503_unless_the_caller_opts_in(scripted_ece, local_server):
    local_server.script(Reply(503, "busy"))
    with pytest.raises(ServerError):
        scripted_ece.deployments.create_deployment(body=DeploymentCreateRequest(resources={}))
    assert len(local_server.requests) == 1
    local_server.requests.clear()
    local_server.script(Reply(503, "busy"), then=Reply(201, {"id": "x"}))
    scripted_ece.deployments.create_deployment(
        body=DeploymentCreateRequest(resources={}), request_options=RequestOptions(retry_non_idempotent=True)
    )
    assert len(local_server.requests) == 2


def test_html_502_page_raises_server_error_with_status(scripted_ece, local_server):
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    local_server.script(then=Reply(502, page, {"Content-Type": "text/html"}))
    with pytest.raises(ServerError) as caught:
        scripted_ece.deployments.get_deployment("a", request_options=RequestOptions(max_retries=0))
    assert caught.value.status_code == 502
    assert "502 Bad Gateway" in str(caught.value)


def test_html_on_success_status_raises_response_decode_error(scripted_ece, local_server):
    local_server.script(Reply(200, "<html>login page</html>", {"Content-Type": "text/html"}))
    with pytest.raises(ResponseDecodeError) as caught:
        scripted_ece.deployments.get_deployment("a")
    assert caught.value.status_code == 200
    assert caught.value.body.startswith(b"<html>")


def test_truncated_json_raises_response_decode_error(scripted_ece, local_server):
    local_server.script(Reply(200, DEPLOYMENT_BODY[:500], {"Content-Type": "application/json"}))
    with pytest.raises(ResponseDecodeError, match="not JSON"):
        scripted_ece.deployments.get_deployment("a")


def test_a_list_where_an_object_is_due_raises_response_decode_error(scripted_ece, local_server):
    local_server.script(Reply(200, [1, 2]))
    with pytest.raises(ResponseDecodeError, match="expected a DeploymentGetResponse object"):
        scripted_ece.deployments.get_deployment("a")


def test_raw_response_gives_status_headers_and_parsed_body(scripted_ece, local_server):
    local_server.script(
        Reply(200, {"deployments": []}, {"x-cloud-resource-version": "17", "x-cloud-resource-created": "2024-01-01"})
    )
    response = scripted_ece.deployments.with_raw_response.list_deployments()
    assert response.status_code == 200
    assert response.resource_version == "17"
    assert isinstance(response.parsed, DeploymentsListResponse)
    assert response.http_response.request.method == "GET"


def test_raw_responses_are_the_operations_only_and_say_what_they_return(scripted_ece):
    raw = scripted_ece.deployments.with_raw_response
    assert raw.get_deployment.__annotations__["return"] == "APIResponse[DeploymentGetResponse]"
    assert "APIResponse[DeploymentGetResponse]" in raw.get_deployment.__doc__
    for helper in ("iter_search", "wait_for_plans", "track_plans", "with_raw_response"):
        assert not hasattr(raw, helper)
    assert scripted_ece.deployments is scripted_ece.deployments  # a group is made once per client


def test_the_readme_raw_response_example_runs(scripted_ece, local_server):
    """README's optimistic-concurrency example, run as written against a server answering as ECE does."""
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("### Raw responses") :]
    code = section[section.index("```python\n") + 10 : section.index("```\n", section.index("```python") + 10)]
    role = {"id": "coordinator", "auto_blessed": True, "containers": [{"name": "zookeeper"}]}
    aggregate = {
        "id": "coordinator",
        "role": {
            "value": role,
            "meta": {"created_time": "2024-01-01T00:00:00Z", "modified_time": "2024-01-01T00:00:00Z", "version": "7"},
        },
    }
    local_server.script(Reply(200, aggregate, {"x-cloud-resource-version": "7"}), Reply(200, aggregate))
    exec(compile(code, "README.md", "exec"), {"ece": scripted_ece})
    get, put = local_server.requests[-2:]
    assert (get.method, put.method) == ("GET", "PUT")
    assert put.raw_path == "/api/v1/platform/infrastructure/blueprinter/roles/coordinator?version=7"
    assert json.loads(put.body) == {**role, "auto_blessed": False}  # a Role, not the aggregate


def test_timeout_and_headers_per_call(scripted_ece, local_server):
    scripted_ece.deployments.get_deployment("a", request_options=RequestOptions(headers={"X-Trace": "t1"}, timeout=5))
    assert local_server.requests[0].headers["x-trace"] == "t1"


def test_repr_hides_credentials():
    client = ECE("https://ece.example:12443", api_key=API_KEY, check_version=False)
    assert API_KEY not in repr(client)
    assert repr(client) == "ECE(host='https://ece.example:12443/api/v1', auth=api_key)"
    client.close()


def test_connections_are_reused(scripted_ece, local_server):
    for _ in range(3):
        scripted_ece.deployments.get_deployment("a")
    assert len(local_server.requests) == 3
    assert len(scripted_ece._http._transport._pool.connections) == 1


def test_server_version_mismatch_logs_one_warning(local_server, caplog, monkeypatch):
    monkeypatch.setattr("ece_client._client._warned_versions", set())
    other = another_series_release()
    series = ".".join(other.split(".")[:2])
    server = f"{series}.9"  # a patch release the lock need not know
    local_server.handler = lambda request: (
        Reply(200, {"version": server}) if request.raw_path == "/api/v1/platform" else Reply(200, {})
    )
    with caplog.at_level(logging.WARNING, logger="ece_client"), pytest.warns(ECEWarning) as seen:
        with ECE(local_server.url, api_key=API_KEY) as client:
            client.deployments.get_deployment("a")
            client.deployments.get_deployment("b")
            assert client.server_version() == server
        with ECE(local_server.url, api_key=API_KEY) as client:  # a second client: logged, not warned again
            client.deployments.get_deployment("a")
    assert [str(w.message) for w in seen] == warnings_logged(caplog)[:1] and seen[0].filename == __file__
    warnings = warnings_logged(caplog)[:1]
    assert len(warnings_logged(caplog)) == 2
    assert warnings == [
        f"this ece-client speaks ECE {ECE_VERSION}, the server runs ECE {server}: install the matching SDK with "
        f'`pip install "ece-client=={series}.*"`'
    ]
    assert local_server.paths().count("/api/v1/platform") == 3  # the check once per client, and the explicit call


def warnings_logged(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if "server runs ECE" in r.getMessage()]


def test_version_check_never_fails_a_call(local_server):
    local_server.handler = lambda request: (
        Reply(500, "down") if request.raw_path == "/api/v1/platform" else Reply(200, {"id": "a"})
    )
    with ECE(local_server.url, api_key=API_KEY, max_retries=0) as client:
        assert client.deployments.get_deployment("a").id == "a"


def _platform_busy(request):
    return Reply(503, "busy") if request.raw_path == "/api/v1/platform" else Reply(200, {"id": "a"})


def test_version_check_is_one_request_without_retries(local_server):
    """The check is a best-effort look: a retryable status on it is not retried (the client's
    max_retries is for the user's calls), and the user's call still succeeds."""
    local_server.handler = _platform_busy
    with ECE(local_server.url, api_key=API_KEY, max_retries=2) as client:
        assert client.deployments.get_deployment("a").id == "a"
        assert client.deployments.get_deployment("a").id == "a"
    assert local_server.paths().count("/api/v1/platform") == 1


@pytest.mark.anyio
async def test_async_version_check_is_one_request_without_retries(local_server):
    local_server.handler = _platform_busy
    async with AsyncECE(local_server.url, api_key=API_KEY, max_retries=2) as client:
        assert (await client.deployments.get_deployment("a")).id == "a"
    assert local_server.paths().count("/api/v1/platform") == 1


def test_version_check_can_be_disabled(scripted_ece, local_server):
    scripted_ece.deployments.get_deployment("a")
    assert "/api/v1/platform" not in local_server.paths()


def test_mock_transport_works_too():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"id": "m", "name": "n", "healthy": True, "resources": {}})

    with ECE("https://ece.test", api_key=API_KEY, check_version=False, transport=httpx.MockTransport(handler)) as c:
        assert c.deployments.get_deployment("m").name == "n"


@pytest.mark.anyio
async def test_async_client_calls_retries_and_raises(local_server, fast_retries):
    local_server.script(
        Reply(503, "busy"),
        Reply(200, DEPLOYMENT_BODY, {"Content-Type": "application/json"}),
        Reply(404, {"errors": [{"code": "deployments.deployment_not_found", "message": "gone"}]}),
    )
    async with AsyncECE(local_server.url, api_key=API_KEY, check_version=False) as client:
        deployment = await client.deployments.get_deployment("x")
        assert deployment.to_dict() == json.loads(DEPLOYMENT_BODY)
        with pytest.raises(NotFoundError) as caught:
            await client.deployments.get_deployment("y")
    assert caught.value.codes == ("deployments.deployment_not_found",)
    assert len(local_server.requests) == 3


@pytest.mark.anyio
async def test_async_raw_response_and_version_check(local_server, caplog, monkeypatch):
    monkeypatch.setattr("ece_client._client._warned_versions", set())
    other = another_series_release()
    local_server.handler = lambda request: (
        Reply(200, {"version": other}) if request.raw_path == "/api/v1/platform" else Reply(200, {"deployments": []})
    )
    with caplog.at_level(logging.WARNING, logger="ece_client"), pytest.warns(ECEWarning, match=other) as seen:
        async with AsyncECE(local_server.url, api_key=API_KEY) as client:
            response = await client.deployments.with_raw_response.list_deployments()
    assert seen[0].filename == __file__
    assert response.status_code == 200
    series = ".".join(other.split(".")[:2])
    assert any(f"ece-client=={series}.*" in r.getMessage() for r in caplog.records)


def test_wrong_password_makes_one_login_attempt_even_with_the_version_check(local_server):
    local_server.handler = lambda request: Reply(401, {"errors": [{"code": "root.unauthenticated", "message": "no"}]})
    with ECE(local_server.url, username="admin", password="wrong-pass") as client:
        with pytest.raises(AuthenticationError) as caught:
            client.deployments.get_deployment("a")
    assert local_server.paths() == ["/api/v1/users/auth/_login"]
    assert "wrong-pass" not in str(caught.value)


def test_ece_client_log_env_var_logs_requests_with_secrets_redacted(local_server):
    import subprocess
    import sys

    local_server.script(Reply(200, {"id": "a", "token": "response-secret-token"}))
    script = (
        "from ece_client import ECE\n"
        f"ece = ECE({local_server.url!r}, api_key={API_KEY!r}, check_version=False)\n"
        "ece.deployments.get_deployment('a')\n"
        "print(repr(ece))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env={"ECE_CLIENT_LOG": "debug", "PATH": ""}
    )
    assert run.returncode == 0, run.stderr
    assert "request: GET http://127.0.0.1" in run.stderr
    assert "-> 200" in run.stderr
    assert "'authorization': '***'" in run.stderr
    assert API_KEY not in run.stderr + run.stdout
    assert "response-secret-token" not in run.stderr


def test_a_search_post_only_reads_so_it_is_retried_like_a_get(scripted_ece, local_server):
    from ece_client.models import SearchRequest

    local_server.script(Reply(503, "busy"), then=Reply(200, {"deployments": [], "match_count": 0, "return_count": 0}))
    result = scripted_ece.deployments.search_deployments(body=SearchRequest(size=10))
    assert result.match_count == 0
    assert len(local_server.requests) == 2


def test_proxy_passthrough_sends_json_or_ndjson_and_keeps_the_proxied_path(scripted_ece, local_server):
    local_server.script(Reply(200, {"took": 1, "errors": False}), Reply(200, {"hits": {"total": 0}}))
    bulk = '{"index": {"_index": "logs"}}\n{"message": "hi"}\n'
    result = scripted_ece.deployments.post_deployment_resource_proxy_requests(
        "d1", "elasticsearch", "main", "logs/_bulk", body=bulk, x_management_request="true"
    )
    assert result["took"] == 1  # any JSON the proxied service answers is kept
    scripted_ece.deployments.post_deployment_resource_proxy_requests(
        "d1", "elasticsearch", "main", "/logs/_search", body={"query": {"match_all": {}}}, x_management_request="true"
    )
    first, second = local_server.requests
    assert first.raw_path == "/api/v1/deployments/d1/elasticsearch/main/proxy/logs/_bulk"
    assert first.headers["content-type"] == "application/x-ndjson"
    assert first.body.decode() == bulk
    assert first.headers["x-management-request"] == "true"
    assert second.raw_path == "/api/v1/deployments/d1/elasticsearch/main/proxy/logs/_search"
    assert second.headers["content-type"] == "application/json"
    assert json.loads(second.body) == {"query": {"match_all": {}}}


def test_downloads_return_the_bytes(scripted_ece, local_server):
    payload = b"PK\x03\x04" + bytes(range(256)) * 4
    local_server.script(Reply(200, payload, {"Content-Type": "application/octet-stream"}))
    dump = scripted_ece.deployments.download_deployment_instance_heap_dump("d1", "elasticsearch", "main", "instance-0")
    assert dump == payload
    assert local_server.paths() == [
        "/api/v1/deployments/d1/elasticsearch/main/instances/instance-0/heap_dump/_download"
    ]


def test_an_undocumented_success_status_decodes_as_the_documented_success(scripted_ece, local_server):
    # The method is typed to return the documented model: another 2xx must not hand back a raw dict
    # (whose repr would show an API key unredacted) or None.
    local_server.script(Reply(200, {"id": "k1", "key": "SECRET-key-material-123", "description": "x"}))
    created = scripted_ece.authentication.create_api_key(body=CreateApiKeyRequest(description="x"))  # documented: 201
    assert isinstance(created, ApiKeyResponse) and created.key == "SECRET-key-material-123"
    assert "SECRET" not in repr(created)
    local_server.script(Reply(202, {"accepted": True}))
    response = scripted_ece.deployments.with_raw_response.delete_deployment_stateless_resource("d1", "kibana", "main")
    assert response.status_code == 202 and isinstance(response.parsed, DeploymentResourceCrudResponse)
    assert response.parsed.to_dict() == {"accepted": True}


def test_an_undocumented_empty_success_where_a_model_is_promised_raises(scripted_ece, local_server):
    # Before, a 204 returned None from a method typed to return a DeploymentGetResponse.
    local_server.script(Reply(204, b""))
    with pytest.raises(ResponseDecodeError, match=r"get_deployment: HTTP 204 .*empty body") as caught:
        scripted_ece.deployments.get_deployment("d1")
    assert caught.value.status_code == 204
