"""A real HTTP/1.1 server on 127.0.0.1 for tests: scripted answers, recorded raw requests.

The server, its requests and replies are the shipped fake's (``ece_client.testing``); this adds
only the script and the record that the project's tests use, and `BackgroundServer` for tests
that bring their own handler class (a proxy, a download server).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

from ece_client.testing import Reply, Request
from ece_client.testing._wire import LoopbackServer

__all__ = ["BackgroundServer", "Recorded", "Reply", "ScriptedServer"]

Recorded = Request  # a request as the server received it (raw_path exactly as sent on the request line)
Handler = Callable[[Request], Reply]


class ScriptedServer:
    """Answers each request with `handler(request)` (default: 200 and `{}`) and records it.

    `script(*replies)` answers the next requests with the given replies in order, then 200 `{}`.
    """

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.handler: Handler = lambda request: Reply(200, {})
        self._lock = threading.Lock()
        self._server: LoopbackServer | None = None

    def _serve(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
        return self.handler(request)

    def script(self, *replies: Reply, then: Reply | None = None) -> None:
        queue = list(replies)
        last = then or Reply(200, {})

        def handler(request: Request) -> Reply:
            with self._lock:
                return queue.pop(0) if queue else last

        self.handler = handler

    def paths(self) -> list[str]:
        return [r.raw_path for r in self.requests]

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the server is not started: call start() first")
        return self._server.url

    def start(self) -> None:
        self._server = LoopbackServer(self._serve)

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()


class BackgroundServer:
    """A threaded HTTP server on 127.0.0.1 (a free port) for a test's own handler class: serves
    in a thread while in ``with``."""

    def __init__(self, handler_class: type[BaseHTTPRequestHandler]) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler_class)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
