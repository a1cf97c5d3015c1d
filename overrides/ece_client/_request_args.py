"""The type of an operation's HTTP request, as ``build_request(...)`` of an endpoint module gives it."""

from __future__ import annotations

from typing import Any, Required, TypedDict


class RequestArgs(TypedDict, total=False):
    """One operation's HTTP request as keyword arguments of `httpx.Client.request` / `httpx.AsyncClient.request`.

    ``url`` is relative to the API root (``https://<host>:12443/api/v1``): give the client that
    ``base_url``. A body is in ``content`` (JSON bodies are encoded already, with their
    ``Content-Type`` in ``headers``) or ``files`` (multipart).
    """

    method: Required[str]
    url: Required[str]
    params: dict[str, Any]
    headers: dict[str, str]
    content: bytes
    files: list[tuple[str, Any]]
    data: Any


__all__ = ["RequestArgs"]
