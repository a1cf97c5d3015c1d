"""A ready-made display of plan progress: ``wait_for_plans(..., progress=True)``.

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
from typing import TextIO

from ._plans import PlanEvent, format_elapsed

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
    if progress is None or progress is False:
        yield None
    elif progress is True:
        display = ProgressDisplay(show_deployment=show_deployment)
        try:
            yield display
        finally:
            display.close()
    elif callable(progress):
        yield progress
    else:
        raise TypeError(f"progress must be True, False or a callable taking a PlanEvent; got {progress!r}")
