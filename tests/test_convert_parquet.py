"""Parquet output: the documented schema, and the same facts as the canonical JSON."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq
from convert_helpers import article_texts, write_folder

from newsdata.convert import LocalEngine, convert
from newsdata.formats import get_format
from newsdata.formats.parquet import SCHEMA

ARROW_TYPES = {
    "string": "string",
    "string?": "string",
    "int32?": "int32",
    "timestamp?": "timestamp[us, tz=UTC]",
    "list<string>": "list<element: string>",
}


def test_parquet_tables_follow_the_schema_and_match_canonical_json(tmp_path: Path) -> None:
    src = write_folder(tmp_path / "src", article_texts(7))
    convert(src, tmp_path / "pq", to="parquet", shard_size=3, engine=LocalEngine(1))
    convert(src, tmp_path / "json", to="canonical", engine=LocalEngine(1))
    canonical = [json.loads(line) for line in (tmp_path / "json" / "articles-00000.jsonl").read_text().splitlines()]

    for table, columns in SCHEMA.items():
        parts = sorted((tmp_path / "pq" / table).glob("part-*.parquet"))
        assert [p.name for p in parts] == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
        schema = pq.read_schema(parts[0])
        assert schema.names == list(columns)
        assert [str(schema.field(c).type) for c in columns] == [ARROW_TYPES[t] for t in columns.values()]
        assert [schema.field(c).nullable for c in columns] == [t != "string" for t in columns.values()]

    articles = pq.read_table(tmp_path / "pq" / "articles").to_pylist()
    assert [a["article_id"] for a in articles] == [a["id"] for a in canonical]
    for row, article in zip(articles, canonical, strict=True):
        assert row["headline"] == article["headline"]
        assert row["published"] == article["published"]
        if article["published"]:
            assert row["published_utc"] == datetime.fromisoformat(article["published"])  # same instant, in UTC
        assert row["reading_time_minutes"] == article["reading_time_minutes"]
    paragraphs = pq.read_table(tmp_path / "pq" / "paragraphs").to_pylist()
    assert len(paragraphs) == sum(len(a["body"]) for a in canonical)
    participants = pq.read_table(tmp_path / "pq" / "participants").to_pylist()
    assert [p["aliases"] for p in participants] == [e["aliases"] for a in canonical for e in a["participants"]]
    events = pq.read_table(tmp_path / "pq" / "events").to_pylist()
    assert [e["participant_ids"] for e in events] == [e["participants"] for a in canonical for e in a["events"]]


def test_parquet_validate_accepts_our_tables_and_names_what_is_wrong(tmp_path: Path) -> None:
    src = write_folder(tmp_path / "src", article_texts(2))
    convert(src, tmp_path / "pq", to="parquet", engine=LocalEngine(1))
    fmt = get_format("parquet")
    written = (tmp_path / "pq" / "quotes" / "part-00000.parquet").read_bytes()
    assert fmt.sniff(written) and fmt.validate(written) == []
    assert [p.code for p in fmt.validate(b"PAR1 but not really")] == ["parquet.unreadable"]
    other = tmp_path / "other.parquet"
    pq.write_table(pq.read_table(tmp_path / "pq" / "quotes").drop_columns(["cue"]), other)
    assert [p.code for p in fmt.validate(other.read_bytes())] == ["parquet.columns"]
