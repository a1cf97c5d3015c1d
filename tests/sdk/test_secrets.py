"""Secrets never appear in a log record, a repr or an exception message: each path a secret can take
(credentials, API key replies, tokens, PEM bodies, profiles, host URLs, headers) against a local server."""

from __future__ import annotations

import json
import logging
import pickle

import pytest
from ece_client import ECE, APIResponse, RequestOptions
from ece_client._config import ConfigError, settings_from_profile
from ece_client._redact import MAX_DEPTH, redact, redact_body, redact_text
from ece_client.errors import AuthenticationError, ECEError, ResponseDecodeError
from ece_client.models import CreateApiKeyRequest
from support.servers import Reply

API_KEY = "SECRET-api-key-0123456789"
NEW_KEY = "SECRET-new-key-9876543210"
PASSWORD = "SECRET-pass-word-42"
TOKEN = "SECRET-token-abcdef"
PRIVATE_KEY = "SECRETPRIVATEKEYMATERIAL"
PEM = (
    "-----BEGIN CERTIFICATE-----\nMIIBcertificate\n-----END CERTIFICATE-----\n"
    f"-----BEGIN PRIVATE KEY-----\n{PRIVATE_KEY}\n-----END PRIVATE KEY-----\n"
)
SECRETS = (API_KEY, NEW_KEY, PASSWORD, TOKEN, PRIVATE_KEY, "SECRET")


class _Everything(logging.Handler):
    """Every log record of every logger (the SDK's, httpx's, httpcore's), formatted as a handler would."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(f"{record.name} {record.getMessage()} {record.args!r} {record.exc_text or ''}")


@pytest.fixture
def all_logs():
    handler = _Everything()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    sdk = logging.getLogger("ece_client")
    old_sdk_level = sdk.level
    sdk.setLevel(logging.DEBUG)
    try:
        yield handler.texts
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        sdk.setLevel(old_sdk_level)


def assert_no_secret(*texts: object) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in str(text), f"{secret!r} leaked in {str(text)[:300]!r}"


def messages_of(error: BaseException) -> list[str]:
    """What a user sees of an error: str, repr, the chain a traceback prints, and the pickled form's."""
    seen: list[str] = []
    current: BaseException | None = error
    while current is not None:
        seen += [str(current), repr(current), repr(getattr(current, "args", ""))]
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    seen.append(str(pickle.loads(pickle.dumps(error))))
    return seen


def test_secrets_through_every_path_reach_no_log_repr_or_message(local_server, all_logs, tmp_path):
    seen: list[object] = []
    key_replies = [
        Reply(201, {"id": "k1", "description": "ci", "creation_date": "2024-01-01T00:00:00Z", "key": NEW_KEY}),
        Reply(201, {"id": "k1", "description": "ci", "creation_date": "2024-01-01T00:00:00Z", "key": NEW_KEY}),
        Reply(201, '{"id": "k1", "key": "' + NEW_KEY + '", "descr', {"Content-Type": "application/json"}),  # cut short
        Reply(201, {"id": "k1", "key": {"wrong": NEW_KEY}}),  # the wrong shape
    ]

    def handler(request):
        path = request.raw_path
        if path.startswith("/api/v1/users/auth/keys"):
            return key_replies.pop(0)
        if path.startswith("/api/v1/platform/configuration/security/tls"):
            return Reply(202, {"chain": [PEM]})
        if path.startswith("/api/v1/denied"):
            return Reply(400, {"errors": [{"code": "x", "message": "bad"}], "password": PASSWORD})
        return Reply(200, {"id": "a"})

    local_server.handler = handler
    # A key read from a file keeps its newline: it is stripped, and works.
    with ECE(local_server.url, api_key=API_KEY + "\n", check_version=False, max_retries=0) as ece:
        seen.append(repr(ece))
        reply = ece.authentication.create_api_key(body=CreateApiKeyRequest(description="ci"))
        assert reply.key == NEW_KEY
        seen += [repr(reply), str(reply.to_dict().keys())]
        raw = ece.authentication.with_raw_response.create_api_key(body=CreateApiKeyRequest(description="ci"))
        seen.append(repr(raw))
        chain = ece.platform_configuration_security.set_tls_certificate("ui", body=PEM)
        seen.append(repr(chain))
        with pytest.raises(ResponseDecodeError) as decode:
            ece.authentication.create_api_key(body=CreateApiKeyRequest(description="ci"))
        with pytest.raises(ResponseDecodeError) as decode_model:
            _ = ece.authentication.create_api_key(body=CreateApiKeyRequest(description="ci")).key
        seen.append(repr(RequestOptions(headers={"Authorization": f"ApiKey {API_KEY}", "X-Api-Key": API_KEY})))
    assert local_server.requests[0].headers["authorization"] == f"ApiKey {API_KEY}"
    assert json.loads(local_server.requests[2].body) == PEM  # the PEM was sent, as a JSON string
    for caught in (decode, decode_model):
        seen += messages_of(caught.value)
    assert_no_secret(*seen, *all_logs)
    assert any("ece_client" in text and "response headers" in text for text in all_logs)  # DEBUG bodies were logged


def test_api_error_bodies_are_redacted_in_messages(local_server):
    local_server.script(Reply(400, {"token": TOKEN, "password": PASSWORD, "note": "x" * 10}))
    with ECE(local_server.url, api_key=API_KEY, check_version=False) as ece, pytest.raises(ECEError) as caught:
        ece.deployments.get_deployment("a")
    assert_no_secret(*messages_of(caught.value), caught.value.body_preview)
    assert "***" in str(caught.value)


def test_credentials_echoed_in_server_error_messages_are_redacted(local_server):
    local_server.script(
        Reply(400, {"errors": [{"code": "root.invalid", "message": "bad key ApiKey sekrit-APIKEY-123456"}]}),
        Reply(400, "rejected: password=hunter2-pw token: SECRET-tok", {"Content-Type": "text/plain"}),
        Reply(400, {"errors": [{"message": f"key {API_KEY} is revoked"}]}),  # the client's own key, bare
    )
    with ECE(local_server.url, api_key=API_KEY, check_version=False, max_retries=0) as ece:
        caught = []
        for _ in range(3):
            with pytest.raises(ECEError) as error:
                ece.deployments.get_deployment("a")
            caught.append(error.value)
    echoed, text_body, own_key = caught
    assert str(echoed) == "HTTP 400: GET /api/v1/deployments/a [root.invalid] bad key ApiKey ***"
    assert echoed.errors[0].message == "bad key ApiKey ***"
    assert "password=***" in str(text_body) and "hunter2" not in str(text_body) + repr(text_body)
    assert "key *** is revoked" in str(own_key)
    assert_no_secret(*(text for error in caught for text in messages_of(error)))


@pytest.mark.parametrize("bad", ["SECRET\x00key", "SECRET\rkey", "SECRET\nkey", "SECRET\x7fkey"])
def test_credentials_with_control_characters_are_refused_without_echo(local_server, bad):
    for settings in ({"api_key": bad}, {"username": "admin", "password": bad}):
        with pytest.raises(ConfigError, match="control character") as caught:
            ECE(local_server.url, **settings)
        assert_no_secret(*messages_of(caught.value))
    assert local_server.requests == []


def test_surrounding_whitespace_of_credentials_is_stripped(local_server):
    local_server.script(Reply(200, {"token": "t0k"}), Reply(200, {"id": "a"}))
    with ECE(local_server.url, username=" admin\n", password=PASSWORD + "\r\n", check_version=False) as ece:
        ece.deployments.get_deployment("a")
    assert json.loads(local_server.requests[0].body) == {"username": "admin", "password": PASSWORD}


def test_a_server_token_with_cr_lf_is_refused_without_echo(local_server):
    local_server.script(Reply(200, {"token": TOKEN + "\r\nX-Injected: 1"}))
    with ECE(local_server.url, username="admin", password=PASSWORD, check_version=False, max_retries=0) as ece:
        with pytest.raises(ResponseDecodeError, match="control character") as caught:
            ece.deployments.get_deployment("a")
    assert_no_secret(*messages_of(caught.value))
    assert len(local_server.requests) == 1  # the token was never sent


def test_a_truncated_login_reply_keeps_the_token_out_of_the_error(local_server):
    local_server.script(Reply(200, '{"token": "' + TOKEN + '", "session_exp', {"Content-Type": "application/json"}))
    with ECE(local_server.url, username="admin", password=PASSWORD, check_version=False) as ece:
        with pytest.raises(ResponseDecodeError) as caught:
            ece.deployments.get_deployment("a")
    assert_no_secret(*messages_of(caught.value), caught.value.body)


def test_credentials_in_the_host_url_are_refused_without_echo(local_server, all_logs):
    url = local_server.url.replace("http://", f"http://admin:{PASSWORD}@")
    with pytest.raises(ConfigError, match="must not contain credentials") as caught:
        ECE(url, api_key=API_KEY)
    with pytest.raises(ConfigError) as bad_scheme:
        ECE(f"ftp://admin:{PASSWORD}@ece", api_key=API_KEY)
    assert_no_secret(*messages_of(caught.value), *messages_of(bad_scheme.value), *all_logs)
    assert local_server.requests == []


def test_yaml_profile_syntax_error_does_not_quote_the_password(tmp_path, monkeypatch):
    try:
        import yaml  # noqa: F401
    except ImportError:  # PyYAML is optional: a stand-in whose error quotes the line, as PyYAML's does
        import sys
        import types

        fake = types.ModuleType("yaml")

        class YAMLError(Exception):
            problem_mark = types.SimpleNamespace(line=2, column=7)

        def safe_load(text):
            raise YAMLError(f"while scanning a quoted scalar\n  in line 3: {text.splitlines()[2]}")

        fake.YAMLError, fake.safe_load = YAMLError, safe_load  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "yaml", fake)
    (tmp_path / "config.yaml").write_text(f'host: https://ece\nuser: admin\npass: "{PASSWORD}\n  : [\n')
    with pytest.raises(ConfigError, match=r"config.yaml: not valid YAML at line") as caught:
        settings_from_profile("config", tmp_path)
    assert_no_secret(*messages_of(caught.value))


def test_request_refuses_absolute_urls_of_other_hosts(local_server):
    with ECE(local_server.url, api_key=API_KEY, check_version=False) as ece:
        for url in (
            "https://attacker.example/steal",
            "//attacker.example/x",
            local_server.url.replace("127.0.0.1", "localhost"),
        ):
            with pytest.raises(ValueError, match="takes a path under /api/v1"):
                ece.request("GET", url)
        assert ece.request("GET", local_server.url + "/api/v1/platform").status_code == 200  # same host: fine
        assert ece.request("GET", "/platform").status_code == 200
    assert local_server.paths() == ["/api/v1/platform", "/api/v1/platform"]


def test_wrong_password_error_names_no_secret(local_server):
    local_server.handler = lambda request: Reply(401, {"errors": [{"code": "root.unauthenticated", "message": "no"}]})
    with (
        ECE(local_server.url, username="admin", password=PASSWORD) as ece,
        pytest.raises(AuthenticationError) as caught,
    ):
        ece.deployments.get_deployment("a")
    assert_no_secret(*messages_of(caught.value))


def test_redaction_policy():
    data = {
        "key": NEW_KEY,
        "tags": [{"key": "env", "value": "prod"}],  # a key/value pair: the tag's name is not a secret
        "api_key_id": "visible",
        "nested": {
            "elasticsearch_password": PASSWORD,
            "secret_token": TOKEN,
            "keystore_contents": {"a": {"value": "x"}},
        },
        "cert": PEM,
    }
    redacted = redact(data)
    assert_no_secret(json.dumps(redacted))
    assert redacted["tags"] == [{"key": "env", "value": "prod"}]
    assert redacted["api_key_id"] == "visible"
    assert "<certificate redacted>" in redacted["cert"] and "<private key redacted>" in redacted["cert"]
    assert_no_secret(redact_text(f"Authorization: Bearer {TOKEN}; ApiKey {API_KEY}; http://u:{PASSWORD}@h/"))
    assert redact_text(f"password={PASSWORD}, client_secret: '{TOKEN}' /x?api_key={API_KEY}&a=1") == (
        "password=***, client_secret: *** /x?api_key=***&a=1"
    )
    assert (
        redact_text("time: 12:00, deployment_id=abc, url=https://h/")
        == "time: 12:00, deployment_id=abc, url=https://h/"
    )
    assert_no_secret(redact_body(json.dumps(PEM).encode()))  # a JSON string body
    assert_no_secret(redact_body(b'{"password": "' + PASSWORD.encode() + b'", "cut'))  # JSON cut short


def test_redaction_depth_is_bounded():
    deep: object = PASSWORD
    for _ in range(50_000):
        deep = {"a": deep}
    assert json.dumps(redact(deep)).count("{") == MAX_DEPTH
    text = redact_body(("[" * 100_000 + "]" * 100_000).encode())
    assert isinstance(text, str)


def test_api_response_repr_redacts_plain_data():
    response = APIResponse(200, None, {"token": TOKEN, "id": "a"}, None)  # type: ignore[arg-type]
    assert_no_secret(repr(response))
    assert "'id': 'a'" in repr(response)
