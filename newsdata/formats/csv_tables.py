"""CSV: the articles as a relational set of tables, one file per table.

Tables and keys (``TABLES``): ``articles`` (key article_id), ``authors``, ``photos`` and
``quotes`` (article_id + position), ``participants`` (article_id + participant_id),
``events`` (article_id + event_id), ``event_participants`` (article_id + event_id +
participant_id). Files are RFC 4180: UTF-8 without BOM, a header row, CRLF line ends,
fields quoted when they hold a comma, quote or line break. Timestamps are RFC 3339 with
their offset; lists inside a cell (aliases, mentions) are JSON arrays; an empty cell is
a missing value.

Formula neutralisation: a spreadsheet runs a cell that starts with ``= + - @`` (or a
tab or carriage return, which some strip first) as a formula. Such a cell, and any
cell that starts with an apostrophe, is written with one apostrophe in front
(``=SUM(A1)`` -> ``'=SUM(A1)``, ``'tis`` -> ``''tis``): spreadsheets show the apostrophe-
prefixed cell as the original text, and the importer removes exactly one leading
apostrophe from every cell, so the round trip is exact for every value.

Every field of the canonical model has a column; the one loss (``EMPTY_IS_NULL``): an
empty cell is a missing value, so an optional text that is "" comes back as null.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar

from pydantic import ValidationError

from newsdata.errors import InputError
from newsdata.formats.base import EMPTY_OPTIONAL_TEXTS, Loss, Problem, TabularFormat
from newsdata.formats.markup import join_paragraphs
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

# The csv module refuses cells over 131,072 characters; an article's body cell can be
# longer. Input size is bounded by the callers' byte limits instead.
csv.field_size_limit(2**31 - 1)

TABLES: dict[str, list[str]] = {
    "articles": [
        "article_id",
        "language",
        "headline",
        "published",
        "modified",
        "reading_time_minutes",
        "body",
        "source_path",
        "source_url",
        "source_outlet",
    ],
    "authors": ["article_id", "position", "name", "url"],
    "photos": ["article_id", "position", "caption", "credit", "url"],
    "quotes": [
        "article_id",
        "position",
        "text",
        "speaker",
        "speaker_id",
        "cue",
        "paragraph",
        "start",
        "end",
    ],
    "participants": ["article_id", "participant_id", "position", "name", "type", "aliases", "mentions"],
    "events": ["article_id", "event_id", "position", "type", "date", "location", "location_id", "summary"],
    "event_participants": ["article_id", "event_id", "participant_id", "position"],
}
# Columns that must not be empty, and the integer columns.
REQUIRED: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "language"),
    "authors": ("article_id", "position", "name"),
    "photos": ("article_id", "position"),
    "quotes": ("article_id", "position", "text"),
    "participants": ("article_id", "participant_id", "position", "name", "type"),
    "events": ("article_id", "event_id", "position", "type"),
    "event_participants": ("article_id", "event_id", "participant_id", "position"),
}
INTEGERS = frozenset({"position", "paragraph", "start", "end", "reading_time_minutes"})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
_RUNNABLE = frozenset(("=", "+", "-", "@", "\t", "\r"))
# An empty cell is a missing value (what a database load or a dataframe makes of it);
# a body that is one empty paragraph is an empty cell, so it comes back as no paragraph.
EMPTY_IS_NULL: Mapping[str, Loss] = MappingProxyType({**EMPTY_OPTIONAL_TEXTS, "body": "blank_dropped"})


def neutralise(value: str) -> str:
    """The cell as written: one apostrophe before a formula start (or an apostrophe)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def restore(cell: str) -> str:
    """The value as exported: the importer's inverse of ``neutralise``."""
    return cell[1:] if cell.startswith("'") else cell


_FORMULA_SET = frozenset(FORMULA_STARTS)
_encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _cell(value: Any) -> str:
    if value.__class__ is str:
        return "'" + value if value[:1] in _FORMULA_SET else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return neutralise(_encode_json(value)) if value else "[]"
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    return neutralise(str(value))


def _rows(table: str, records: Iterable[Mapping[str, Any]]) -> list[dict[str, str]]:
    columns = TABLES[table]
    return [{c: _cell(record.get(c)) for c in columns} for record in records]


def write_table(table: str, rows: Sequence[Mapping[str, str]], *, header: bool = True) -> str:
    """RFC 4180 text of one table; rows are in column order (as ``tables`` makes them)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    columns = TABLES[table]
    if header:
        writer.writerow(columns)
    writer.writerows([row[c] for c in columns] for row in rows)
    return out.getvalue()


def _table_of(header: list[str]) -> str | None:
    return next((name for name, columns in TABLES.items() if columns == header), None)


def parse_table(data: bytes, source: str) -> tuple[str, list[dict[str, str]]]:
    """(table name, rows with neutralisation undone); InputError naming the line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8: {exc.reason}", source=source, where=f"byte {exc.start}") from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise InputError("empty CSV file", source=source)
        table = _table_of(header)
        if table is None:
            raise InputError(
                "header matches no newsdata table (" + ", ".join(TABLES) + ")", source=source, where="line 1"
            )
        rows = []
        for record in reader:
            if len(record) != len(header):
                raise InputError(
                    f"{len(record)} fields where the header has {len(header)}",
                    source=source,
                    where=f"line {reader.line_num}",
                )
            rows.append({c: restore(v) for c, v in zip(header, record, strict=True)})
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", source=source, where=f"line {reader.line_num}") from None
    return table, rows


def _event_members(event: Row, own: Children) -> list[str]:
    links = in_order(own.get("event_participants", []))
    return [link["participant_id"] for link in links if link["event_id"] == event["event_id"]]


# the body is one cell with blank lines between paragraphs; mentions are a JSON cell of the
# participant's row; an event's participants are rows of their own
_LAYOUT = Layout(
    body=lambda row, _own: row["body"].split("\n\n") if row["body"] else [],
    mentions=lambda participant, _own: json.loads(participant["mentions"] or "[]"),
    event_participants=_event_members,
    place=lambda n: f"articles line {n + 2}",
)


class CSVTables(TabularFormat):
    name: ClassVar[str] = "csv"
    extension: ClassVar[str] = ".csv"
    media_type: ClassVar[str] = "text/csv"
    lossy_fields: Mapping[str, Loss] = EMPTY_IS_NULL

    def table_columns(self) -> dict[str, list[str]]:
        return {name: list(columns) for name, columns in TABLES.items()}

    def tables(self, article: Article) -> dict[str, list[dict[str, str]]]:
        aid = article.id
        event_ids = [f"e{n}" for n in range(1, len(article.events) + 1)]
        return {
            "articles": _rows(
                "articles",
                [
                    {
                        "article_id": aid,
                        "language": article.language,
                        "headline": article.headline,
                        "published": article.published,
                        "modified": article.modified,
                        "reading_time_minutes": article.reading_time_minutes,
                        "body": join_paragraphs(article.body),
                        "source_path": article.source.path,
                        "source_url": article.source.url,
                        "source_outlet": article.source.outlet,
                    }
                ],
            ),
            "authors": _rows(
                "authors",
                (
                    {"article_id": aid, "position": n, "name": a.name, "url": a.url}
                    for n, a in enumerate(article.authors)
                ),
            ),
            "photos": _rows(
                "photos",
                (
                    {"article_id": aid, "position": n, "caption": p.caption, "credit": p.credit, "url": p.url}
                    for n, p in enumerate(article.photos)
                ),
            ),
            "quotes": _rows(
                "quotes",
                (
                    {
                        "article_id": aid,
                        "position": n,
                        "text": q.text,
                        "speaker": q.speaker,
                        "speaker_id": q.speaker_id,
                        "cue": q.cue,
                        "paragraph": q.span.paragraph if q.span else None,
                        "start": q.span.start if q.span else None,
                        "end": q.span.end if q.span else None,
                    }
                    for n, q in enumerate(article.quotes)
                ),
            ),
            "participants": _rows(
                "participants",
                (
                    {
                        "article_id": aid,
                        "participant_id": e.id,
                        "position": n,
                        "name": e.name,
                        "type": e.type,
                        "aliases": e.aliases,
                        "mentions": [m.model_dump() for m in e.mentions],
                    }
                    for n, e in enumerate(article.participants)
                ),
            ),
            "events": _rows(
                "events",
                (
                    {
                        "article_id": aid,
                        "event_id": eid,
                        "position": n,
                        "type": e.type,
                        "date": e.date,
                        "location": e.location,
                        "location_id": e.location_id,
                        "summary": e.summary,
                    }
                    for n, (eid, e) in enumerate(zip(event_ids, article.events, strict=True))
                ),
            ),
            "event_participants": _rows(
                "event_participants",
                (
                    {"article_id": aid, "event_id": eid, "participant_id": pid, "position": n}
                    for eid, e in zip(event_ids, article.events, strict=True)
                    for n, pid in enumerate(e.participants)
                ),
            ),
        }

    def read_tables(
        self, tables: Mapping[str, Sequence[Mapping[str, str]]], *, source: str = "<tables>"
    ) -> list[Article]:
        """Articles from rows as ``tables`` makes them (cells neutralised, as written)."""
        restored = {name: [{c: restore(v) for c, v in row.items()} for row in rows] for name, rows in tables.items()}
        return self.assemble(restored, source=source)

    def export(self, article: Article) -> str:
        """The articles table for one article (the other tables: ``tables``/``write_folder``)."""
        return write_table("articles", self.tables(article)["articles"])

    def export_many(self, articles: Sequence[Article]) -> str:
        return write_table("articles", self.tables_many(articles)["articles"])

    def write_folder(self, articles: Iterable[Article], folder: Path, only: str | None = None) -> list[Path]:
        """One file per table (``<table>.csv``), or just ``only``; the written paths."""
        folder.mkdir(parents=True, exist_ok=True)
        merged = self.tables_many(articles)
        written = []
        for table, rows in merged.items():
            if only is not None and table != only:
                continue
            path = folder / f"{table}.csv"
            path.write_bytes(write_table(table, rows).encode("utf-8"))
            written.append(path)
        return written

    # --------------------------------------------------------------- reading --

    def read(self, data: bytes, *, source: str = "<input>") -> list[Article]:
        """Articles from an articles table alone (without authors, quotes, ...)."""
        table, rows = parse_table(data, source)
        if table != "articles":
            raise InputError(f"a {table} table holds no articles; read the folder instead", source=source)
        return self.assemble({"articles": rows}, source=source)

    def read_folder(self, folder: Path) -> list[Article]:
        """Articles from a folder of table files written by ``write_folder``."""
        tables: dict[str, list[dict[str, str]]] = {}
        for path in sorted(folder.glob("*.csv")):
            table, rows = parse_table(path.read_bytes(), str(path))
            tables.setdefault(table, []).extend(rows)
        if "articles" not in tables:
            raise InputError("no articles table (articles.csv)", source=str(folder))
        return self.assemble(tables, source=str(folder))

    def assemble(self, tables: Mapping[str, list[dict[str, str]]], *, source: str) -> list[Article]:
        children = children_by_article(tables)
        check_unique_ids(tables["articles"], _LAYOUT, source=source)
        articles = []
        for n, row in enumerate(tables["articles"]):
            try:
                fields = article_fields(row, children.get(row["article_id"], {}), _LAYOUT)
                articles.append(Article.model_validate(fields))
            except (ValidationError, ValueError) as exc:
                message = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
                raise InputError(
                    f"article {row['article_id']!r}: {message}", source=source, where=_LAYOUT.place(n)
                ) from None
        return articles

    # ------------------------------------------------------------ validating --

    def validate(self, data: bytes, *, source: str = "<input>") -> list[Problem]:
        """One table file: known header, field counts, required cells, integers,
        timestamps, and no cell a spreadsheet would run as a formula."""
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return [Problem("csv.encoding", f"not UTF-8: {exc.reason}", source=source, where=f"byte {exc.start}")]
        problems: list[Problem] = []
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            header = next(reader, None)
            if header is None:
                return [Problem("csv.empty", "empty CSV file", source=source)]
            table = _table_of(header)
            if table is None:
                return [
                    Problem(
                        "csv.header",
                        "header matches no newsdata table",
                        source=source,
                        where="line 1",
                        line=1,
                        hint="tables: " + ", ".join(f"{t}({','.join(c)})" for t, c in TABLES.items()),
                    )
                ]
            checks = [
                (i, column, column in REQUIRED[table], column in INTEGERS, column in ("published", "modified"))
                for i, column in enumerate(header)
            ]
            for record in reader:
                line = reader.line_num
                if len(record) != len(header):
                    problems.append(
                        Problem(
                            "csv.fields",
                            f"{len(record)} fields where the header has {len(header)}",
                            source=source,
                            where=f"line {line}",
                            line=line,
                        )
                    )
                    continue
                for i, column, required, integer, timestamp in checks:
                    cell = record[i]
                    if cell[:1] in _RUNNABLE:
                        problems.append(
                            Problem(
                                "csv.formula",
                                f"cell starts with {cell[:1]!r}: a spreadsheet would run it as a formula",
                                source=source,
                                where=f"line {line} column {column}",
                                line=line,
                                hint="prefix the cell with an apostrophe",
                            )
                        )
                    if cell == "":
                        if required:
                            problems.append(
                                Problem(
                                    "csv.required",
                                    f"{column} is empty",
                                    source=source,
                                    where=f"line {line} column {column}",
                                    line=line,
                                )
                            )
                    elif integer and not cell.isdigit():
                        problems.append(
                            Problem(
                                "csv.integer",
                                f"{column} is not a whole number: {cell!r}",
                                source=source,
                                where=f"line {line} column {column}",
                                line=line,
                            )
                        )
                    elif timestamp and not _is_timestamp(cell):
                        problems.append(
                            Problem(
                                "csv.timestamp",
                                f"{column} is not an RFC 3339 timestamp with offset: {cell!r}",
                                source=source,
                                where=f"line {line} column {column}",
                                line=line,
                            )
                        )
        except csv.Error as exc:
            problems.append(Problem("csv.syntax", str(exc), source=source, where=f"line {reader.line_num}"))
        return problems

    def sniff(self, data: bytes) -> bool:
        first = data[:2048].decode("utf-8-sig", errors="replace").split("\n", 1)[0].strip("\r")
        return _table_of(first.split(",")) is not None


def _is_timestamp(cell: str) -> bool:
    from datetime import datetime

    try:
        return datetime.fromisoformat(cell).tzinfo is not None
    except ValueError:
        return False


register_format("csv", CSVTables)
