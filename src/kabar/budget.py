"""A CPU-time budget for one block of code in one thread: over budget, the block is interrupted.

    with time_budget(5.0):        # raises OverBudget inside the block after 5 s of this thread's CPU
        stage(doc, settings)

One watchdog thread per process looks at every armed block a few times a second. It reads
the CPU clock of the block's thread (so a loaded machine does not trip the budget; a thread
blocked in I/O spends none), and when the budget is spent it raises :class:`OverBudget` in
that thread with ``PyThreadState_SetAsyncExc``: the exception lands between two bytecodes of
the running Python code, so a block stuck in one long C call (a regex, a model) is
interrupted as soon as that call returns. ``OverBudget`` is a ``BaseException``: a stage's
own ``except Exception`` cannot swallow it. If the exception was sent but the block ended
first, leaving the ``with`` raises it all the same and clears the pending one, so it can
never land in the caller's code.
"""
from __future__ import annotations

import ctypes
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

# How often the watchdog looks: a block overruns its budget by at most about this much.
TICK_S = 0.05


class OverBudget(BaseException):
    """A block used up its CPU budget (raised inside it by the watchdog)."""


@dataclass
class _Armed:
    budget_s: float
    clock: int | None  # the thread's CPU clock id (None where the platform has none: wall clock)
    started: float
    fired: bool = False


def _cpu_clock(thread_id: int) -> int | None:
    try:
        return time.pthread_getcpuclockid(thread_id)
    except (AttributeError, OSError):
        return None


def _now(clock: int | None) -> float:
    return time.clock_gettime(clock) if clock is not None else time.monotonic()


class _Watchdog:
    """The one thread that interrupts blocks over budget."""

    def __init__(self):
        self._lock = threading.Lock()
        self._armed: dict[int, _Armed] = {}
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def arm(self, budget_s: float) -> int:
        tid = threading.get_ident()
        clock = _cpu_clock(tid)
        with self._lock:
            self._armed[tid] = _Armed(budget_s, clock, _now(clock))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="kabar-budget", daemon=True)
                self._thread.start()
        self._wake.set()
        return tid

    def disarm(self, tid: int) -> bool:
        """Stop watching; True when the budget ran out (the pending exception, if any, is withdrawn)."""
        with self._lock:
            armed = self._armed.pop(tid, None)
            if armed is not None and armed.fired:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)
        return bool(armed and armed.fired)

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._armed:
                    self._wake.clear()
                for tid, armed in self._armed.items():
                    if not armed.fired and _now(armed.clock) - armed.started > armed.budget_s:
                        armed.fired = True
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(OverBudget))
            if not self._wake.wait(timeout=60):
                continue
            time.sleep(TICK_S)


_WATCHDOG = _Watchdog()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the block with at most ``seconds`` of this thread's CPU time (None or 0: no limit)."""
    if not seconds:
        yield
        return
    tid = _WATCHDOG.arm(seconds)
    try:
        yield
    except OverBudget:
        _WATCHDOG.disarm(tid)
        raise
    finally:
        fired = _WATCHDOG.disarm(tid)
    if fired:
        raise OverBudget()
