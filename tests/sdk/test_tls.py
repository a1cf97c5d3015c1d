"""TLS against a real HTTPS server on 127.0.0.1 with a self-signed CA, as ECE coordinators have."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from ece_client import ECE
from ece_client.errors import ConnectionError, ECEWarning

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")


def _openssl(*args: str, cwd) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    """A CA, a server certificate for 127.0.0.1 and a client certificate, all signed by the CA."""
    d = tmp_path_factory.mktemp("pki")
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=test-ca",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        cwd=d,
    )
    (d / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    for name in ("server", "client"):
        _openssl(
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            f"/CN={name}",
            "-keyout",
            f"{name}.key",
            "-out",
            f"{name}.csr",
            cwd=d,
        )
        _openssl(
            "x509",
            "-req",
            "-in",
            f"{name}.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "san.ext",
            "-out",
            f"{name}.pem",
            cwd=d,
        )
    return d


def _https_server(pki, require_client_cert: bool):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = b'{"id": "tls", "name": "secure"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki / "server.pem", pki / "server.key")
    if require_client_cert:
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(pki / "ca.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, f"https://127.0.0.1:{server.server_address[1]}"


def test_self_signed_server_is_refused_by_default_and_trusted_with_ca_certs(pki):
    server, url = _https_server(pki, require_client_cert=False)
    try:
        with ECE(url, api_key="k", check_version=False, max_retries=0) as ece:
            with pytest.raises(ConnectionError, match="TLS certificate verification failed .*pass ca_certs="):
                ece.deployments.get_deployment("tls")
        with ECE(url, api_key="k", check_version=False, ca_certs=str(pki / "ca.pem")) as ece:
            assert ece.deployments.get_deployment("tls").name == "secure"
        with pytest.warns(ECEWarning, match=r"verification is off \(verify=False\)"):
            insecure = ECE(url, api_key="k", check_version=False, verify=False)
        with insecure as ece:
            assert ece.deployments.get_deployment("tls").name == "secure"
    finally:
        server.shutdown()


def test_client_certificate_for_mutual_tls(pki):
    server, url = _https_server(pki, require_client_cert=True)
    try:
        with ECE(url, api_key="k", check_version=False, ca_certs=str(pki / "ca.pem"), max_retries=0) as ece:
            with pytest.raises(ConnectionError):
                ece.deployments.get_deployment("tls")
        with ECE(
            url,
            api_key="k",
            check_version=False,
            ca_certs=str(pki / "ca.pem"),
            client_cert=str(pki / "client.pem"),
            client_key=str(pki / "client.key"),
        ) as ece:
            assert ece.deployments.get_deployment("tls").id == "tls"
    finally:
        server.shutdown()


def test_plain_http_to_a_tls_port_hints_at_https(pki):
    server, url = _https_server(pki, require_client_cert=False)
    plain = url.replace("https://", "http://")
    try:
        with ECE(plain, api_key="k", check_version=False, max_retries=0) as ece:
            with pytest.raises(ConnectionError) as caught:
                ece.deployments.get_deployment("tls")
    finally:
        server.shutdown()
    assert f"is the server https? use {url}" in str(caught.value)
    assert caught.value.url == f"{plain}/api/v1/deployments/tls"


def test_tls_failures_fail_at_once_with_what_to_do(pki, caplog):
    server, url = _https_server(pki, require_client_cert=True)
    try:
        with caplog.at_level("WARNING", logger="ece_client"):
            with ECE(url, api_key="k", check_version=False, max_retries=2) as ece:
                with pytest.raises(ConnectionError, match="pass ca_certs=.*SSL_CERT_FILE") as verify:
                    ece.deployments.get_deployment("tls")
            with ECE(url, api_key="k", check_version=False, max_retries=2, ca_certs=str(pki / "ca.pem")) as ece:
                with pytest.raises(ConnectionError, match="client_cert= and client_key=") as refused:
                    ece.deployments.get_deployment("tls")
        assert not [r for r in caplog.records if "retry" in r.getMessage()]  # nothing another try could fix
        assert verify.value.url == f"{url}/api/v1/deployments/tls"
        assert refused.value.method == "GET"
    finally:
        server.shutdown()


def test_ssl_cert_file_and_ssl_cert_dir_are_honoured(pki, tmp_path, monkeypatch):
    server, url = _https_server(pki, require_client_cert=False)
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(pki / "ca.pem"))
        with ECE(url, api_key="k", check_version=False) as ece:
            assert ece.deployments.get_deployment("tls").name == "secure"
        monkeypatch.delenv("SSL_CERT_FILE")
        subject_hash = subprocess.run(
            ["openssl", "x509", "-hash", "-noout", "-in", str(pki / "ca.pem")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        shutil.copy(pki / "ca.pem", tmp_path / f"{subject_hash}.0")
        monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
        with ECE(url, api_key="k", check_version=False) as ece:
            assert ece.deployments.get_deployment("tls").name == "secure"
    finally:
        server.shutdown()


def test_from_env_and_profiles_name_a_ca_bundle(pki, tmp_path, monkeypatch):
    server, url = _https_server(pki, require_client_cert=False)
    try:
        for name in ("EC_USER", "EC_PASS", "EC_TIMEOUT", "EC_INSECURE", "SSL_CERT_FILE", "SSL_CERT_DIR"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("EC_HOST", url)
        monkeypatch.setenv("EC_API_KEY", "k")
        monkeypatch.setenv("EC_CA_CERTS", str(pki / "ca.pem"))
        with ECE.from_env(check_version=False) as ece:
            assert ece.deployments.get_deployment("tls").name == "secure"
        monkeypatch.setenv("HOME", str(tmp_path))
        (tmp_path / ".ecctl").mkdir()
        shutil.copy(pki / "ca.pem", tmp_path / ".ecctl" / "ece-ca.pem")
        (tmp_path / ".ecctl" / "config.json").write_text(
            f'{{"host": "{url}", "api_key": "k", "ca_certs": "ece-ca.pem"}}'
        )
        with ECE.from_ecctl_profile(check_version=False) as ece:  # ca_certs relative to the profile's folder
            assert ece.deployments.get_deployment("tls").name == "secure"
    finally:
        server.shutdown()
