"""Polling a deployment until its plans end: the sync and asyncio loops around `PlanWatch`.

Each poll is one ``get_deployment(show_plans=true, show_plan_logs=true)`` call, which already
retries connection failures and 429/5xx by itself. A poll that still fails after those retries
(a coordinator restarting, a proxy timing out) does not end the wait: the next poll tries again,
and only ``max_poll_errors`` failed polls in a row raise the last error. Errors that asking again
cannot fix (400, 401, 403, ...) raise at once.

The deadline bounds the whole wait: the loop never sleeps past it, and each poll (its tries,
timeouts and retries) gets only the time left (at least ``FINAL_POLL_SECONDS``, for the read
made once the deadline is reached); then `PlanTimeoutError`, which leaves the plans running on
ECE. Time comes from a clock object (``monotonic()``, ``sleep()``) so that tests can use a fake one.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Protocol

from ._api_errors import NotFoundError, RateLimitError, ServerError
from ._logging import logger
from ._plan_settings import DEFAULT_SETTINGS, WaitSettings
from ._plans import PlanEvent, PlanSummary, PlanWatch
from ._transport_errors import ConnectionError

TRANSIENT_ERRORS = (ConnectionError, ServerError, RateLimitError)
"""Failures of one poll that the next poll may not meet (after the client's own retries)."""

FINAL_POLL_SECONDS = 1.0
"""The least time a poll gets: the read made when the deadline is reached may overrun it by this much."""

Fetch = Callable[[bool, "float | None"], Mapping[str, Any]]
"""Reads the deployment with its plan logs: (with the plan history too?, seconds the poll may take or None)."""
AsyncFetch = Callable[[bool, "float | None"], Awaitable[Mapping[str, Any]]]


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class AsyncClock(Protocol):
    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real time, for sync waits."""

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class AsyncSystemClock:
    """The real time, for asyncio waits."""

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class _Schedule:
    """The deadline and the budget of failed polls of one wait."""

    def __init__(self, settings: WaitSettings) -> None:
        self.timeout = settings.timeout
        self.poll_interval = settings.poll_interval
        self.max_poll_errors = settings.max_poll_errors
        self.start = 0.0
        self.failed_polls = 0
        self.last_error: Exception | None = None

    def poll_failed(self, error: Exception, deployment_id: str) -> None:
        """Counts a failed poll; re-raises it when too many failed in a row."""
        self.failed_polls += 1
        self.last_error = error
        if self.failed_polls > self.max_poll_errors:
            raise error
        logger.warning(
            "plan wait for deployment %s: poll failed (%d of %d allowed in a row), polling again: %s",
            deployment_id,
            self.failed_polls,
            self.max_poll_errors,
            error,
        )

    def poll_succeeded(self) -> None:
        self.failed_polls = 0
        self.last_error = None

    def poll_budget(self, now: float) -> float | None:
        """Seconds the next poll may take, retries included (None: no deadline)."""
        if self.timeout is None:
            return None
        return max(self.start + self.timeout - now, FINAL_POLL_SECONDS)

    def pause(self, watch: PlanWatch, now: float) -> float:
        """Seconds to sleep before the next poll; raises PlanTimeoutError once the deadline has passed."""
        if self.timeout is None:
            return self.poll_interval
        remaining = self.start + self.timeout - now
        if remaining <= 0:
            raise watch.timeout_error(self.timeout, now - self.start) from self.last_error
        return min(self.poll_interval, remaining)


def _read(fetch: Fetch, watch: PlanWatch, with_history: bool, budget: float | None) -> Mapping[str, Any] | None:
    try:
        return fetch(with_history, budget)
    except NotFoundError:
        if not watch.started:
            raise  # a wrong deployment id
        return None  # deleted while waiting


async def _aread(
    fetch: AsyncFetch, watch: PlanWatch, with_history: bool, budget: float | None
) -> Mapping[str, Any] | None:
    try:
        return await fetch(with_history, budget)
    except NotFoundError:
        if not watch.started:
            raise
        return None


class _TrackerBase:
    summary: PlanSummary | None
    """How the plans ended; set when the iteration is over (and not on failure or timeout)."""

    def __init__(
        self,
        deployment_id: str,
        *,
        resource_kind: str | None = None,
        ref_id: str | None = None,
        settings: WaitSettings,
    ) -> None:
        self.deployment_id = deployment_id
        self._watch = PlanWatch(deployment_id, resource_kind=resource_kind, ref_id=ref_id)
        self._schedule = _Schedule(settings)
        self._used = False
        self.summary = None

    def _finish(self, summary: PlanSummary) -> None:
        self.summary = summary

    def _claim(self) -> None:
        if self._used:
            raise RuntimeError("a plan tracker follows the plans once: call track_plans() again")
        self._used = True


class PlanTracker(_TrackerBase):
    """Follows a deployment's plans: iterate for `PlanEvent`s; ``summary`` is set at the end.

    Iteration raises `PlanFailedError` when a plan fails and `PlanTimeoutError` at the deadline.
    Made by ``ece.deployments.track_plans(...)``.
    """

    def __init__(
        self,
        fetch: Fetch,
        deployment_id: str,
        *,
        resource_kind: str | None = None,
        ref_id: str | None = None,
        settings: WaitSettings = DEFAULT_SETTINGS,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(deployment_id, resource_kind=resource_kind, ref_id=ref_id, settings=settings)
        self._fetch = fetch
        self._clock: Clock = clock or SystemClock()

    def __iter__(self) -> Iterator[PlanEvent]:
        self._claim()
        return self._run()

    def _run(self) -> Iterator[PlanEvent]:
        watch, schedule, clock = self._watch, self._schedule, self._clock
        schedule.start = clock.monotonic()
        with_history = False
        while True:
            try:
                deployment = _read(self._fetch, watch, with_history, schedule.poll_budget(clock.monotonic()))
            except TRANSIENT_ERRORS as error:
                schedule.poll_failed(error, self.deployment_id)
            else:
                schedule.poll_succeeded()
                elapsed = clock.monotonic() - schedule.start
                yield from watch.observe(deployment, elapsed, with_history=with_history)
                if watch.failure is not None:
                    raise watch.failure
                if watch.done:
                    self._finish(watch.summary(elapsed))
                    return
                with_history = watch.wants_history
                if with_history:
                    continue  # settle the ended attempt now, from the plan history
            clock.sleep(schedule.pause(watch, clock.monotonic()))

    def wait(self, on_event: Callable[[PlanEvent], object] | None = None) -> PlanSummary:
        """Follows the plans to their end, passing each event to ``on_event``; returns the summary."""
        for event in self:
            if on_event is not None:
                on_event(event)
        assert self.summary is not None
        return self.summary


class AsyncPlanTracker(_TrackerBase):
    """Follows a deployment's plans under asyncio: ``async for`` the events; ``summary`` is set at the end.

    Made by ``ece.deployments.track_plans(...)`` of an `AsyncECE`.
    """

    def __init__(
        self,
        fetch: AsyncFetch,
        deployment_id: str,
        *,
        resource_kind: str | None = None,
        ref_id: str | None = None,
        settings: WaitSettings = DEFAULT_SETTINGS,
        clock: AsyncClock | None = None,
    ) -> None:
        super().__init__(deployment_id, resource_kind=resource_kind, ref_id=ref_id, settings=settings)
        self._fetch = fetch
        self._clock: AsyncClock = clock or AsyncSystemClock()

    def __aiter__(self) -> AsyncIterator[PlanEvent]:
        self._claim()
        return self._run()

    async def _run(self) -> AsyncIterator[PlanEvent]:
        watch, schedule, clock = self._watch, self._schedule, self._clock
        schedule.start = clock.monotonic()
        with_history = False
        while True:
            try:
                deployment = await _aread(self._fetch, watch, with_history, schedule.poll_budget(clock.monotonic()))
            except TRANSIENT_ERRORS as error:
                schedule.poll_failed(error, self.deployment_id)
            else:
                schedule.poll_succeeded()
                elapsed = clock.monotonic() - schedule.start
                for event in watch.observe(deployment, elapsed, with_history=with_history):
                    yield event
                if watch.failure is not None:
                    raise watch.failure
                if watch.done:
                    self._finish(watch.summary(elapsed))
                    return
                with_history = watch.wants_history
                if with_history:
                    continue
            await clock.sleep(schedule.pause(watch, clock.monotonic()))

    async def wait(self, on_event: Callable[[PlanEvent], object] | None = None) -> PlanSummary:
        """Follows the plans to their end, passing each event to ``on_event``; returns the summary."""
        async for event in self:
            if on_event is not None:
                on_event(event)
        assert self.summary is not None
        return self.summary
