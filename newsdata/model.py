"""The canonical article model.

Everything newsdata reads is mapped into these models and everything it writes is
mapped out of them, so they carry the invariants every format relies on: aware
timestamps, and references (quote speakers, event participants and locations)
that resolve to a participant of the same article.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

EntityType = Literal["person", "organization", "place"]
EventType = Literal[
    "meeting",
    "visit",
    "statement",
    "negotiation",
    "agreement",
    "election",
    "protest",
    "attack",
    "accident",
    "announcement",
    "other",
]

# The committed JSON Schema must accept exactly what the model accepts (tests/test_properties_schema.py):
# so no field may take what its schema rejects (pydantic's lax coercions: "5" or true for an
# integer, a number or "2026-03-29 03:30" for a timestamp) or the other way round.

# BCP 47 as used for news: a primary language subtag with optional script/region/variants.
# Not stripped: a padded " ro" is as wrong to the model as to the schema's anchored pattern.
LanguageTag = Annotated[
    str,
    StringConstraints(strip_whitespace=False),
    Field(pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", examples=["ro", "en-GB", "de-AT"]),
]
# Stripped, then non-empty: the schema says the same with "contains a non-space character".
NonEmpty = Annotated[str, Field(min_length=1, pattern=r"\S")]
_WHITESPACE = re.compile(r"\s+")

# RFC 3339 with a mandatory offset, ranges checked as far as a pattern can (day-of-month
# validity needs the schema's "date-time" format assertion).
RFC3339 = (
    r"^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?"
    r"(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$"
)
_RFC3339 = re.compile(RFC3339)


def _rfc3339(value: object) -> object:
    """Timestamps come as datetimes (from code) or RFC 3339 strings (from documents), nothing else."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and _RFC3339.match(value):
        return value
    raise ValueError("must be an RFC 3339 timestamp with its timezone offset, e.g. 2026-03-29T09:12:00+03:00")


def _integer(value: object) -> object:
    """JSON Schema's integer: 3 and 3.0, never "3" or true."""
    if isinstance(value, str | bytes | bool):
        raise ValueError("must be an integer, not a string or a boolean")
    return value


Timestamp = Annotated[AwareDatetime, BeforeValidator(_rfc3339), Field(json_schema_extra={"pattern": RFC3339})]
Count = Annotated[int, Field(ge=0), BeforeValidator(_integer)]


class _Strict(BaseModel):
    """Unknown keys are rejected so a typo in a feed is an error, not silent data loss."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Author(_Strict):
    name: NonEmpty
    url: str | None = None


class Photo(_Strict):
    caption: str | None = None
    credit: str | None = None
    url: str | None = None


class Span(_Strict):
    """Where a piece of text sits: body paragraph index and character offsets in it."""

    paragraph: Count
    start: Count
    end: Count

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span ends ({self.end}) before it starts ({self.start})")
        return self


class Mention(Span):
    text: NonEmpty


class Entity(_Strict):
    """A named person, organization or place, once per article."""

    id: NonEmpty
    name: NonEmpty
    type: EntityType
    aliases: list[NonEmpty] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Quote(_Strict):
    """A direct quotation.

    ``speaker`` is the speaker's name as well as ``speaker_id`` (a participant id), so a
    consumer reading only the quote list still knows who spoke.
    """

    text: NonEmpty
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None
    span: Span | None = None


class Event(_Strict):
    type: EventType
    date: Annotated[str, StringConstraints(strip_whitespace=False)] | None = Field(
        default=None, pattern=r"^\d{4}-\d{2}-\d{2}"
    )
    location: str | None = None
    location_id: str | None = None
    participants: list[str] = Field(default_factory=list, description="participant ids")
    summary: str | None = None


class Source(_Strict):
    path: str | None = None
    url: str | None = None
    outlet: str | None = None


Origin = Literal["declared", "text", "agree", "record"]


class FieldOrigin(_Strict):
    """Where one header field's value came from, when a page declares metadata.

    ``origin`` is ``declared`` (the page's JSON-LD, meta tags or markup), ``text`` (the text
    parser), ``agree`` (both gave the same value) or ``record`` (the web archive record,
    for the URL). ``declared_in`` names the declaration ('json-ld', 'opengraph', 'meta',
    'time', 'rel-author', 'canonical', 'html-lang', 'title'). ``other`` is the value the
    losing source gave when the two disagree, so a publisher can see the disagreement.
    """

    origin: Origin
    declared_in: str | None = None
    other: str | list[str] | None = None


class Provenance(_Strict):
    """Per header field, where its value came from (see ``FieldOrigin``); a field is
    absent when no source gave it a value."""

    headline: FieldOrigin | None = None
    published: FieldOrigin | None = None
    modified: FieldOrigin | None = None
    authors: FieldOrigin | None = None
    photos: FieldOrigin | None = None
    language: FieldOrigin | None = None
    url: FieldOrigin | None = None


class Article(_Strict):
    id: NonEmpty
    language: LanguageTag
    headline: str
    published: Timestamp | None = None
    modified: Timestamp | None = None
    reading_time_minutes: Count | None = None
    authors: list[Author] = Field(default_factory=list)
    photos: list[Photo] = Field(default_factory=list)
    body: list[str] = Field(default_factory=list, description="paragraphs, boilerplate removed")
    quotes: list[Quote] = Field(default_factory=list)
    participants: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    source: Source = Field(default_factory=Source)
    provenance: Provenance | None = Field(
        default=None,
        description="where each header field came from, for articles read from HTML with declared metadata",
    )

    @model_validator(mode="after")
    def _references_resolve(self) -> Article:
        counts = Counter(entity.id for entity in self.participants)
        duplicated = sorted(pid for pid, n in counts.items() if n > 1)
        if duplicated:
            raise ValueError(f"duplicate participant id(s): {', '.join(duplicated)}")
        known = set(counts)
        dangling: list[str] = []
        for i, quote in enumerate(self.quotes):
            if quote.speaker_id is not None and quote.speaker_id not in known:
                dangling.append(f"quotes[{i}].speaker_id={quote.speaker_id!r}")
        for i, event in enumerate(self.events):
            if event.location_id is not None and event.location_id not in known:
                dangling.append(f"events[{i}].location_id={event.location_id!r}")
            for j, pid in enumerate(event.participants):
                if pid not in known:
                    dangling.append(f"events[{i}].participants[{j}]={pid!r}")
        if dangling:
            raise ValueError("reference(s) to unknown participant: " + "; ".join(dangling))
        return self

    def participant(self, pid: str) -> Entity | None:
        return next((p for p in self.participants if p.id == pid), None)


def collapse_whitespace(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()
