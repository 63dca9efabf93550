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

from newsdata.errors import InputError, NewsdataError
from newsdata.formats.base import EMPTY_OPTIONAL_TEXTS, Loss, Problem, TabularFormat, article_from_fields
from newsdata.formats.registry import register_format
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


def _opt(cell: str) -> str | None:
    """A ``string?`` cell: empty is null (so an empty canonical string comes back as null)."""
    return cell if cell != "" else None


def _row_place(line: int) -> Callable[[tuple[int | str, ...]], str]:
    return lambda loc: f"articles row {line} ({'.'.join(map(str, loc))})"


def _int(cell: str) -> int | None:
    return int(cell) if cell != "" else None


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
        children: dict[str, dict[str, list[Mapping[str, str]]]] = {}
        for table, rows in tables.items():
            if table != "articles":
                for row in rows:
                    children.setdefault(row["article_id"], {}).setdefault(table, []).append(row)

        def ordered(rows: list[Mapping[str, str]]) -> list[Mapping[str, str]]:
            return sorted(rows, key=lambda r: int(r["position"] or 0))

        seen: set[str] = set()
        for line, row in enumerate(tables.get("articles", ())):
            if row["article_id"] in seen:  # every other table's key: its rows could belong to either
                raise InputError(
                    f"article id {row['article_id']!r} appears twice", source=source, where=f"articles row {line}"
                )
            seen.add(row["article_id"])
        articles = []
        for line, row in enumerate(tables.get("articles", ())):
            own = children.get(row["article_id"], {})
            mentions: dict[str, list[dict[str, Any]]] = {}
            for m in ordered(own.get("mentions", [])):
                mentions.setdefault(m["participant_id"], []).append(
                    {"text": m["text"], **{k: int(m[k]) for k in ("paragraph", "start", "end")}}
                )
            fields: dict[str, Any] = {
                "id": row["article_id"],
                "language": row["language"],
                "headline": row["headline"],
                "published": _opt(row["published"]),
                "modified": _opt(row["modified"]),
                "reading_time_minutes": _int(row["reading_time_minutes"]),
                "authors": [{"name": r["name"], "url": _opt(r["url"])} for r in ordered(own.get("authors", []))],
                "photos": [
                    {"caption": _opt(r["caption"]), "credit": _opt(r["credit"]), "url": _opt(r["url"])}
                    for r in ordered(own.get("photos", []))
                ],
                "body": [r["text"] for r in ordered(own.get("paragraphs", []))],
                "quotes": [
                    {
                        "text": r["text"],
                        "speaker": _opt(r["speaker"]),
                        "speaker_id": _opt(r["speaker_id"]),
                        "cue": _opt(r["cue"]),
                        "span": None
                        if r["paragraph"] == ""
                        else {"paragraph": int(r["paragraph"]), "start": int(r["start"]), "end": int(r["end"])},
                    }
                    for r in ordered(own.get("quotes", []))
                ],
                "participants": [
                    {
                        "id": r["participant_id"],
                        "name": r["name"],
                        "type": r["type"],
                        "aliases": json.loads(r["aliases"] or "[]"),
                        "mentions": mentions.get(r["participant_id"], []),
                    }
                    for r in own.get("participants", [])
                ],
                "events": [
                    {
                        "type": r["type"],
                        "date": _opt(r["date"]),
                        "location": _opt(r["location"]),
                        "location_id": _opt(r["location_id"]),
                        "participants": json.loads(r["participant_ids"] or "[]"),
                        "summary": _opt(r["summary"]),
                    }
                    for r in ordered(own.get("events", []))
                ],
                "source": {
                    "path": _opt(row["source_path"]),
                    "url": _opt(row["source_url"]),
                    "outlet": _opt(row["source_outlet"]),
                },
            }
            articles.append(article_from_fields(fields, source=source, where=_row_place(line)))
        return articles

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
