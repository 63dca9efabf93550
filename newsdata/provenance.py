"""Reading an article's provenance: where its header fields disagree between what the
page declared and what its text says.

A later ``newsdata validate`` warns on each ``Disagreement``; publishers use the list to
find pages whose JSON-LD or meta tags say something else than the visible article.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdata.model import Article, Photo

FIELDS = ("headline", "published", "modified", "authors", "photos", "language", "url")


@dataclass(frozen=True)
class Disagreement:
    field: str  # 'published', 'authors', ...
    kept: str | list[str] | None  # the value the article carries
    kept_from: str  # 'declared', 'text' or 'record'
    other: str | list[str]  # the value the other source gave
    declared_in: str | None  # the declaration involved ('json-ld', 'opengraph', ...)

    def __str__(self) -> str:
        where = f" ({self.declared_in})" if self.declared_in else ""
        return f"{self.field}: {self.kept_from} says {self.kept!r}, the other source{where} says {self.other!r}"


def photo_label(photo: Photo) -> str:
    """One photo as one string, 'caption | credit', for provenance and messages."""
    return " | ".join(part or "" for part in (photo.caption, photo.credit))


def _value(article: Article, field: str) -> str | list[str] | None:
    if field == "authors":
        return [a.name for a in article.authors]
    if field == "photos":
        return [photo_label(p) for p in article.photos]
    if field in ("published", "modified"):
        stamp = getattr(article, field)
        return stamp.isoformat() if stamp else None
    if field == "url":
        return article.source.url
    value = getattr(article, field)
    return str(value) if value is not None else None


def disagreements(article: Article) -> list[Disagreement]:
    """Every header field whose declared and text values disagree, in field order."""
    if article.provenance is None:
        return []
    found: list[Disagreement] = []
    for field in FIELDS:
        origin = getattr(article.provenance, field)
        if origin is None or origin.other is None or origin.origin == "agree":
            continue
        found.append(
            Disagreement(
                field=field,
                kept=_value(article, field),
                kept_from=origin.origin,
                other=origin.other,
                declared_in=origin.declared_in,
            )
        )
    return found
