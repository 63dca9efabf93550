"""The common view of a news document that the semantic checks read.

Every format says the same few things differently (a NewsML-G2 ``contentModified``, a
ninjs ``versionCreated``, a JSON-LD ``dateModified``), so each format gets an extractor
(``views.py``) and the checks are written once, against this view. Every value keeps
its place in the original document (an XML line or a JSON pointer), which the canonical
Article an importer builds would lose, and nothing is normalised away: a timestamp
without a zone is kept as written, since saying so is one of the checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsdata.formats.jsondoc import pointer

_XML_LINE: tuple[str, tuple[str | int, ...]] = ("line", ())
_new = object.__new__


class Place:
    """Where something is: ``where`` as shown ("line 12", "/headlines/0/value",
    "line 3 /image/0") and the line number when there is one.

    A view holds a place for every value it extracts, but only the few values a check
    reports on are ever shown, so the extractors give the parts (``Place.at``) and
    ``where`` is written on first use (issue 6's throughput: a JSON pointer per value
    cost as much as the view's other work).
    """

    __slots__ = ("_parts", "_where", "line")

    def __init__(self, where: str | None, line: int | None = None) -> None:
        self._where = where
        self._parts: tuple[str, tuple[str | int, ...]] | None = None
        self.line = line

    @classmethod
    def at(cls, prefix: str, line: int | None, parts: tuple[str | int, ...]) -> Place:
        """The place of ``parts`` (JSON keys and indexes) under ``prefix`` ("" for a
        whole file, "/3" for an array member, "line 3" for a JSON Lines line, whose
        ``line`` is 3): "/3/headline", "line 3 /headline", "/" for the root."""
        place = _new(cls)
        place._where = None
        place._parts = (prefix, parts)
        place.line = line
        return place

    @classmethod
    def of_line(cls, line: int | None) -> Place:
        """"line N" (an XML element's line), written on first use. (Set here, not through
        ``__init__``: a NewsML-G2 view makes a dozen of these per item.)"""
        place = _new(cls)
        place._where = None
        place._parts = _XML_LINE
        place.line = line
        return place

    @property
    def where(self) -> str | None:
        if self._parts is not None:
            if self._parts is _XML_LINE:
                self._where, self._parts = f"line {self.line}", None
                return self._where
            prefix, parts = self._parts
            path = pointer(parts)
            if self.line is not None:
                self._where = f"{prefix} {path}" if path else prefix
            else:
                self._where = prefix + path or "/"
            self._parts = None
        return self._where

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Place):
            return NotImplemented
        return self.where == other.where and self.line == other.line

    def __hash__(self) -> int:
        return hash((self.where, self.line))

    def __repr__(self) -> str:
        return f"Place(where={self.where!r}, line={self.line!r})"


@dataclass(frozen=True, slots=True)
class Value:
    """A value as written, the name of its field in that format, and its place."""

    text: str
    field: str
    place: Place


@dataclass(frozen=True, slots=True)
class Image:
    place: Place
    credit: str | None
    label: str


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """A quotation and whom it is attributed to, by name and/or by participant id."""

    place: Place
    speaker: str | None
    speaker_id: str | None


@dataclass(slots=True)
class DocumentView:
    """One news document (a newsItem, a ninjs object, a JSON-LD article node, a
    canonical article).

    ``version`` is the document's own version number (NewsML-G2 ``@version``, ninjs
    ``version``): one id with several versions is one item updated, not a duplicate.
    ``headline`` is None when the format's headline field is absent (concept items,
    events and planning items have none), and a Value, possibly blank, when present.
    ``ordered`` holds (earlier, later) pairs that must not be reversed, such as
    (published, modified). ``participant_ids`` / ``participant_names`` are what quotes
    may be attributed to. ``extra`` carries what one format or one check needs beyond
    this (for checks registered by others).
    """

    format: str
    place: Place
    id: Value | None = None
    version: str | None = None
    headline: Value | None = None
    timestamps: list[Value] = field(default_factory=list)
    ordered: list[tuple[Value, Value]] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    participant_ids: set[str] = field(default_factory=set)
    participant_names: set[str] = field(default_factory=set)
    quotes: list[QuoteRef] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
