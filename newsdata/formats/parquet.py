"""Parquet tables: the canonical article spread over flat, typed tables.

A Parquet file holds many articles and is binary, so this format has no one-article
text document: ``newsdata convert --to parquet`` writes it, one dataset folder per
table (``<table>/part-00000.parquet``, ...), every row keyed by ``article_id`` and, for
lists, by the item's ``position`` in its list. The schema below is a contract: columns
are only ever added, never renamed or retyped, and ``tests/test_convert_parquet.py``
checks the files written against it. Writing needs the ``parquet`` extra (pyarrow);
this module itself does not, so listing formats stays cheap.

Column types: ``string`` (empty text stays empty), ``string?`` (empty means null),
``int32?``, ``timestamp?`` (UTC, microseconds; from an RFC 3339 cell) and
``list<string>`` (from a JSON array cell).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar

from newsdata.errors import NewsdataError
from newsdata.formats.base import EMPTY_OPTIONAL_TEXTS, Loss, Problem, TabularFormat, article_from_fields
from newsdata.formats.registry import register_format
from newsdata.formats.table_rows import (
    Children,
    Layout,
    Row,
    article_fields,
    check_unique_ids,
    children_by_article,
    in_order,
)
from newsdata.model import Article

SCHEMA: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "string",
        "language": "string",
        "headline": "string",
        "published": "string?",  # RFC 3339 in the outlet's local offset, as in the canonical model
        "published_utc": "timestamp?",
        "modified": "string?",
        "modified_utc": "timestamp?",
        "reading_time_minutes": "int32?",
        "source_path": "string?",
        "source_url": "string?",
        "source_outlet": "string?",
    },
    "authors": {"article_id": "string", "position": "int32?", "name": "string", "url": "string?"},
    "photos": {
        "article_id": "string",
        "position": "int32?",
        "caption": "string?",
        "credit": "string?",
        "url": "string?",
    },
    "paragraphs": {"article_id": "string", "position": "int32?", "text": "string"},
    "participants": {
        "article_id": "string",
        "participant_id": "string",
        "name": "string",
        "type": "string",
        "aliases": "list<string>",
    },
    "mentions": {
        "article_id": "string",
        "participant_id": "string",
        "position": "int32?",
        "text": "string",
        "paragraph": "int32?",
        "start": "int32?",
        "end": "int32?",
    },
    "quotes": {
        "article_id": "string",
        "position": "int32?",
        "text": "string",
        "speaker": "string?",
        "speaker_id": "string?",
        "cue": "string?",
        "paragraph": "int32?",
        "start": "int32?",
        "end": "int32?",
    },
    "events": {
        "article_id": "string",
        "position": "int32?",
        "type": "string",
        "date": "string?",
        "location": "string?",
        "location_id": "string?",
        "participant_ids": "list<string>",
        "summary": "string?",
    },
}


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _row_place(line: int) -> Callable[[tuple[int | str, ...]], str]:
    return lambda loc: f"articles row {line} ({'.'.join(map(str, loc))})"


def _mentions(participant: Row, own: Children) -> list[dict[str, Any]]:
    rows = in_order([m for m in own.get("mentions", []) if m["participant_id"] == participant["participant_id"]])
    return [{"text": m["text"], **{k: int(m[k]) for k in ("paragraph", "start", "end")}} for m in rows]


# paragraphs and mentions are rows of their own; an event's participants are a list cell
_LAYOUT = Layout(
    body=lambda _row, own: [r["text"] for r in in_order(own.get("paragraphs", []))],
    mentions=_mentions,
    event_participants=lambda event, _own: json.loads(event["participant_ids"] or "[]"),
    place=lambda n: f"articles row {n}",
)


class ParquetTables(TabularFormat):
    name: ClassVar[str] = "parquet"
    extension: ClassVar[str] = ".parquet"
    media_type: ClassVar[str] = "application/vnd.apache.parquet"
    per_article_documents: ClassVar[bool] = False
    # "string?" columns: an empty cell is null (the optional texts); paragraphs are rows,
    # so an empty one is carried.
    lossy_fields: Mapping[str, Loss] = EMPTY_OPTIONAL_TEXTS

    def table_columns(self) -> dict[str, list[str]]:
        return {table: list(columns) for table, columns in SCHEMA.items()}

    def column_types(self) -> dict[str, dict[str, str]]:
        """Each column's type (see the module docstring); the Parquet writer reads it."""
        return {table: dict(columns) for table, columns in SCHEMA.items()}

    def tables(self, article: Article) -> dict[str, list[dict[str, str]]]:
        aid = article.id
        stamp = {
            key: (value.isoformat() if value else "")
            for key, value in (("published", article.published), ("modified", article.modified))
        }
        return {
            "articles": [
                {
                    "article_id": aid,
                    "language": article.language,
                    "headline": article.headline,
                    "published": stamp["published"],
                    "published_utc": stamp["published"],
                    "modified": stamp["modified"],
                    "modified_utc": stamp["modified"],
                    "reading_time_minutes": _text(article.reading_time_minutes),
                    "source_path": _text(article.source.path),
                    "source_url": _text(article.source.url),
                    "source_outlet": _text(article.source.outlet),
                }
            ],
            "authors": [
                {"article_id": aid, "position": str(i), "name": a.name, "url": _text(a.url)}
                for i, a in enumerate(article.authors)
            ],
            "photos": [
                {
                    "article_id": aid,
                    "position": str(i),
                    "caption": _text(p.caption),
                    "credit": _text(p.credit),
                    "url": _text(p.url),
                }
                for i, p in enumerate(article.photos)
            ],
            "paragraphs": [{"article_id": aid, "position": str(i), "text": t} for i, t in enumerate(article.body)],
            "participants": [
                {
                    "article_id": aid,
                    "participant_id": p.id,
                    "name": p.name,
                    "type": p.type,
                    "aliases": json.dumps(p.aliases, ensure_ascii=False),
                }
                for p in article.participants
            ],
            "mentions": [
                {
                    "article_id": aid,
                    "participant_id": p.id,
                    "position": str(i),
                    "text": m.text,
                    "paragraph": str(m.paragraph),
                    "start": str(m.start),
                    "end": str(m.end),
                }
                for p in article.participants
                for i, m in enumerate(p.mentions)
            ],
            "quotes": [
                {
                    "article_id": aid,
                    "position": str(i),
                    "text": q.text,
                    "speaker": _text(q.speaker),
                    "speaker_id": _text(q.speaker_id),
                    "cue": _text(q.cue),
                    "paragraph": _text(q.span.paragraph if q.span else None),
                    "start": _text(q.span.start if q.span else None),
                    "end": _text(q.span.end if q.span else None),
                }
                for i, q in enumerate(article.quotes)
            ],
            "events": [
                {
                    "article_id": aid,
                    "position": str(i),
                    "type": e.type,
                    "date": _text(e.date),
                    "location": _text(e.location),
                    "location_id": _text(e.location_id),
                    "participant_ids": json.dumps(e.participants, ensure_ascii=False),
                    "summary": _text(e.summary),
                }
                for i, e in enumerate(article.events)
            ],
        }

    def read_tables(
        self, tables: Mapping[str, Sequence[Mapping[str, str]]], *, source: str = "<tables>"
    ) -> list[Article]:
        """Articles back from rows as ``tables`` makes them: the inverse of the mapping the
        Parquet files are written with (an empty ``string?`` cell is null)."""
        rows = tables.get("articles", ())
        children = children_by_article(tables)
        check_unique_ids(rows, _LAYOUT, source=source)
        return [
            article_from_fields(
                article_fields(row, children.get(row["article_id"], {}), _LAYOUT), source=source, where=_row_place(n)
            )
            for n, row in enumerate(rows)
        ]

    def export(self, article: Article) -> str:
        raise NewsdataError("Parquet is a binary, many-article format: write it with `newsdata convert --to parquet`")

    def read(self, data: bytes, *, source: str = "<input>") -> list[Article]:
        raise NewsdataError("reading articles back from Parquet tables is not supported", source=source)

    def validate(self, data: bytes, *, source: str = "<input>") -> list[Problem]:
        """Whether one Parquet file has the columns and types of one of the tables."""
        from newsdata.convert.parquet_output import arrow_schema, load_pyarrow

        pa, pq = load_pyarrow()
        try:
            schema = pq.read_schema(pa.BufferReader(data))
        except (pa.ArrowException, OSError) as exc:
            return [Problem("parquet.unreadable", str(exc), source=source)]
        for table, types in SCHEMA.items():
            if schema.names == list(types):
                expected = arrow_schema(types)
                if schema.remove_metadata().equals(expected):
                    return []
                return [Problem("parquet.types", f"columns of table {table!r} have other types", source=source)]
        return [Problem("parquet.columns", f"columns {schema.names} match no table", source=source)]

    def sniff(self, data: bytes) -> bool:
        return data[:4] == b"PAR1"


register_format("parquet", ParquetTables)
