"""Parquet output for any TabularFormat: one dataset folder per table.

Rows are kept in memory for one shard (``shard_size`` articles) and written as one part
file per table, each through a temp file and a rename, so a shard is the unit of
resume exactly as for JSON Lines shards. Every table gets a part for every shard, even
an empty one, so part N of every table covers the same articles.
Column types come from the format's optional ``column_types()``; without it every
column is a nullable string.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdata.convert.outputs import TMP_SUFFIX
from newsdata.convert.work import Outcome
from newsdata.errors import NewsdataError
from newsdata.formats import TabularFormat


def load_pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise NewsdataError("Parquet needs pyarrow: pip install 'newsdata[parquet]'") from None
    return pa, pq


def arrow_schema(types: dict[str, str]) -> Any:
    pa, _ = load_pyarrow()
    arrow_types = {
        "string": pa.string(),
        "string?": pa.string(),
        "int32?": pa.int32(),
        "timestamp?": pa.timestamp("us", tz="UTC"),
        "list<string>": pa.list_(pa.string()),
    }
    return pa.schema(
        [pa.field(name, arrow_types[kind], nullable=kind != "string") for name, kind in types.items()]
    )


def _cell(kind: str, text: str) -> Any:
    if kind == "string":
        return text
    if text == "":
        return [] if kind == "list<string>" else None
    if kind == "int32?":
        return int(text)
    if kind == "timestamp?":
        return datetime.fromisoformat(text).astimezone(UTC)
    if kind == "list<string>":
        return [str(item) for item in json.loads(text)]
    return text


class ParquetWriter:
    def __init__(self, root: Path, fmt: TabularFormat, shard_size: int) -> None:
        self.pa, self.pq = load_pyarrow()
        self.root = root
        self.shard_size = shard_size
        column_types = getattr(fmt, "column_types", None)
        self.types: dict[str, dict[str, str]] = (
            column_types()
            if callable(column_types)
            else {t: dict.fromkeys(cols, "string?") for t, cols in fmt.table_columns().items()}
        )
        self.schemas = {table: arrow_schema(types) for table, types in self.types.items()}
        self.shard = 0
        self.articles = 0
        self.rows: dict[str, list[dict[str, str]]] = {table: [] for table in self.types}

    def resume(self, checkpoint: dict[str, Any]) -> None:
        self.shard = int(checkpoint.get("shard", 0))

    def add(self, seq: int, outcome: Outcome) -> str | None:
        if outcome.rows is None:
            return None
        for table, rows in outcome.rows.items():
            self.rows[table].extend(rows)
        self.articles += 1
        return f"part-{self.shard:05d}.parquet"

    def wants_checkpoint(self) -> bool:
        return self.articles >= self.shard_size

    def checkpoint(self) -> dict[str, Any]:
        if self.articles:
            for table, types in self.types.items():
                columns = {
                    name: [_cell(kind, row.get(name, "")) for row in self.rows[table]] for name, kind in types.items()
                }
                data = self.pa.table(columns, schema=self.schemas[table])
                path = self.root / table / f"part-{self.shard:05d}.parquet"
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(path.name + TMP_SUFFIX)
                self.pq.write_table(data, tmp, compression="zstd")
                os.replace(tmp, path)
                self.rows[table] = []
            self.shard += 1
            self.articles = 0
        return {"shard": self.shard}

    def finish(self) -> dict[str, Any]:
        return self.checkpoint()
