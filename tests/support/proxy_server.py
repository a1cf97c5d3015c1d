"""A forward HTTP proxy on 127.0.0.1 for tests: it records each request line as the client sent it
(absolute-form for http:// targets) and relays the request to its target, and the answer back."""

from __future__ import annotations

import http.client
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

from support.servers import BackgroundServer


class ForwardProxy(BackgroundServer):
    def __init__(self) -> None:
        self.request_lines: list[str] = []
        self.forwarded_headers: list[dict[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _relay(self) -> None:
                outer.request_lines.append(self.requestline)
                target = urlsplit(self.path)
                if target.scheme != "http" or not target.hostname:  # origin-form: not a proxy request
                    self.send_error(400, "proxy requests must use the absolute form")
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection", "connection")}
                outer.forwarded_headers.append({k.lower(): v for k, v in headers.items()})
                upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=10)
                path = target.path + (f"?{target.query}" if target.query else "")
                upstream.request(self.command, path, body=body, headers=headers)
                answer = upstream.getresponse()
                payload = answer.read()
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                upstream.close()

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _relay

        super().__init__(Handler)
