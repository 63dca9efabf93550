"""Articles back from the rows of per-article tables: the CSV and Parquet importers' one assembler.

Both formats write an article as one ``articles`` row plus rows of child tables keyed by
``article_id`` and ordered by ``position``. They differ only in where three things live
(the body, the participants' mentions and the events' participants), which each format
passes in as a :class:`Layout`; everything else is read here, once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsdata.errors import InputError

Row = Mapping[str, str]
Children = dict[str, list[Row]]  # child table name -> one article's rows


def optional(cell: str) -> str | None:
    """An optional text cell: empty is null."""
    return cell if cell != "" else None


def integer(cell: str) -> int | None:
    return int(cell) if cell != "" else None


def in_order(rows: Sequence[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: int(r["position"]) if r.get("position", "").isdigit() else 0)


@dataclass(frozen=True)
class Layout:
    """How one format lays out what the tables do not share."""

    body: Callable[[Row, Children], list[str]]
    mentions: Callable[[Row, Children], list[Any]]  # of a participants row
    event_participants: Callable[[Row, Children], list[str]]  # of an events row
    place: Callable[[int], str]  # the articles row's place in an error ('articles line 2')


def children_by_article(tables: Mapping[str, Sequence[Row]]) -> dict[str, Children]:
    children: dict[str, Children] = {}
    for table, rows in tables.items():
        if table != "articles":
            for row in rows:
                children.setdefault(row["article_id"], {}).setdefault(table, []).append(row)
    return children


def check_unique_ids(rows: Sequence[Row], layout: Layout, *, source: str) -> None:
    """Every child row is keyed by article id: with a duplicate, its rows could belong to either."""
    seen: set[str] = set()
    for n, row in enumerate(rows):
        if row["article_id"] in seen:
            raise InputError(f"article id {row['article_id']!r} appears twice", source=source, where=layout.place(n))
        seen.add(row["article_id"])


def article_fields(row: Row, own: Children, layout: Layout) -> dict[str, Any]:
    """The canonical article's fields from one articles row and its child rows."""
    return {
        "id": row["article_id"],
        "language": row["language"],
        "headline": row["headline"],
        "published": optional(row["published"]),
        "modified": optional(row["modified"]),
        "reading_time_minutes": integer(row["reading_time_minutes"]),
        "body": layout.body(row, own),
        "source": {
            "path": optional(row["source_path"]),
            "url": optional(row["source_url"]),
            "outlet": optional(row["source_outlet"]),
        },
        "authors": [{"name": r["name"], "url": optional(r["url"])} for r in in_order(own.get("authors", []))],
        "photos": [
            {"caption": optional(r["caption"]), "credit": optional(r["credit"]), "url": optional(r["url"])}
            for r in in_order(own.get("photos", []))
        ],
        "quotes": [
            {
                "text": r["text"],
                "speaker": optional(r["speaker"]),
                "speaker_id": optional(r["speaker_id"]),
                "cue": optional(r["cue"]),
                "span": None
                if r["paragraph"] == ""
                else {"paragraph": integer(r["paragraph"]), "start": integer(r["start"]), "end": integer(r["end"])},
            }
            for r in in_order(own.get("quotes", []))
        ],
        "participants": [
            {
                "id": r["participant_id"],
                "name": r["name"],
                "type": r["type"],
                "aliases": json.loads(r["aliases"] or "[]"),
                "mentions": layout.mentions(r, own),
            }
            for r in in_order(own.get("participants", []))
        ],
        "events": [
            {
                "type": r["type"],
                "date": optional(r["date"]),
                "location": optional(r["location"]),
                "location_id": optional(r["location_id"]),
                "summary": optional(r["summary"]),
                "participants": layout.event_participants(r, own),
            }
            for r in in_order(own.get("events", []))
        ],
    }
