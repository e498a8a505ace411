"""A per-document time limit for rules: ``check(text, deadline=2.0)``.

A user's rule may loop for long on a strange story; a pipeline must still get its report.
Between rules, and between the findings a rule yields, the clock is read. On the main
thread of a POSIX process a one-shot ``SIGALRM`` also stops a rule in the middle of a
long computation; elsewhere (other threads, Windows, or when the program uses ``SIGALRM``
itself) the limit is kept at those checkpoints only.
"""

from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from factcheck.errors import DeadlineError


class DeadlineReached(BaseException):
    """Raised inside a rule that runs past the deadline. A ``BaseException``, so that a
    rule's own ``except Exception`` cannot swallow it. Its one argument is the alarm of
    the run whose deadline passed: a rule that calls ``check()`` itself runs an inner
    run, which must let the outer run's deadline through."""


def check_deadline(seconds: object) -> float | None:
    """``seconds`` as a float, or None for no limit; a :class:`DeadlineError` unless it is a
    positive, finite number."""
    if seconds is None:
        return None
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        raise DeadlineError(f"deadline must be a number of seconds, got {type(seconds).__name__}")
    if not math.isfinite(seconds) or seconds <= 0:
        raise DeadlineError(f"deadline must be a positive number of seconds, got {seconds!r}")
    return float(seconds)


#: The longest alarm set, in seconds (a day): ``setitimer`` refuses very large values.
_LONGEST_ALARM = 86_400.0


def passed(until: float | None) -> bool:
    """Whether the ``time.monotonic()`` instant ``until`` is behind us."""
    return until is not None and time.monotonic() >= until


class Alarm:
    """Whether the alarm may interrupt: set as the first step inside the caller's ``try``
    and cleared as its last, so a signal that arrives outside it does nothing (the clock
    checks between rules still keep the deadline)."""

    __slots__ = ("active",)

    def __init__(self) -> None:
        self.active = False

    def fire(self, signum: int, frame: object) -> None:
        if self.active:
            self.stop()

    def stop(self) -> None:
        """End the run: disarm first, so the timer, due at the same instant, finds
        nothing to interrupt while the run winds up."""
        self.active = False
        raise DeadlineReached(self)


@contextmanager
def alarm(until: float | None) -> Iterator[Alarm]:
    """Arm a one-shot ``SIGALRM`` for ``until`` where that is safe: the main thread, a
    platform with ``setitimer``, and no handler or timer of the program's own in place."""
    state = Alarm()
    remaining = max(until - time.monotonic(), 1e-6) if until is not None else None
    if remaining is None or remaining > _LONGEST_ALARM or not _may_use_alarm():
        yield state  # the clock checks alone keep a deadline days away
        return
    previous = signal.signal(signal.SIGALRM, state.fire)
    try:
        signal.setitimer(signal.ITIMER_REAL, remaining)
        yield state
    finally:
        state.active = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _may_use_alarm() -> bool:
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    if signal.getsignal(signal.SIGALRM) is not signal.SIG_DFL:
        return False  # the program handles SIGALRM itself: leave it alone
    return signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
