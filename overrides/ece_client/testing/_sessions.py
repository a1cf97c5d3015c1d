"""Who may call the fake ECE: API keys (the secret only in the reply that creates one), native
users, and sessions (``POST /users/auth/_login`` and ``_refresh`` issue bearer tokens that expire
after ``login_ttl``/``refresh_ttl`` seconds). Knobs make login and refresh misbehave, to test a
client's session handling; ``counts`` and ``calls`` record what callers did."""

from __future__ import annotations

import copy
import json
import threading
import time
import uuid
from collections import Counter
from typing import Any

from . import _bodies as bodies
from ._plans import iso, timestamp
from ._wire import Reply, Request, error_reply


def _unauthenticated(code: str = "root.unauthenticated", message: str = "Not logged in", delay: float = 0.0) -> Reply:
    reply = error_reply(401, code, message)
    reply.delay = delay
    return reply


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    return header.removeprefix("Bearer ") if header.startswith("Bearer ") else None


class Sessions:
    """The identity part of `FakeECE`: API keys, users, tokens and the routes that manage them."""

    lock: threading.RLock
    api_keys: dict[str, dict[str, Any]]
    users: dict[str, dict[str, Any]]
    passwords: dict[str, str]
    login_ttl: float
    refresh_ttl: float
    login_delay: float
    refresh_delay: float
    login_mode: str
    refresh_mode: str
    deny_all: bool
    tokens: dict[str, float]
    token_users: dict[str, str]
    issued: list[str]
    login_bodies: list[bytes]
    counts: Counter[str]
    calls: list[dict[str, Any]]
    _username: str
    _caller: str

    def add_user(self, user_name: str, password: str, *, roles: tuple[str, ...] = ("ece_deployment_viewer",)) -> None:
        """A native user who can log in."""
        with self.lock:
            self.users[user_name] = bodies.user(
                user_name, full_name=user_name.title(), email=f"{user_name}@example.com", roles=list(roles)
            )
            self.passwords[user_name] = password

    def revoke_all(self) -> None:
        """Every session token stops being valid (as after a coordinator restart)."""
        with self.lock:
            self.tokens.clear()

    def _authorized(self, request: Request) -> bool:
        if self.deny_all:
            return False
        token = _bearer(request)
        if token is not None:
            return self.tokens.get(token, 0) > time.time()
        header = request.headers.get("authorization", "")
        return any(header == f"ApiKey {key['key']}" for key in self.api_keys.values())

    def _user_of(self, request: Request) -> str:
        token = _bearer(request)
        if token is not None:
            return self.token_users.get(token, self._username)
        header = request.headers.get("authorization", "")
        for key in self.api_keys.values():
            if header == f"ApiKey {key['key']}":
                return str(key.get("user_id") or self._username)
        return self._username

    # -- sessions --------------------------------------------------------------------------

    def _login(self, body: bytes) -> Reply:
        self.counts["login_attempts"] += 1
        self.login_bodies.append(body)
        delay = self.login_delay
        if self.login_mode == "html":
            page = b"<html><body>Welcome to the proxy</body></html>"
            return Reply(200, page, {"Content-Type": "text/html"}, delay=delay)
        if self.login_mode == "error503":
            return Reply(503, {"errors": [{"code": "root.unavailable", "message": "try later"}]}, delay=delay)
        try:
            credentials = json.loads(body)
        except ValueError:
            credentials = {}
        user_name = credentials.get("username") if isinstance(credentials, dict) else None
        user = self.users.get(user_name) if isinstance(user_name, str) else None
        if (
            user is None
            or credentials != {"username": user_name, "password": self.passwords.get(str(user_name))}
            or not user["security"].get("enabled", True)
        ):
            return _unauthenticated("auth.invalid_credentials", "Invalid credentials", delay=delay)
        if self.login_mode == "no_token":
            return Reply(200, {"session_expiration_time": iso(time.time() + 60)}, delay=delay)
        self.counts["logins"] += 1
        return self._issue(self.login_ttl, str(user_name), bad_expiry=self.login_mode == "bad_expiry", delay=delay)

    def _refresh(self, token: str | None) -> Reply:
        self.counts["refresh_attempts"] += 1
        valid = token is not None and self.tokens.get(token, 0) > time.time()
        delay = self.refresh_delay
        if self.refresh_mode == "drop":
            return Reply(reset=True, delay=delay)
        if self.refresh_mode == "error":
            return Reply(500, {"errors": [{"code": "root.unknown", "message": "boom"}]}, delay=delay)
        if self.refresh_mode == "garbage":
            return Reply(200, {"unexpected": "shape"}, delay=delay)
        if not valid or token is None:
            return _unauthenticated(delay=delay)
        self.counts["refreshes"] += 1
        return self._issue(self.refresh_ttl, self.token_users.get(token, self._username), delay=delay)

    def _issue(self, ttl: float, user_name: str, *, bad_expiry: bool = False, delay: float = 0.0) -> Reply:
        token = f"tok-{uuid.uuid4().hex}"
        expiry = time.time() + ttl
        self.tokens[token] = expiry
        self.token_users[token] = user_name
        self.issued.append(token)
        expiration = "some day soon" if bad_expiry else iso(expiry)
        return Reply(200, {"token": token, "session_expiration_time": expiration}, delay=delay)

    @staticmethod
    def _public_key(key: dict[str, Any]) -> dict[str, Any]:
        return {name: value for name, value in key.items() if name != "key"}

    def _keys(self, *, query: dict[str, str], body: Any) -> Reply:
        return Reply(200, {"keys": [self._public_key(key) for key in self.api_keys.values()]})

    def _key(self, key_id: str, *, query: dict[str, str], body: Any) -> Reply:
        if key_id not in self.api_keys:
            return error_reply(404, "api_keys.key_not_found", f"API key {key_id} not found")
        return Reply(200, self._public_key(self.api_keys[key_id]))

    def _create_key(self, *, query: dict[str, str], body: Any) -> Reply:
        body = body or {}
        if not isinstance(body.get("description"), str) or not body["description"]:
            return error_reply(400, "api_keys.invalid_input", "an API key needs a description")
        key_id = f"key-{len(self.api_keys)}-{uuid.uuid4().hex[:6]}"
        key = {
            "id": key_id,
            "key": f"secret-{uuid.uuid4().hex}",
            "description": body["description"],
            "creation_date": timestamp(len(self.api_keys)),
            "user_id": self._caller,
        }
        self.api_keys[key_id] = key
        return Reply(201, dict(key))

    def _delete_key(self, key_id: str, *, query: dict[str, str], body: Any) -> Reply:
        if key_id not in self.api_keys:
            return error_reply(404, "api_keys.key_not_found", f"API key {key_id} not found")
        del self.api_keys[key_id]
        return Reply(200, {})

    def _users(self, *, query: dict[str, str], body: Any) -> Reply:
        return Reply(200, {"users": [copy.deepcopy(user) for user in self.users.values()]})

    def _user(self, user_name: str, *, query: dict[str, str], body: Any) -> Reply:
        if user_name not in self.users:
            return error_reply(404, "user.not_found", f"User {user_name} not found")
        return Reply(200, copy.deepcopy(self.users[user_name]))

    def _current_user(self, *, query: dict[str, str], body: Any) -> Reply:
        return self._user(self._caller, query=query, body=body)

    def _create_user(self, *, query: dict[str, str], body: Any) -> Reply:
        body = body or {}
        user_name = body.get("user_name")
        security = body.get("security") or {}
        if not isinstance(user_name, str) or not user_name or not security.get("password"):
            return error_reply(400, "root.invalid_data", "a user needs a user_name and security.password")
        if user_name in self.users:
            return error_reply(409, "user.already_exists", f"User {user_name} already exists")
        self.add_user(user_name, str(security["password"]), roles=tuple(security.get("roles") or ()))
        user = self.users[user_name]
        user.update({key: body[key] for key in ("full_name", "email") if key in body})
        user["security"]["enabled"] = bool(security.get("enabled", True))
        return Reply(200, copy.deepcopy(user))

    def _delete_user(self, user_name: str, *, query: dict[str, str], body: Any) -> Reply:
        if user_name not in self.users:
            return error_reply(404, "user.not_found", f"User {user_name} not found")
        del self.users[user_name]
        self.passwords.pop(user_name, None)
        return Reply(200, {})
