"""TLS against a real HTTPS server on 127.0.0.1 with a self-signed CA, as ECE coordinators have."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from ece_client import ECE
from ece_client.errors import ConnectionError

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
        with ECE(url, api_key="k", check_version=False, verify=False) as ece:
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
