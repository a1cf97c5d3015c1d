"""Connection settings from ecctl's environment variables and profiles."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from ece_client import ECE
from ece_client._config import ConfigError, parse_duration, settings_from_env, settings_from_profile
from ece_client.errors import ECEWarning
from support.servers import Reply


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30.0), ("1m30s", 90.0), ("500ms", 0.5), ("2h", 7200.0), ("1.5s", 1.5), ("45", 45.0), (10, 10.0)],
)
def test_go_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "30 seconds", "1x", "s", "1m30"])
def test_bad_durations_are_config_errors(text):
    with pytest.raises(ConfigError, match="not a duration"):
        parse_duration(text)


def test_settings_from_ecctl_environment_variables():
    env = {"EC_HOST": "https://ece:12443", "EC_API_KEY": "k", "EC_INSECURE": "true", "EC_TIMEOUT": "1m"}
    assert settings_from_env(env) == {"host": "https://ece:12443", "api_key": "k", "verify": False, "timeout": 60.0}
    env = {"EC_HOST": "ece:12443", "EC_USER": "admin", "EC_PASS": "pw"}
    assert settings_from_env(env) == {"host": "ece:12443", "username": "admin", "password": "pw"}


def test_from_env_builds_a_client_and_arguments_override(monkeypatch):
    monkeypatch.setenv("EC_HOST", "ece.example:12443")
    monkeypatch.setenv("EC_API_KEY", "env-key")
    monkeypatch.setenv("EC_TIMEOUT", "5s")
    with ECE.from_env(check_version=False) as ece:
        assert ece.base_url == "https://ece.example:12443/api/v1"
        assert ece.timeout == httpx.Timeout(5.0)
        assert "env-key" not in repr(ece)
    with ECE.from_env(host="https://other:1", check_version=False) as ece:
        assert ece.base_url == "https://other:1/api/v1"


def test_a_credential_given_replaces_the_other_kind_from_the_environment(monkeypatch, local_server):
    # README: keyword arguments override the environment; before, api_key= with EC_USER/EC_PASS set
    # raised "pass either api_key or username and password, not both".
    local_server.script(Reply(200, {"id": "a"}), Reply(200, {"token": "t0ken"}), Reply(200, {"id": "a"}))
    monkeypatch.setenv("EC_HOST", local_server.url)
    monkeypatch.setenv("EC_USER", "env-user")
    monkeypatch.setenv("EC_PASS", "env-pass")
    with ECE.from_env(api_key="k2", check_version=False) as ece:
        ece.deployments.get_deployment("a")
    assert local_server.requests[0].headers["authorization"] == "ApiKey k2"
    monkeypatch.delenv("EC_USER")
    monkeypatch.delenv("EC_PASS")
    monkeypatch.setenv("EC_API_KEY", "env-key")
    with ECE.from_env(username="admin", password="pw", check_version=False) as ece:
        ece.deployments.get_deployment("a")
    login, call = local_server.requests[1:]
    assert login.raw_path.endswith("/users/auth/_login") and json.loads(login.body) == {
        "username": "admin",
        "password": "pw",
    }
    assert call.headers["authorization"] == "Bearer t0ken"


def test_a_credential_given_replaces_the_other_kind_from_the_profile(tmp_path, monkeypatch, local_server):
    local_server.script(Reply(200, {"id": "a"}))
    (tmp_path / ".ecctl").mkdir()
    (tmp_path / ".ecctl" / "config.json").write_text(json.dumps({"host": local_server.url, "user": "u", "pass": "p"}))
    monkeypatch.setattr("pathlib.Path.home", lambda: tmp_path)
    with ECE.from_ecctl_profile(api_key="k2", check_version=False) as ece:
        assert repr(ece).endswith("auth=api_key)")
        ece.deployments.get_deployment("a")
    assert local_server.requests[0].headers["authorization"] == "ApiKey k2"


def test_from_ecctl_profile_json(tmp_path, monkeypatch):
    folder = tmp_path / ".ecctl"
    folder.mkdir()
    (folder / "prod.json").write_text(
        json.dumps(
            {"host": "https://ece.prod:12443", "user": "admin", "pass": "pw", "insecure": True, "timeout": "30s"}
        )
    )
    monkeypatch.setattr("pathlib.Path.home", lambda: tmp_path)
    assert settings_from_profile("prod") == {
        "host": "https://ece.prod:12443",
        "username": "admin",
        "password": "pw",
        "verify": False,
        "timeout": 30.0,
    }
    monkeypatch.setenv("EC_HOST", "https://from-env:1")  # the file overrides nothing else, and env does not override it
    monkeypatch.setattr("ece_client._client._insecure_warned", False)
    with (
        pytest.warns(ECEWarning, match="verify=False"),
        ECE.from_ecctl_profile("prod", check_version=False, timeout=3) as ece,
    ):
        assert ece.base_url == "https://ece.prod:12443/api/v1"
        assert ece.timeout == httpx.Timeout(3.0)
        assert repr(ece) == "ECE(host='https://ece.prod:12443/api/v1', auth=login as 'admin')"


def test_profile_errors_are_clear(tmp_path):
    with pytest.raises(ConfigError, match="cannot read ecctl profile"):
        settings_from_profile("missing", tmp_path)
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(ConfigError, match="not valid JSON"):
        settings_from_profile("bad", tmp_path)
    (tmp_path / "list.json").write_text("[]")
    with pytest.raises(ConfigError, match="expected a mapping"):
        settings_from_profile("list", tmp_path)


def test_yaml_profile(tmp_path):
    (tmp_path / "config.yaml").write_text("host: https://ece.yaml:12443\napi_key: k\ntimeout: 10s\n")
    try:
        import yaml  # noqa: F401
    except ImportError:
        with pytest.raises(ConfigError, match=r"install ece-client\[yaml\]"):
            settings_from_profile("config", tmp_path)
    else:
        assert settings_from_profile("config", tmp_path) == {
            "host": "https://ece.yaml:12443",
            "api_key": "k",
            "timeout": 10.0,
        }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "host is required"),
        ({"host": "ftp://ece", "api_key": "k"}, "http"),
        ({"host": "https://ece", "api_key": "k", "username": "u", "password": "p"}, "not both"),
        ({"host": "https://ece", "username": "u"}, "go together"),
        ({"host": "https://ece", "api_key": "k", "ca_certs": "/nonexistent/ca.pem"}, "cannot load CA bundle"),
        ({"host": "https://ece", "api_key": "k", "client_cert": "/nonexistent/c.pem"}, "no such file"),
        ({"host": "https://ece"}, "credentials are required"),
    ],
)
def test_invalid_settings_are_config_errors(kwargs, message):
    with pytest.raises(ConfigError, match=message):
        ECE(**kwargs)


def test_verify_false_warns_once(caplog, monkeypatch):
    monkeypatch.setattr("ece_client._client._insecure_warned", False)
    with caplog.at_level(logging.WARNING, logger="ece_client"), pytest.warns(ECEWarning) as seen:
        ECE("https://a", api_key="k", verify=False, check_version=False).close()
        ECE("https://b", api_key="k", verify=False, check_version=False).close()
    # Users see it (the ece_client logger has no handler of its own), once, pointing at their code.
    assert [str(w.message) for w in seen] == [
        "TLS certificate verification is off (verify=False): use ca_certs= for a self-signed ECE"
    ]
    assert seen[0].filename == __file__ and issubclass(ECEWarning, UserWarning)
    assert [r.getMessage() for r in caplog.records].count(
        "TLS certificate verification is off (verify=False): use ca_certs= for a self-signed ECE"
    ) == 1


def test_host_normalisation():
    for host, base in [
        ("ece.example:12443", "https://ece.example:12443/api/v1"),
        ("https://ece.example:12443/", "https://ece.example:12443/api/v1"),
        ("https://ece.example:12443/api/v1", "https://ece.example:12443/api/v1"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/api/v1"),
    ]:
        with ECE(host, api_key="k", check_version=False) as ece:
            assert ece.base_url == base


def test_a_closed_client_says_so(local_server):
    from ece_client.errors import ECEError

    ece = ECE(local_server.url, api_key="k", check_version=False)
    ece.deployments.get_deployment("a")
    ece.close()
    with pytest.raises(ECEError, match="ECE is closed"):
        ece.deployments.get_deployment("a")


def test_an_unreadable_ca_bundle_is_a_config_error_on_first_use(tmp_path):
    bundle = tmp_path / "ca.pem"
    bundle.write_text("this is not a certificate")
    with ECE("https://ece.example", api_key="k", ca_certs=str(bundle), check_version=False) as ece:
        with pytest.raises(ConfigError, match="cannot load CA bundle"):
            ece.deployments.get_deployment("a")
