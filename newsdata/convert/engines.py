"""Engines run the per-input work (``work.convert_batch``) and give the results back in
input order, with a bounded number of batches in flight so memory stays flat however
long the input is. The local engine uses a process pool; ``dask_engine`` runs the same
function on a Dask cluster.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from newsdata.convert.sources import Record
from newsdata.convert.work import Outcome, WorkSpec, convert_batch, warm_up
from newsdata.errors import NewsdataError


class Engine(Protocol):
    def map(self, batches: Iterable[list[Record]], spec: WorkSpec) -> Iterator[list[Outcome]]:
        """Outcomes of each batch, in the order of the batches."""
        ...


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _die_with_parent() -> None:
    """A worker whose parent was SIGKILLed would otherwise wait for work forever."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class LocalEngine:
    """``jobs`` worker processes; with one job the work runs in this process."""

    def __init__(self, jobs: int | None = None, *, in_flight_per_job: int = 4) -> None:
        self.jobs = jobs or default_jobs()
        self.in_flight = self.jobs * in_flight_per_job

    def map(self, batches: Iterable[list[Record]], spec: WorkSpec) -> Iterator[list[Outcome]]:
        if self.jobs == 1:
            for batch in batches:
                yield convert_batch(batch, spec)
            return
        warm_up()
        with ProcessPoolExecutor(self.jobs, initializer=_die_with_parent) as pool:
            window: deque[Future[list[Outcome]]] = deque()
            try:
                for batch in batches:
                    window.append(pool.submit(convert_batch, batch, spec))
                    if len(window) >= self.in_flight:
                        yield window.popleft().result()
                while window:
                    yield window.popleft().result()
            except BrokenProcessPool:
                raise NewsdataError(
                    "a worker process died (out of memory?); run the same command again to resume"
                ) from None
            finally:
                for future in window:
                    future.cancel()
