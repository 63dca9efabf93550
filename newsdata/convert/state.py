"""The resume state: one SQLite file in the output folder.

Each input's row (position, id, content hash, result, output name) is written in the
same transaction as the output writer's checkpoint (which shard comes next, how long
each CSV table is), and only after the outputs it covers are on disk under their final
names. So after a SIGKILL at any moment the state never claims more than the disk holds,
and what the disk holds beyond the state is either a temp file (deleted on restart) or
an output that the restarted run rewrites byte for byte.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdata.convert.work import Outcome

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS inputs (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    digest TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    stage TEXT,
    message TEXT,
    output TEXT,
    warnings TEXT
);
CREATE INDEX IF NOT EXISTS inputs_output ON inputs (output);
"""


@dataclass(frozen=True, slots=True)
class Done:
    """What the state remembers of one input."""

    id: str
    digest: str
    ok: bool
    output: str | None


class State:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: transactions are explicit, so a checkpoint is one commit.
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # safe against process crashes, which is what resume covers
        self._db.executescript(_SCHEMA)
        self._db.execute("BEGIN")

    def close(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
        self._db.close()

    def _meta(self, key: str) -> Any:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def _set_meta(self, key: str, value: Any) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value, sort_keys=True)))

    @property
    def settings(self) -> dict[str, Any] | None:
        value = self._meta("settings")
        return value if isinstance(value, dict) else None

    def set_settings(self, settings: dict[str, Any]) -> None:
        self._set_meta("settings", settings)
        self.commit({})

    @property
    def checkpoint(self) -> dict[str, Any]:
        value = self._meta("checkpoint")
        return value if isinstance(value, dict) else {}

    def done(self, seq: int) -> Done | None:
        row = self._db.execute("SELECT id, digest, status, output FROM inputs WHERE seq = ?", (seq,)).fetchone()
        return Done(row[0], row[1], row[2] == "ok", row[3]) if row else None

    def output_taken(self, output: str, seq: int) -> bool:
        query = "SELECT 1 FROM inputs WHERE output = ? AND seq != ?"
        return self._db.execute(query, (output, seq)).fetchone() is not None

    def record(self, seq: int, outcome: Outcome, output: str | None) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                outcome.id,
                outcome.digest,
                "ok" if outcome.ok else "error",
                outcome.stage,
                outcome.error,
                output,
                json.dumps(outcome.warnings) if outcome.warnings else None,
            ),
        )

    def commit(self, checkpoint: dict[str, Any] | None = None) -> None:
        """Make every recorded row durable together with the writer's checkpoint."""
        if checkpoint is not None:
            self._set_meta("checkpoint", checkpoint)
        self._db.execute("COMMIT")
        self._db.execute("BEGIN")

    def forget_from(self, seq: int) -> None:
        """Drop rows of inputs that are no longer in the source."""
        self._db.execute("DELETE FROM inputs WHERE seq >= ?", (seq,))

    def counts(self, inputs: int) -> tuple[int, int, dict[str, int]]:
        ok = self._db.execute("SELECT COUNT(*) FROM inputs WHERE seq < ? AND status = 'ok'", (inputs,)).fetchone()[0]
        by_stage = dict(
            self._db.execute(
                "SELECT stage, COUNT(*) FROM inputs WHERE seq < ? AND status = 'error' GROUP BY stage ORDER BY stage",
                (inputs,),
            ).fetchall()
        )
        return int(ok), sum(by_stage.values()), by_stage

    def errors(self, inputs: int) -> Iterator[dict[str, str]]:
        query = "SELECT id, stage, message FROM inputs WHERE seq < ? AND status = 'error' ORDER BY seq"
        for input_id, stage, message in self._db.execute(query, (inputs,)):
            yield {"input": input_id, "stage": stage, "message": message}

    def warnings(self, inputs: int) -> Iterator[dict[str, str]]:
        query = "SELECT id, warnings FROM inputs WHERE seq < ? AND warnings IS NOT NULL ORDER BY seq"
        for input_id, warnings in self._db.execute(query, (inputs,)):
            for message in json.loads(warnings):
                yield {"input": input_id, "stage": "decode", "message": message}
