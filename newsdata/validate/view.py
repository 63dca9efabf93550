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


@dataclass(frozen=True, slots=True)
class Place:
    """Where something is: ``where`` as shown ("line 12", "/headlines/0/value",
    "line 3 /image/0") and the line number when there is one."""

    where: str | None
    line: int | None = None


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
