"""Ready-made displays of progress: of plans (``wait_for_plans(..., progress=True)``) and of downloads
(``write_to(path, progress=True)``).

On a terminal it keeps one live line per resource (kind, ref id, latest step and its status,
time waited), redrawn in place with ANSI cursor movements. Anywhere else (a pipe, a log file,
CI, ``TERM=dumb``) it writes one plain line per event, which is what a log wants.
"""

from __future__ import annotations

import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TextIO

from ._plans import PlanEvent, format_elapsed


@dataclass(frozen=True)
class DownloadProgress:
    """Where a download stands: bytes written so far of `total` (None when the server did not say)."""

    name: str
    received: int
    total: int | None
    elapsed: float
    done: bool = False
    restarts: int = 0
    """How many times the download started over from the first byte (a server that cannot resume)."""

    @property
    def fraction(self) -> float | None:
        """Share done, 0.0 to 1.0, when the size is known."""
        if self.total is None or self.total <= 0:
            return None
        return min(1.0, self.received / self.total)


_CURSOR_UP = "\x1b[{count}F"  # cursor to the start of the line `count` lines up
_CLEAR_LINE = "\x1b[2K"


def is_live_terminal(stream: TextIO) -> bool:
    """The stream is a terminal that understands cursor movements."""
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real file
        return False
    return interactive and os.environ.get("TERM", "") != "dumb"


class ProgressDisplay:
    """Shows plan events on ``stream`` (standard error by default).

    ``live`` forces the mode: True for live lines, False for plain log lines; None decides from
    the stream. ``show_deployment`` starts each line with the deployment id (for waits that follow
    several deployments). Call it with each `PlanEvent`; call ``close()`` at the end. Safe to call
    from several threads.
    """

    def __init__(
        self, stream: TextIO | None = None, *, live: bool | None = None, show_deployment: bool = False
    ) -> None:
        self.stream: TextIO = stream if stream is not None else sys.stderr
        self.live: bool = is_live_terminal(self.stream) if live is None else live
        self.show_deployment = show_deployment
        self._lines: dict[tuple[str, str, str], str] = {}
        self._drawn = 0
        self._lock = threading.Lock()

    def __call__(self, event: PlanEvent) -> None:
        prefix = f"{event.deployment_id} " if self.show_deployment else ""
        with self._lock:
            if self.live:
                self._lines[(event.deployment_id, event.kind, event.ref_id)] = prefix + self._live_line(event)
                self._redraw()
            else:
                self.stream.write(f"{prefix}{event}\n")
                self.stream.flush()

    def close(self) -> None:
        """Leaves the live lines as they are; nothing to do for plain lines."""
        self._drawn = 0

    @staticmethod
    def _live_line(event: PlanEvent) -> str:
        return f"{event.kind} {event.ref_id}  {event.describe()}  [{format_elapsed(event.elapsed)}]"

    def _redraw(self) -> None:
        width = max(20, shutil.get_terminal_size((100, 24)).columns - 1)
        parts = [_CURSOR_UP.format(count=self._drawn)] if self._drawn else []
        for line in self._lines.values():
            # A line longer than the terminal would wrap, and the next redraw would climb too few lines.
            parts.append(f"{_CLEAR_LINE}{line[:width]}\n")
        self.stream.write("".join(parts))
        self.stream.flush()
        self._drawn = len(self._lines)


@contextmanager
def progress_callback(
    progress: bool | Callable[[PlanEvent], object] | None,
    *,
    show_deployment: bool = False,
) -> Iterator[Callable[[PlanEvent], object] | None]:
    """The event callback for ``progress=``: False/None for none, True for a `ProgressDisplay` on
    standard error, or the caller's own callable."""
    with _callback(progress, lambda: ProgressDisplay(show_deployment=show_deployment), "PlanEvent") as callback:
        yield callback


@contextmanager
def _callback(progress: Any, make_display: Callable[[], Any], event: str) -> Iterator[Any]:
    """What a ``progress=`` option gives: None, a display made by ``make_display`` (closed at the end),
    or the caller's callable; anything else is a TypeError naming the ``event`` type it would get."""
    if progress is None or progress is False:
        yield None
    elif progress is True:
        display = make_display()
        try:
            yield display
        finally:
            display.close()
    elif callable(progress):
        yield progress
    else:
        raise TypeError(f"progress must be True, False or a callable taking a {event}; got {progress!r}")


class TransferDisplay:
    """Shows a download's progress (a `DownloadProgress`) on ``stream``, standard error by default.

    On a terminal: one line redrawn in place (at most ten times a second) with a bar, the size, the
    speed and the time taken; anywhere else a plain line at every tenth of the size (every 64 MB
    when the size is not known) and at the end. ``live`` forces the mode as for `ProgressDisplay`.
    """

    _BAR = 24

    def __init__(self, stream: TextIO | None = None, *, live: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = is_live_terminal(self.stream) if live is None else live
        self._shown_at = -1.0
        self._step = -1

    def __call__(self, event: DownloadProgress) -> None:
        if self.live:
            if event.done or event.elapsed - self._shown_at >= 0.1:
                self._shown_at = event.elapsed
                end = "\n" if event.done else ""
                self.stream.write(f"\r{_CLEAR_LINE}{self._line(event)}{end}")
                self.stream.flush()
            return
        step = int(event.fraction * 10) if event.fraction is not None else event.received // (64 << 20)
        if event.done or step != self._step:
            self._step = step
            self.stream.write(f"{self._line(event)}\n")
            self.stream.flush()

    def close(self) -> None:
        """Nothing to do: the last event ended the line."""

    def _line(self, event: DownloadProgress) -> str:
        size = _size(event.received) + (f" / {_size(event.total)}" if event.total is not None else "")
        speed = f"{_size(int(event.received / event.elapsed))}/s" if event.elapsed > 0 else ""
        bar = ""
        if event.fraction is not None:
            filled = int(event.fraction * self._BAR)
            bar = f"[{'#' * filled}{'.' * (self._BAR - filled)}] {event.fraction:4.0%}  "
        state = "done" if event.done else speed
        return f"{event.name}  {bar}{size}  {state}  [{format_elapsed(event.elapsed)}]"


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"  # pragma: no cover - the loop returns at GB


@contextmanager
def transfer_callback(
    progress: bool | Callable[[DownloadProgress], object] | None,
) -> Iterator[Callable[[DownloadProgress], object] | None]:
    """The event callback for a download's ``progress=``: False/None for none, True for a `TransferDisplay`
    on standard error, or the caller's own callable."""
    with _callback(progress, TransferDisplay, "DownloadProgress") as callback:
        yield callback
