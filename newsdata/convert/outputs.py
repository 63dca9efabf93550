"""Output layouts: one file per article, JSON Lines shards, appended CSV tables.

Every writer receives outcomes in input order, whatever order the workers finished
in, so its files are a function of the input alone. Files appear only under their final
names through a temp file and a rename; append-only CSV tables are instead cut back to
their last committed length on restart (renaming a growing table at every checkpoint
would copy it again and again).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from newsdata.convert.work import Outcome
from newsdata.errors import NewsdataError

TMP_SUFFIX = ".newsdata-tmp"


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader (or a restart after a crash) sees
    the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + TMP_SUFFIX)
    with tmp.open("wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


def remove_temp_files(root: Path) -> None:
    """Leftovers of a killed run; never part of the output."""
    for tmp in root.rglob(f"*{TMP_SUFFIX}"):
        tmp.unlink(missing_ok=True)


def safe_relative(stem: str) -> str:
    """An input's name as a path that stays inside the output folder, whatever an
    archive member calls itself ("../../etc/x", "/abs", "C:\\x")."""
    parts = [p for p in PurePosixPath(stem.replace("\\", "/")).parts if p not in ("", ".", "..", "/")]
    parts = [p.replace(":", "_") for p in parts]
    return "/".join(parts) or "_"


class Writer(Protocol):
    """Receives outcomes in input order; ``add`` returns the output name recorded in the
    state for that input (None when it has none of its own)."""

    def resume(self, checkpoint: dict[str, Any]) -> None: ...

    def add(self, seq: int, outcome: Outcome) -> str | None: ...

    def wants_checkpoint(self) -> bool: ...

    def checkpoint(self) -> dict[str, Any]:
        """Make what was added durable under final names; return what the state stores."""
        ...

    def finish(self) -> dict[str, Any]: ...


class FileWriter:
    """One file per article: ``articles/<input path without extension><ext>``."""

    def __init__(self, root: Path, extension: str, taken: Callable[[str, int], bool], every: int = 64) -> None:
        self.root = root
        self.every = every
        self.extension = extension
        self.taken = taken
        self.pending = 0

    def resume(self, checkpoint: dict[str, Any]) -> None:
        return None

    def add(self, seq: int, outcome: Outcome) -> str | None:
        self.pending += 1
        if outcome.document is None:
            return None
        base = "articles/" + safe_relative(outcome.stem)
        name, n = base + self.extension, 1
        while self.taken(name, seq):  # two inputs "a.txt" and "a.html" must not share "a.json"
            n += 1
            name = f"{base}~{n}{self.extension}"
        atomic_write(self.root / name, outcome.document.encode("utf-8"))
        return name

    def wants_checkpoint(self) -> bool:
        return self.pending >= self.every

    def checkpoint(self) -> dict[str, Any]:
        self.pending = 0
        return {}

    def finish(self) -> dict[str, Any]:
        return self.checkpoint()


class ShardWriter:
    """JSON Lines shards ``articles-00000.jsonl``, ... of ``shard_size`` articles each,
    filled in input order; a shard is renamed into place when full (or at the end)."""

    def __init__(self, root: Path, shard_size: int) -> None:
        self.root = root
        self.shard_size = shard_size
        self.shard = 0
        self.count = 0
        self.handle: io.BufferedWriter | None = None

    def _path(self) -> Path:
        return self.root / f"articles-{self.shard:05d}.jsonl"

    def resume(self, checkpoint: dict[str, Any]) -> None:
        self.shard = int(checkpoint.get("shard", 0))

    def add(self, seq: int, outcome: Outcome) -> str | None:
        if outcome.document is None:
            return None
        if self.handle is None:
            self.handle = self._path().with_name(self._path().name + TMP_SUFFIX).open("wb")
        self.handle.write(outcome.document.encode("utf-8"))
        self.count += 1
        return self._path().name

    def wants_checkpoint(self) -> bool:
        return self.count >= self.shard_size

    def checkpoint(self) -> dict[str, Any]:
        if self.handle is not None:
            self.handle.close()
            self.handle = None
            os.replace(self._path().with_name(self._path().name + TMP_SUFFIX), self._path())
            self.shard += 1
            self.count = 0
        return {"shard": self.shard}

    def finish(self) -> dict[str, Any]:
        return self.checkpoint()


class CsvTableWriter:
    """One CSV file per table of a TabularFormat, header once, rows appended in input
    order; the committed length of each file is the checkpoint."""

    def __init__(self, root: Path, columns: dict[str, list[str]], every: int = 64) -> None:
        self.root = root
        self.every = every
        self.columns = columns
        self.handles: dict[str, io.BufferedRandom] = {}
        self.pending = 0

    def resume(self, checkpoint: dict[str, Any]) -> None:
        lengths: dict[str, int] = checkpoint.get("lengths", {})
        for table, columns in self.columns.items():
            path = self.root / f"{table}.csv"
            committed = lengths.get(table, 0)
            if committed and (not path.exists() or path.stat().st_size < committed):
                raise NewsdataError(
                    f"output table is shorter than the state says ({committed} bytes committed); "
                    "it was changed outside newsdata: run again with --force",
                    source=str(path),
                )
            handle = path.open("r+b" if path.exists() else "w+b")
            handle.truncate(committed)  # drop rows written after the last commit
            handle.seek(committed)
            if committed == 0:
                handle.write(self._encode([columns]))
            self.handles[table] = handle

    @staticmethod
    def _encode(rows: list[list[str]]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        return buffer.getvalue().encode("utf-8")

    def add(self, seq: int, outcome: Outcome) -> str | None:
        self.pending += 1
        if outcome.rows is None:
            return None
        for table, rows in outcome.rows.items():
            columns = self.columns[table]
            self.handles[table].write(self._encode([[row.get(c, "") for c in columns] for row in rows]))
        return None

    def wants_checkpoint(self) -> bool:
        return self.pending >= self.every

    def checkpoint(self) -> dict[str, Any]:
        self.pending = 0
        lengths: dict[str, int] = {}
        for table, handle in self.handles.items():
            handle.flush()
            os.fsync(handle.fileno())
            lengths[table] = handle.tell()
        return {"lengths": lengths}

    def finish(self) -> dict[str, Any]:
        checkpoint = self.checkpoint()
        for handle in self.handles.values():
            handle.close()
        self.handles.clear()
        return checkpoint
