"""The one object the parsing stages pass along.

Each stage is a pure function ``Document -> Document`` that fills in its own part and
leaves the rest alone (``dataclasses.replace``), so a stage can be tested on a document
built by hand and the pipeline is just their composition.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from newsdata.quotes.marks import QuoteSpan
from newsdata.text import Sentence


@dataclass(frozen=True)
class Line:
    """One non-empty line of the normalised text."""

    number: int  # 1-based line number in the source, for error messages
    text: str
    blank_before: bool


@dataclass(frozen=True)
class PhotoDraft:
    caption: str | None
    credit: str | None


@dataclass(frozen=True)
class Header:
    headline: str = ""
    published: datetime | None = None
    modified: datetime | None = None
    reading_time_minutes: int | None = None
    authors: tuple[str, ...] = ()
    photos: tuple[PhotoDraft, ...] = ()
    # indexes into Document.lines that the header stage used up (headline, dates, byline,
    # photo lines anywhere in the text, scraper noise); the body stage skips them
    consumed: frozenset[int] = frozenset()
    body_start: int = 0
    url: str | None = None


@dataclass(frozen=True)
class Mention:
    """A run of words in a body paragraph that names someone or something."""

    paragraph: int
    start: int
    end: int
    text: str
    sentence: int  # index of the sentence in its paragraph
    sentence_initial: bool
    evidence: frozenset[str] = field(default_factory=frozenset)
    role: str | None = None  # a role word printed before the name ('primarul', 'Judge')
    acronym: str | None = None  # '(UCAS)' printed right after the name
    group: int | None = None  # mentions coordinated in one list share a group
    core: str | None = None  # the name without the lower-case head printed before it ('Toro' in 'calle Toro')

    @property
    def ref(self) -> tuple[int, int]:
        return (self.paragraph, self.start)


@dataclass(frozen=True)
class QuoteDraft:
    text: str
    paragraph: int
    start: int
    end: int
    speaker: str | None = None  # the speaker's name as printed, or an entity key once linked
    speaker_ref: tuple[int, int] | None = None  # the mention (paragraph, start) naming the speaker
    cue: str | None = None


@dataclass(frozen=True)
class EntityDraft:
    key: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    @property
    def refs(self) -> tuple[tuple[int, int], ...]:
        return tuple(m.ref for m in self.mentions)


@dataclass(frozen=True)
class EventDraft:
    type: str
    date: str | None
    location: str | None
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    source: str
    text: str
    lines: tuple[Line, ...] = ()
    language: str = "und"
    header: Header = field(default_factory=Header)
    body: tuple[str, ...] = ()
    # per body paragraph: its quotation-mark spans and its sentences
    quote_spans: tuple[tuple[QuoteSpan, ...], ...] = ()
    sentences: tuple[tuple[Sentence, ...], ...] = ()
    mentions: tuple[Mention, ...] = ()
    headline_mentions: tuple[Mention, ...] = ()  # paragraph -1: the headline, for participants and events
    quotes: tuple[QuoteDraft, ...] = ()
    entities: tuple[EntityDraft, ...] = ()
    events: tuple[EventDraft, ...] = ()
    warnings: tuple[str, ...] = ()
    # parse options that stages read: an outlet territory (ISO 3166 alpha-2) or IANA zone
    territory: str | None = None
    timezone: str | None = None

    # Indexes the later stages share; derived from the immutable fields, built on first use.
    @cached_property
    def entity_of(self) -> dict[tuple[int, int], EntityDraft]:
        """Mention (paragraph, start) -> the participant it names."""
        return {ref: e for e in self.entities for ref in e.refs}

    @cached_property
    def mentions_by_sentence(self) -> dict[tuple[int, int], list[Mention]]:
        """(paragraph, sentence) -> the mentions in that sentence, in text order."""
        index: dict[tuple[int, int], list[Mention]] = {}
        for m in self.mentions:
            index.setdefault((m.paragraph, m.sentence), []).append(m)
        return index
