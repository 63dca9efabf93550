"""Model stage: the finished document becomes a validated canonical Article."""

from __future__ import annotations

import hashlib

from newsdata.document import Document
from newsdata.model import Article, Author, Entity, Event, Photo, Quote, Source, Span


def article_id(doc: Document) -> str:
    """Stable across runs: a URL when the text names one, else the text's content hash."""
    basis = doc.header.url or doc.text
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]


def build_article(doc: Document) -> Article:
    keys = {entity.key: f"p{n}" for n, entity in enumerate(doc.entities, start=1)}
    names = {entity.key: entity.name for entity in doc.entities}
    participants = [Entity(id=keys[e.key], name=e.name, type=e.type, aliases=list(e.aliases)) for e in doc.entities]
    quotes = [
        Quote(
            text=q.text,
            speaker=names.get(q.speaker, q.speaker) if q.speaker else None,
            speaker_id=keys.get(q.speaker) if q.speaker else None,
            cue=q.cue,
            span=Span(paragraph=q.paragraph, start=q.start, end=q.end),
        )
        for q in doc.quotes
    ]
    events = [
        Event(
            type=e.type,
            date=e.date,
            location=names.get(e.location, e.location) if e.location else None,
            location_id=keys.get(e.location) if e.location else None,
            participants=[keys[k] for k in e.participants if k in keys],
        )
        for e in doc.events
    ]
    h = doc.header
    return Article(
        id=article_id(doc),
        language=doc.language,
        headline=h.headline,
        published=h.published,
        modified=h.modified,
        reading_time_minutes=h.reading_time_minutes,
        authors=[Author(name=a) for a in h.authors],
        photos=[Photo(caption=p.caption, credit=p.credit) for p in h.photos],
        body=list(doc.body),
        quotes=quotes,
        participants=participants,
        events=events,
        source=Source(path=doc.source if doc.source != "-" else None, url=h.url),
    )
