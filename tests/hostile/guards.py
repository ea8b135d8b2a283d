"""Time guards for the hostile and fuzz tests: a safety net, not the behaviour under test."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


class Timeout(BaseException):
    """Raised inside the code under test when its time is up. A BaseException, so that
    no ``except Exception`` in the library swallows it."""


@contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    """Fail the test if the block runs longer than ``seconds``. Where SIGALRM is
    available (the main thread on POSIX) the block is interrupted at the deadline, so a
    hang costs ``seconds`` and no more; elsewhere it is timed and checked afterwards.
    Code running inside C (lxml, a regex) is interrupted when it returns to Python."""
    start = time.perf_counter()
    armed = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if armed:
        def on_alarm(signum: int, frame: object) -> None:
            raise Timeout()

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except Timeout:
        pytest.fail(f"{what}: still running after {seconds} s (interrupted)")
    finally:
        if armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    elapsed = time.perf_counter() - start
    assert elapsed < seconds, f"{what}: took {elapsed:.1f} s (budget {seconds} s)"
