"""Progress on stderr: a redrawn bar on a terminal, plain periodic lines in a log.

Counts include inputs finished by an earlier run of the same command, so the numbers
and the ETA describe the whole job, while the rate is measured on this run only.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    def __init__(
        self,
        total: int | None,
        *,
        stream: TextIO | None = None,
        tty: bool | None = None,
        interval: float | None = None,
        enabled: bool = True,
    ) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.interval = interval if interval is not None else (0.2 if self.tty else 10.0)
        self.enabled = enabled
        self.total = total
        self.done = 0
        self.errors = 0
        self.fresh = 0  # inputs converted by this run (the rate's numerator)
        self.start = time.monotonic()
        self.last = self.start

    def update(self, *, done: int = 0, errors: int = 0, fresh: int = 0) -> None:
        self.done += done
        self.errors += errors
        self.fresh += fresh
        now = time.monotonic()
        if self.enabled and now - self.last >= self.interval:
            self.last = now
            self._show(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.start, 1e-9)
        rate = self.fresh / elapsed
        count = f"{self.done:,}" + (f"/{self.total:,}" if self.total is not None else "")
        text = f"{count} inputs  {rate:,.1f}/s  {self.errors:,} errors"
        if self.total is not None and rate > 0:
            text += f"  ETA {_duration(max(self.total - self.done, 0) / rate)}"
        return text

    def _show(self, now: float) -> None:
        text = self.line(now)
        if self.tty:
            bar = ""
            if self.total:
                filled = int(30 * min(self.done / self.total, 1.0))
                bar = "[" + "#" * filled + "." * (30 - filled) + "] "
            self.stream.write("\r" + bar + text + "\033[K")
        else:
            self.stream.write(f"progress: {text}\n")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._show(time.monotonic())
            if self.tty:
                self.stream.write("\n")
                self.stream.flush()
