"""The canonical article model.

Everything newsdata reads is mapped into these models and everything it writes is
mapped out of them, so they carry the invariants every format relies on: aware
timestamps, and references (quote speakers, event participants and locations)
that resolve to a participant of the same article.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

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

# BCP 47 as used for news: a primary language subtag with optional script/region/variants.
LanguageTag = Annotated[
    str,
    Field(pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", examples=["ro", "en-GB", "de-AT"]),
]
NonEmpty = Annotated[str, Field(min_length=1)]
_WHITESPACE = re.compile(r"\s+")


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

    paragraph: Annotated[int, Field(ge=0)]
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]

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
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}")
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
    published: AwareDatetime | None = None
    modified: AwareDatetime | None = None
    reading_time_minutes: Annotated[int, Field(ge=0)] | None = None
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
