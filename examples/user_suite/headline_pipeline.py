"""A tiny "user pipeline": what a team might build on newsdata.

It turns a canonical article into a flat record for a search index, and back. The tests
next to it show how a user's CI checks such code with newsdata.testing.
"""

from __future__ import annotations

from typing import Any

from newsdata.model import Article


def to_index_record(article: Article) -> dict[str, Any]:
    """One flat record per article: the fields a search index needs."""
    return {
        "id": article.id,
        "lang": article.language.split("-")[0],
        "title": article.headline,
        "published_utc": article.published.astimezone().isoformat() if article.published else None,
        "people": sorted({p.name for p in article.participants if p.type == "person"}),
        "quote_count": len(article.quotes),
        "has_photo": bool(article.photos),
    }


def speakers(article: Article) -> list[str]:
    """Names of quoted participants, resolved through speaker_id."""
    names = {p.id: p.name for p in article.participants}
    return [names[q.speaker_id] for q in article.quotes if q.speaker_id is not None]
