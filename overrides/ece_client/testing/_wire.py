"""How the fake ECE meets its callers: a real HTTP server on 127.0.0.1 (stdlib ``http.server``)
and httpx transports that call the fake in-process, both handing a `Request` to one handler."""

from __future__ import annotations

import json
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx


@dataclass
class Request:
    """A request the fake received: ``raw_path`` is the request target as sent (path and query)."""

    method: str
    raw_path: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        """The path without the query string."""
        return self.raw_path.split("?", 1)[0]

    def json(self) -> Any:
        """The body decoded as JSON (None if empty)."""
        return json.loads(self.body) if self.body else None


@dataclass
class Reply:
    """What the fake answers: a status and a JSON (or raw) body, or a dropped connection.

    ``reset`` drops the connection without an answer (the caller sees a connection error);
    ``delay`` is the seconds the answer takes.
    """

    status: int = 200
    body: bytes | str | dict[str, Any] | list[Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    reset: bool = False
    delay: float = 0.0

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if isinstance(self.body, (dict, list)):
            headers.setdefault("Content-Type", "application/json")
            return json.dumps(self.body).encode(), headers
        if isinstance(self.body, str):
            return self.body.encode(), headers
        return self.body or b"", headers


Handler = Callable[[Request], Reply]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many callers may connect at once

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A caller that hangs up (a timeout, a cancelled task) is ordinary: only other errors are shown."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class LoopbackServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 (a free port) answering every request with ``handler``."""

    def __init__(self, handler: Handler) -> None:
        serve = handler

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:  # a test's output stays quiet
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {name.lower(): value for name, value in self.headers.items()}
                reply = serve(Request(self.command, self.path, headers, body))
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.reset:
                    linger = struct.pack("ii", 1, 0)  # close with a TCP reset, as a crashed proxy does
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                    self.connection.close()
                    self.close_connection = True
                    return
                payload, reply_headers = reply.encoded()
                self.send_response(reply.status)
                for name, value in reply_headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _serve

        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def _request(request: httpx.Request) -> Request:
    raw_path = request.url.raw_path.decode("ascii")
    return Request(request.method, raw_path, {name.lower(): value for name, value in request.headers.items()}, b"")


def _response(reply: Reply, request: httpx.Request) -> httpx.Response:
    if reply.reset:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    payload, headers = reply.encoded()
    return httpx.Response(reply.status, headers=headers, content=payload, request=request)


class FakeTransport(httpx.BaseTransport):
    """An httpx transport that hands each request to the fake in-process (no socket)."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        received = _request(request)
        received.body = request.read()
        reply = self._handler(received)
        if reply.delay:
            time.sleep(reply.delay)
        return _response(reply, request)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `FakeTransport` (delays sleep without blocking the event loop)."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import anyio  # httpx's own dependency

        received = _request(request)
        received.body = await request.aread()
        reply = self._handler(received)
        if reply.delay:
            await anyio.sleep(reply.delay)
        return _response(reply, request)


def error_reply(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Reply:
    """An error as ECE sends it: the code in the ``x-cloud-error-codes`` header and in the body."""
    return Reply(
        status, {"errors": [{"code": code, "message": message}]}, {"x-cloud-error-codes": code, **(headers or {})}
    )
