"""Event stage: what happened, when, where and to whom.

A sentence that holds an event cue (from the language's data: 'grève', 's-au întâlnit',
'Besuch', 'fusión', ...) is a candidate event; its date is resolved against the
publication date, its location is the place it names (after a place preposition
first), its participants the people and organisations it names. News puts the main
event first, so candidates from the headline's subject and the first paragraphs win,
and one event per type is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from newsdata import lang
from newsdata.document import Document, EntityDraft, EventDraft, Mention
from newsdata.events.when import resolve_date
from newsdata.lang import alternation

EVENT_PARAGRAPHS = 4  # the main events of a news story are told in its first paragraphs
MAX_EVENTS = 3


@dataclass
class _Candidate:
    type: str
    paragraph: int
    position: int
    date: date | None
    location: str | None
    participants: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        return (
            (3.0 if self.paragraph == 0 else 1.5 / (1 + self.paragraph))
            + (1.0 if self.date else 0.0)
            + (1.0 if self.location else 0.0)
            + 0.3 * min(len(self.participants), 2)
        )


@cache
def _cue_patterns(code: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    try:
        language = lang.get(code)
    except KeyError:
        language = lang.get("en")
    compounds = language.flag("compound_words")
    out = []
    for event_type, words in language.body_map("event_cues").items():
        if not words:
            continue
        start = "" if compounds else r"(?<![^\W\d_])"
        out.append((event_type, re.compile(rf"{start}(?:{alternation(w.strip() for w in words)})", re.IGNORECASE)))
    return tuple(out)


def _first_cue(text: str, code: str) -> tuple[str, int] | None:
    best: tuple[str, int] | None = None
    for event_type, pattern in _cue_patterns(code):
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1]):
            best = (event_type, m.start())
    return best


def extract_events(doc: Document) -> Document:
    entity_of = _entity_index(doc)
    published = doc.header.published.date() if doc.header.published else None
    candidates: list[_Candidate] = []
    for p, text in enumerate(doc.body[:EVENT_PARAGRAPHS]):
        for s_index, sentence in enumerate(doc.sentences[p] if p < len(doc.sentences) else ()):
            piece = text[sentence.start : sentence.end]
            cue = _first_cue(_outside_quotes(text, sentence.start, sentence.end, doc, p), doc.language)
            if cue is None:
                continue
            mentions = [m for m in doc.mentions if m.paragraph == p and m.sentence == s_index]
            entities = [(m, entity_of[m.ref]) for m in mentions if m.ref in entity_of]
            location = _location(entities)
            participants = [e.key for _m, e in entities if e.type != "place"]
            candidates.append(
                _Candidate(
                    type=cue[0],
                    paragraph=p,
                    position=sentence.start,
                    date=resolve_date(piece, published, doc.language),
                    location=location,
                    participants=list(dict.fromkeys(participants)),
                )
            )
    return replace(doc, events=tuple(_select(candidates)))


def _outside_quotes(text: str, start: int, end: int, doc: Document, p: int) -> str:
    """The sentence with quotations blanked: what someone says is not what happened."""
    chars = list(text[start:end])
    for q in doc.quote_spans[p]:
        for i in range(max(q.start, start), min(q.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _entity_index(doc: Document) -> dict[tuple[int, int], EntityDraft]:
    return {ref: e for e in doc.entities for ref in e.refs}


def _location(entities: list[tuple[Mention, EntityDraft]]) -> str | None:
    places = [(m, e) for m, e in entities if e.type == "place"]
    if not places:
        return None
    after_preposition = [(m, e) for m, e in places if "place_prep" in m.evidence]
    return (after_preposition or places)[0][1].key


def _select(candidates: list[_Candidate]) -> list[EventDraft]:
    by_type: dict[str, _Candidate] = {}
    for c in candidates:
        kept = by_type.get(c.type)
        if kept is None:
            by_type[c.type] = c
            continue
        kept.date = kept.date or c.date
        kept.location = kept.location or c.location
        kept.participants += [p for p in c.participants if p not in kept.participants]
    ranked = sorted(by_type.values(), key=lambda c: -c.score)
    chosen = ranked[:1] + [c for c in ranked[1:MAX_EVENTS] if c.date and c.location]
    fallback_date = next((c.date for c in chosen if c.date), None)
    fallback_location = next((c.location for c in chosen if c.location), None)
    drafts = []
    for c in sorted(chosen, key=lambda c: (c.paragraph, c.position)):
        when = c.date or fallback_date
        drafts.append(
            EventDraft(
                type=c.type,
                date=when.isoformat() if when else None,
                location=c.location or fallback_location,
                participants=tuple(c.participants),
            )
        )
    return drafts
