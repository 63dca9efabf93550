"""A plain (non-Hypothesis) article factory, for example-based tests.

``make_article(**overrides)`` gives a small valid article in one call; each override
replaces a field (validated, so a bad override fails at once and names the field).
``participants=2`` style counts build consistent participants, quotes and events.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from newsdata.model import Article
from newsdata.testing.vocabulary import VOCABULARIES

_COUNTS = ("participants", "quotes", "events", "photos", "authors")


def make_article(language: str = "ro", **overrides: Any) -> Article:
    """A valid article in ``language``; integer ``participants``/``quotes``/``events``/``photos``/``authors``
    ask for that many consistent items, any other keyword replaces the field."""
    vocab = VOCABULARIES.get(language.split("-")[0], VOCABULARIES["en"])
    counts = {k: overrides.pop(k) for k in _COUNTS if isinstance(overrides.get(k), int)}
    n_people = counts.get("participants", 2)
    names = [
        f"{vocab.given_names[i % len(vocab.given_names)]} {vocab.surnames[i % len(vocab.surnames)]}"
        for i in range(n_people)
    ]
    participants = [{"id": f"p{i + 1}", "name": name, "type": "person"} for i, name in enumerate(names)]
    if n_people:
        participants.append({"id": "loc1", "name": vocab.places[0], "type": "place"})
    ids = [p["id"] for p in participants if p["type"] == "person"]
    published = datetime(2026, 3, 29, 9, 12, tzinfo=timezone(timedelta(hours=3)))
    opening, closing = vocab.outer_quotes
    body = [" ".join(vocab.sentences[:2]), vocab.sentences[2]]
    quotes = []
    for i in range(counts.get("quotes", 1 if ids else 0)):
        speaker = participants[i % len(ids)] if ids else None
        text = vocab.quotes[i % len(vocab.quotes)].format(inner=vocab.inner_quotes[0], close=vocab.inner_quotes[1])
        quotes.append(
            {
                "text": text,
                "speaker": speaker["name"] if speaker else None,
                "speaker_id": speaker["id"] if speaker else None,
                "cue": vocab.cue,
            }
        )
        body.append(f"{opening}{text}{closing}, {vocab.cue}.")
    location = {"location": vocab.places[0], "location_id": "loc1"} if n_people else {}
    events = [
        {"type": "meeting", "date": "2026-03-28", "participants": ids[:2], **location}
        for _ in range(counts.get("events", 1 if ids else 0))
    ]
    data: dict[str, Any] = {
        "id": "example-1",
        "language": language,
        "headline": vocab.headlines[0],
        "published": published,
        "modified": published + timedelta(hours=4),
        "reading_time_minutes": 3,
        "authors": [{"name": names[i % len(names)] if names else "Redacția"} for i in range(counts.get("authors", 1))],
        "photos": [
            {"caption": vocab.captions[i % len(vocab.captions)], "credit": vocab.agencies[0]}
            for i in range(counts.get("photos", 1))
        ],
        "body": body,
        "quotes": quotes,
        "participants": participants,
        "events": events,
    }
    data.update(overrides)
    return Article.model_validate(data)
