"""When something goes wrong, against a local server: no 3xx success, caller input refused before
sending, any server body ending in a typed error, and errors that say what to do."""

from __future__ import annotations

import builtins
import json
import logging
import socket
import warnings

import httpx
import pytest
from ece_client import ECE, ECE_VERSION, RequestOptions
from ece_client._config import ConfigError
from ece_client.errors import (
    AuthenticationError,
    ConnectionError,
    RedirectError,
    ResponseDecodeError,
    TimeoutError,
)
from support.servers import Reply

API_KEY = "k-123"


@pytest.fixture
def ece(local_server):
    with ECE(local_server.url, api_key=API_KEY, check_version=False, max_retries=2) as client:
        yield client


# --- 2. Non-2xx is never success ---


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_an_error_naming_the_location(ece, local_server, status):
    local_server.script(Reply(status, "<html>moved</html>", {"Location": "https://elsewhere.example/api/v1"}))
    with pytest.raises(RedirectError, match="redirected to https://elsewhere.example/api/v1") as caught:
        ece.deployments.shutdown_deployment("d1")
    assert caught.value.status_code == status
    assert caught.value.location == "https://elsewhere.example/api/v1"
    assert local_server.paths() == ["/api/v1/deployments/d1/_shutdown"]  # not followed, not retried


def test_a_redirected_get_does_not_return_the_redirect_page(ece, local_server):
    local_server.script(Reply(301, {"id": "the-redirect-page"}, {"Location": "/elsewhere"}))
    with pytest.raises(RedirectError):
        ece.deployments.get_deployment("d1")


def test_a_redirect_the_operation_documents_is_its_answer(ece, local_server):
    local_server.script(Reply(302, {}, {"Location": "https://idp.example/sso"}))
    response = ece.authentication.with_raw_response.saml_init(state="s")
    assert (response.status_code, response.http_response.headers["location"]) == (302, "https://idp.example/sso")


# --- 3. Bad input from the caller is refused before sending ---


@pytest.mark.parametrize("value", ["", None, "  ", "\t\n"])
def test_empty_or_none_path_parameters_raise_naming_the_parameter(ece, local_server, value):
    with pytest.raises(ValueError, match="deployment_id"):
        ece.deployments.get_deployment(value)
    with pytest.raises(ValueError, match="deployment_id"):
        ece.deployments.delete_deployment(value)
    with pytest.raises(ValueError, match="ref_id"):
        ece.deployments.get_deployment_resource_proxy_requests(
            "d1", "elasticsearch", value, "_cat", x_management_request="1"
        )
    assert local_server.requests == []


def test_a_model_body_given_as_text_or_none_is_refused_before_sending(ece, local_server):
    # JSON text would be encoded a second time (a JSON string), None would send `null`.
    with pytest.raises(TypeError, match=r"body must be a CreateApiKeyRequest .*got a str.*from_dict"):
        ece.authentication.create_api_key(body='{"description":"x"}')
    with pytest.raises(TypeError, match="body must be a CreateApiKeyRequest .*got None"):
        ece.authentication.create_api_key(body=None)
    with pytest.raises(TypeError, match="body must be a DeploymentCreateRequest"):  # an operation every release has
        ece.deployments.create_deployment(body=None)
    assert local_server.requests == []


@pytest.mark.parametrize("method", ["get", "delete", "put", "post"])
def test_proxy_passthrough_works_without_a_body(ece, local_server, method):
    operation = getattr(ece.deployments, f"{method}_deployment_resource_proxy_requests")
    operation("d1", "elasticsearch", "main-elasticsearch", "_cluster/health", x_management_request="true")
    (request,) = local_server.requests
    assert request.method == method.upper()
    assert request.raw_path == "/api/v1/deployments/d1/elasticsearch/main-elasticsearch/proxy/_cluster/health"
    assert request.body == b""


def test_a_merge_patch_given_as_json_text_is_sent_as_that_json(ece, local_server):
    local_server.handler = lambda request: Reply(200, {"user_name": "u"})
    ece.users.update_user("u", body='{"full_name": "New Name"}')
    ece.users.update_current_user(body={"email": "a@b.c"})
    ece.platform_infrastructure.update_proxies_settings(body=b'{"expected_proxies_count": 3}')
    bodies = [json.loads(request.body) for request in local_server.requests]
    assert bodies == [{"full_name": "New Name"}, {"email": "a@b.c"}, {"expected_proxies_count": 3}]
    with pytest.raises(ValueError, match="not JSON"):
        ece.users.update_user("u", body="full_name=New")
    assert len(local_server.requests) == 3


# --- 4. Bad input from the server ---


def test_deeply_nested_json_is_a_decode_error(ece, local_server, caplog):
    deep = "[" * 100_000 + "]" * 100_000
    local_server.handler = lambda request: Reply(200, deep, {"Content-Type": "application/json"})
    caplog.set_level(logging.DEBUG, logger="ece_client")  # the DEBUG redaction reads the body too
    with pytest.raises(ResponseDecodeError, match="nested too deeply"):
        ece.deployments.get_deployment("d1")
    with pytest.raises(ResponseDecodeError):
        ece.deployments.get_deployment_resource_proxy_requests(
            "d1", "elasticsearch", "r", "_x", x_management_request="1"
        )


def test_a_deep_but_decodable_body_reads_and_logs(ece, local_server, caplog):
    deep = '{"id": "d1", "metadata": ' + "[" * 500 + "]" * 500 + "}"
    local_server.handler = lambda request: Reply(200, deep, {"Content-Type": "application/json"})
    caplog.set_level(logging.DEBUG, logger="ece_client")
    deployment = ece.deployments.get_deployment("d1")
    assert deployment.id == "d1"
    assert repr(deployment).startswith("DeploymentGetResponse(")


def test_nan_is_refused_on_reading_and_on_sending(ece, local_server):
    local_server.script(Reply(200, '{"id": "d1", "healthy": NaN}', {"Content-Type": "application/json"}))
    with pytest.raises(ResponseDecodeError, match="NaN"):
        ece.deployments.get_deployment("d1")
    with pytest.raises(ValueError, match="NaN and Infinity are not JSON"):
        ece.users.update_user("u", body={"ratio": float("nan")})
    assert len(local_server.requests) == 1


# --- 6. Errors a user can act on ---


def test_connection_errors_name_the_request_and_are_builtin_connection_errors():
    with socket.socket() as sock:  # a port with nothing listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with ECE(f"http://127.0.0.1:{port}", api_key=API_KEY, check_version=False, max_retries=0) as client:
        with pytest.raises(builtins.ConnectionError) as caught:
            client.deployments.get_deployment("d1")
    error = caught.value
    assert isinstance(error, ConnectionError)
    assert error.method == "GET"
    assert error.url == f"http://127.0.0.1:{port}/api/v1/deployments/d1"
    assert error.url in str(error)


def test_timeout_errors_say_which_timeout_and_how_to_change_it(local_server):
    local_server.script(Reply(200, {"id": "d1"}, delay=1.0))
    with ECE(local_server.url, api_key=API_KEY, check_version=False, max_retries=0, timeout=0.2) as client:
        with pytest.raises(builtins.TimeoutError) as caught:
            client.deployments.get_deployment("d1")
    error = caught.value
    assert isinstance(error, TimeoutError) and isinstance(error, ConnectionError)
    assert (error.phase, error.timeout, error.method) == ("read", 0.2, "GET")
    assert "read timeout (0.2s)" in str(error) and "timeout=" in str(error)
    assert error.url is not None and error.url.endswith("/api/v1/deployments/d1")


def test_an_unresolvable_host_fails_at_once_with_advice():
    calls = []

    def handler(request):
        calls.append(request)
        try:
            raise socket.gaierror(-2, "Name or service not known")
        except socket.gaierror as exc:
            raise httpx.ConnectError("[Errno -2] Name or service not known", request=request) from exc

    with ECE("https://ece.invalid", api_key=API_KEY, check_version=False, transport=httpx.MockTransport(handler)) as c:
        with pytest.raises(ConnectionError, match="cannot resolve the host name 'ece.invalid'"):
            c.deployments.get_deployment("d1")
    assert len(calls) == 1  # not retried


def test_an_invalid_header_value_fails_at_once_without_echo(ece, local_server, caplog):
    options = RequestOptions(headers={"X-Token": "secret-value\nInjected: 1"})
    with caplog.at_level(logging.WARNING, logger="ece_client"):
        with pytest.raises(ConnectionError, match="cannot be sent as given") as caught:
            ece.deployments.get_deployment("d1", request_options=options)
    assert "secret-value" not in str(caught.value)
    assert not [r for r in caplog.records if "retry" in r.getMessage()]
    assert local_server.requests == []


def test_a_bad_credential_is_reported_on_the_users_call(local_server):
    local_server.handler = lambda request: Reply(401, {"errors": [{"code": "root.unauthenticated", "message": "no"}]})
    with ECE(local_server.url, api_key=API_KEY) as client:  # the version check is on
        with pytest.raises(AuthenticationError) as caught:
            client.deployments.get_deployment("d1")
    assert caught.value.path == "/api/v1/deployments/d1"
    assert local_server.paths() == ["/api/v1/deployments/d1"]


def test_the_version_check_follows_the_first_call(local_server):
    local_server.handler = lambda request: Reply(
        200, {"version": ECE_VERSION} if request.raw_path == "/api/v1/platform" else {"id": "d1"}
    )
    with ECE(local_server.url, api_key=API_KEY) as client:
        client.deployments.get_deployment("d1")
        client.deployments.get_deployment("d1")
    assert local_server.paths() == ["/api/v1/deployments/d1", "/api/v1/platform", "/api/v1/deployments/d1"]


def test_missing_credentials_raise_at_construction(local_server):
    with pytest.raises(ConfigError, match="credentials are required"):
        ECE(local_server.url)
    assert local_server.requests == []


def test_from_env_errors_name_the_variable(monkeypatch):
    for name in ("EC_HOST", "EC_API_KEY", "EC_USER", "EC_PASS", "EC_TIMEOUT", "EC_INSECURE", "EC_CA_CERTS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("EC_API_KEY", API_KEY)
    with pytest.raises(ConfigError, match="EC_HOST"):
        ECE.from_env()
    monkeypatch.setenv("EC_HOST", "https://ece.example")
    monkeypatch.setenv("EC_TIMEOUT", "soon")
    with pytest.raises(ConfigError, match="EC_TIMEOUT: not a duration"):
        ECE.from_env()
    monkeypatch.setenv("EC_TIMEOUT", "30s")
    monkeypatch.setenv("EC_CA_CERTS", "/nonexistent/ca.pem")
    with pytest.raises(ConfigError, match="EC_CA_CERTS: no such CA bundle file"):
        ECE.from_env()
    monkeypatch.delenv("EC_API_KEY")
    monkeypatch.delenv("EC_CA_CERTS")
    with pytest.raises(ConfigError, match="EC_API_KEY"):
        ECE.from_env()


def test_profile_errors_name_the_file_and_key_and_unknown_keys_warn(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    folder = tmp_path / ".ecctl"
    folder.mkdir()
    profile = folder / "config.json"
    profile.write_text(
        json.dumps({"host": "https://ece.example", "apikey": API_KEY, "password": "p", "output": "json"})
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(
            ConfigError, match=r"credentials are required: ecctl profile .*config.json has no `api_key`"
        ):
            ECE.from_ecctl_profile()
    texts = [str(w.message) for w in caught]
    assert any("unknown key 'apikey' is ignored: did you mean 'api_key'?" in t for t in texts)
    assert any("unknown key 'password' is ignored: did you mean 'pass'?" in t for t in texts)
    assert not any("'output'" in t for t in texts)  # ecctl's own keys are known
    profile.write_text(json.dumps({"host": "https://ece.example", "api_key": API_KEY, "timeout": "soon"}))
    with pytest.raises(ConfigError, match=r"config.json: timeout: not a duration"):
        ECE.from_ecctl_profile()


def test_timeout_accepts_a_duration_and_refuses_nonsense():
    with ECE("https://ece.example", api_key=API_KEY, timeout="30s", check_version=False) as client:
        assert client.timeout.read == 30.0
    for bad in ("soon", [1], 0, -1, float("nan"), "nan", float("inf"), "inf"):
        with pytest.raises(ConfigError, match="timeout"):
            ECE("https://ece.example", api_key=API_KEY, timeout=bad)


def test_the_sdk_logger_has_a_null_handler():
    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("ece_client").handlers)
