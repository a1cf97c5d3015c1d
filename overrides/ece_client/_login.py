"""ECE's user/password login as an httpx auth flow: a bearer token, renewed before it expires.

Imported when a client is given a username and password (an API key needs none of it).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import check_credential, has_control_character
from ._errors import ECEError, ResponseDecodeError
from ._redact import remember_secret
from ._retry import RETRY_STATUSES, delay_for

if TYPE_CHECKING:
    from ._api_errors import APIError

logger = logging.getLogger("ece_client.auth")

UNKNOWN_EXPIRY_RENEW_AFTER = 60.0
"""Seconds after which a token whose expiration time could not be parsed is refreshed."""

_now = time.monotonic  # the clock that schedules renewals (tests replace it)
_sleep = time.sleep


class _Session:
    """A bearer token and when to renew it (times on the `_now` clock). No repr: it would show the token."""

    __slots__ = ("token", "expires_at", "renew_at", "deadline")

    def __init__(self, token: str, expires_at: datetime | None, renew_at: float, deadline: float | None) -> None:
        self.token = token
        self.expires_at = expires_at  # as the server said; None when it could not be parsed
        self.renew_at = renew_at
        self.deadline = deadline  # when the token expires; None when unknown

    def due(self) -> bool:
        return _now() >= self.renew_at

    def expired(self) -> bool:
        return self.deadline is not None and _now() >= self.deadline


class _OneShotBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A request body that forgets itself once sent, so ``response.history`` does not keep the password."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def __iter__(self) -> Iterator[bytes]:
        data, self._data = self._data, b""
        yield data

    async def __aiter__(self) -> AsyncIterator[bytes]:
        data, self._data = self._data, b""
        yield data


class LoginAuth(httpx.Auth):
    """Logs in to ECE with a username and password and sends the bearer token it gets.

    The token is refreshed before it expires (within ``refresh_margin`` seconds of its
    ``session_expiration_time``, at most halfway through the session); a failed refresh falls
    back to a new login. A request that gets 401 with the current token triggers one new login
    and is replayed once. A login answered 429/502/503/504 is retried ``max_retries`` times (the
    client's policy) and then raises ServerError/RateLimitError, not AuthenticationError. One
    login or refresh runs at a time per auth object (one lock for threads, one for async tasks);
    callers that waited reuse the token the first one got, or its failure.
    """

    # The flows are overridden: they read the auth replies themselves (never the final response,
    # which may be streamed) and read the request body so that it can be replayed after a 401.
    requires_request_body = True
    requires_response_body = True

    def __init__(
        self,
        username: str,
        password: str,
        base_url: str | httpx.URL,
        *,
        refresh_margin: float = 60.0,
        max_retries: int = 2,
    ) -> None:
        if refresh_margin < 0:
            raise ValueError("refresh_margin must be 0 or more")
        self.username = check_credential(username, "username")
        self._password = check_credential(password, "password")
        remember_secret(self._password)
        self.base_url = httpx.URL(str(base_url).rstrip("/"))
        self.refresh_margin = refresh_margin
        self.max_retries = max_retries
        self._session: _Session | None = None
        self._refresh_broken = False  # a refresh died without a reply: log in next time
        self._renewals = 0  # renewals ended (success or failure): tells a waiting caller one ran meanwhile
        self._failure: ECEError | None = None  # how the last renewal failed, shared with those who waited on it
        self._thread_lock = threading.Lock()
        self._async_lock_: Any = None  # an anyio.Lock, made on first async use (anyio is slow to import)

    def after_fork(self) -> None:
        """New locks for a forked child or a new event loop (the old ones may be held by a thread that is gone)."""
        self._thread_lock = threading.Lock()
        self._async_lock_ = None

    def _async_lock(self) -> Any:
        if self._async_lock_ is None:
            import anyio

            self._async_lock_ = anyio.Lock()
        return self._async_lock_

    def __repr__(self) -> str:
        return f"{type(self).__name__}(username={self.username!r}, password='***', base_url={str(self.base_url)!r})"

    @property
    def expires_at(self) -> datetime | None:
        """When the current token expires, as the server said (None: no token, or unparsable)."""
        session = self._session
        return session.expires_at if session else None

    def invalidate(self) -> None:
        """Drop the token: the next request logs in again."""
        self._session = None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        session = self._session
        rejected = False
        while True:
            if session is None or rejected or session.due():
                seen = self._renewals
                with self._thread_lock:
                    steps = self._renew(request, session, rejected, seen)
                    try:
                        step = next(steps)
                        while True:
                            if isinstance(step, float):  # a pause before retrying a login the server could not serve
                                time.sleep(step)
                                step = steps.send(None)
                                continue
                            auth_response = yield step
                            auth_response.read()
                            step = steps.send(auth_response)
                    except StopIteration as done:
                        session = done.value
                    finally:
                        steps.close()
            request.headers["Authorization"] = f"Bearer {session.token}"
            response = yield request
            if response.status_code != 401 or rejected:
                return
            rejected = True

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        session = self._session
        rejected = False
        while True:
            if session is None or rejected or session.due():
                seen = self._renewals
                async with self._async_lock():
                    steps = self._renew(request, session, rejected, seen)
                    try:
                        step = next(steps)
                        while True:
                            if isinstance(step, float):
                                import anyio

                                await anyio.sleep(step)
                                step = steps.send(None)
                                continue
                            auth_response = yield step
                            await auth_response.aread()
                            step = steps.send(auth_response)
                    except StopIteration as done:
                        session = done.value
                    finally:
                        steps.close()
            request.headers["Authorization"] = f"Bearer {session.token}"
            response = yield request
            if response.status_code != 401 or rejected:
                return
            rejected = True

    def _renew(
        self, template: httpx.Request, used: _Session | None, rejected: bool, seen: int
    ) -> Generator[httpx.Request | float, httpx.Response | None, _Session]:
        """Get a usable session (run under the lock), sharing a failed renewal with the callers that waited on it.

        ``seen`` is the renewal count when the caller started to wait for the lock: if a renewal
        failed meanwhile, the caller gets that failure instead of trying again at once (no login storm).
        """
        if self._renewals != seen and self._failure is not None:
            raise self._failure
        try:
            session = yield from self._renew_session(template, used, rejected)
        except ECEError as error:
            self._failure = error
            self._renewals += 1
            raise
        except BaseException:
            self._renewals += 1
            raise
        if session is not used:
            self._failure = None
            self._renewals += 1
        return session

    def _renew_session(
        self, template: httpx.Request, used: _Session | None, rejected: bool
    ) -> Generator[httpx.Request | float, httpx.Response | None, _Session]:
        """Yields the auth requests (or seconds to pause before a retry), receives their read replies.

        ``used`` is the session the caller saw; ``rejected`` says the server answered 401 to it.
        When another caller already replaced it, nothing is sent.
        """
        current = self._session
        if rejected and current is used:
            logger.debug("re-login after 401")
            current = self._session = None
        elif current is not None and not current.due():
            return current  # renewed by another caller while this one waited
        if current is not None and not current.expired() and not self._refresh_broken:
            refresh = self._auth_request(template, "_refresh", headers={"Authorization": f"Bearer {current.token}"})
            try:
                response = yield refresh
            except GeneratorExit:  # the refresh got no reply (connection error, timeout, cancelled)
                self._refresh_broken = True
                logger.debug("token refresh got no reply; the next renewal logs in again")
                raise
            assert response is not None
            if response.status_code == 200:
                try:
                    self._session = self._session_from(response, "refresh")
                except ResponseDecodeError:
                    pass
                else:
                    logger.debug("refreshed token")
                    return self._session
            logger.debug("token refresh failed (HTTP %d); logging in again", response.status_code)
        body = json.dumps({"username": self.username, "password": self._password}).encode()
        attempt = 0
        while True:
            login = self._auth_request(
                template,
                "_login",
                headers={"Content-Type": "application/json", "Content-Length": str(len(body))},
                stream=_OneShotBody(body),
            )
            response = yield login
            assert response is not None
            if response.status_code in RETRY_STATUSES and attempt < self.max_retries:
                attempt += 1  # a coordinator restarting or busy: the client's retry policy, as for any call
                delay = float(delay_for(attempt, response))
                logger.warning(
                    "retry %d/%d of the login in %.2fs after HTTP %d",
                    attempt,
                    self.max_retries,
                    delay,
                    response.status_code,
                )
                yield delay
                continue
            break
        if response.status_code != 200:
            raise self._login_error(response)
        self._session = self._session_from(response, "login")
        self._refresh_broken = False
        logger.debug("logged in")
        return self._session

    def _auth_request(
        self,
        template: httpx.Request,
        action: str,
        headers: dict[str, str],
        stream: httpx.SyncByteStream | None = None,
    ) -> httpx.Request:
        """A POST to /users/auth/<action>, with the timeout and User-Agent of the request it serves."""
        headers = {"Accept": "application/json", **headers}
        if "user-agent" in template.headers:
            headers["User-Agent"] = template.headers["user-agent"]
        extensions = {"timeout": template.extensions["timeout"]} if "timeout" in template.extensions else {}
        url = self.base_url.copy_with(path=self.base_url.path.rstrip("/") + "/users/auth/" + action)
        headers["Host"] = url.netloc.decode("ascii")  # a request built with stream= gets no automatic headers
        return httpx.Request("POST", url, headers=headers, stream=stream, extensions=extensions)

    @staticmethod
    def _login_error(response: httpx.Response) -> APIError:
        """The error for a failed login: a 5xx or 429 is what it is (ServerError, RateLimitError: the
        credentials may be fine); any other failure is an AuthenticationError with the reply's status and codes."""
        from ._api_errors import AuthenticationError, api_error_from_response

        error = api_error_from_response(response, "POST", response.request.url.path)
        if isinstance(error, AuthenticationError) or response.status_code >= 500 or response.status_code == 429:
            return error
        return AuthenticationError(
            error.status_code,
            codes=error.codes,
            errors=error.errors,
            method=error.method,
            path=error.path,
            response=response,
            body_preview=error.body_preview,
        )

    def _session_from(self, response: httpx.Response, action: str) -> _Session:
        """Decode a login or refresh reply: ``{"token": ..., "session_expiration_time": ...}``."""
        try:
            data = json.loads(response.content)
        except ValueError:
            raise ResponseDecodeError(
                f"the {action} reply is not JSON", status_code=response.status_code, body=response.content[:200]
            ) from None
        token = data.get("token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            # No body preview: it may hold a token in an unexpected place.
            raise ResponseDecodeError(
                f"the {action} reply has no token: expected {{'token': ..., 'session_expiration_time': ...}}",
                status_code=response.status_code,
            )
        if has_control_character(token):  # it could not be sent in a header (and the error would print it)
            raise ResponseDecodeError(
                f"the {action} reply's token contains a control character", status_code=response.status_code
            )
        remember_secret(token)
        now = _now()
        expires_at = _parse_time(data.get("session_expiration_time"))
        lifetime = None if expires_at is None else (expires_at - _server_time(response)).total_seconds()
        if lifetime is None or lifetime <= 0:
            # Unparsable, or already past by our reckoning (a server clock behind ours and no usable Date
            # header): renew after a while, and count on a 401 to say when the token really expired.
            logger.debug("unusable session_expiration_time; renewing in %.0f s", UNKNOWN_EXPIRY_RENEW_AFTER)
            return _Session(token, expires_at, now + UNKNOWN_EXPIRY_RENEW_AFTER, None)
        margin = min(self.refresh_margin, lifetime / 2)  # a short session is renewed halfway, not before each call
        return _Session(token, expires_at, now + lifetime - margin, now + lifetime)


def _parse_time(value: object) -> datetime | None:
    """An ISO 8601 date-time (naive means UTC), or None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _server_time(response: httpx.Response) -> datetime:
    """The server's clock from the Date header (so a skewed local clock does not matter), else ours."""
    try:
        server_time = parsedate_to_datetime(response.headers["date"])
    except (KeyError, TypeError, ValueError):
        return datetime.now(UTC)
    return server_time if server_time.tzinfo else server_time.replace(tzinfo=UTC)


__all__ = ["LoginAuth", "UNKNOWN_EXPIRY_RENEW_AFTER"]
