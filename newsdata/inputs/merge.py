"""Merging what a page declares with what the text parser read, field by field.

Precedence (the README's "Provenance" section says the same):

- **published, modified**: a declared timestamp with a time of day wins, since the
  publishing system wrote it as data; when it names the same instant as the text, the
  text's value is kept because its offset is the one the outlet prints. A declared date
  without a time only confirms or contradicts; it never replaces a text timestamp.
- **authors**: declared people win (JSON-LD ``author``, ``rel=author``, author meta tags),
  as a list needs no byline parsing; organisations declared as author fill in only when
  the text has no byline.
- **headline, photos**: the visible text wins, since declared headlines and image captions
  are often shortened or rewritten for search engines; declared values fill in when the
  text has none (or the page has no ``<h1>``, for the headline).
- **language**: the language detected in the text wins (templates often hard-code
  ``lang="en"``); the declared one fills in when detection fails.
- **url**: the archive record's target URI wins (it is where the page was fetched and the
  source of the article id), then the declared canonical URL, then a URL in the text.

Each field's ``FieldOrigin`` records the winner, the declaration it came from and, when
the sources disagree, the losing value.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from newsdata import zones
from newsdata.inputs.declared import Declared, DeclaredMetadata
from newsdata.model import Article, Author, FieldOrigin, Photo, Provenance, collapse_whitespace
from newsdata.provenance import photo_label


@dataclass(frozen=True)
class MergeContext:
    record_url: str | None = None
    page_has_h1: bool = True
    territory: str | None = None
    timezone: str | None = None


def _fold(text: str) -> str:
    return collapse_whitespace(text).casefold()


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _outlet_zone(article: Article, ctx: MergeContext, url: str | None) -> Any:
    territory = ctx.territory or (zones.tld_territory(url) if url else None)
    return zones.outlet_zone(article.language.split("-")[0], territory, ctx.timezone)


def _merge_headline(article: Article, declared: Declared | None, ctx: MergeContext) -> tuple[str, FieldOrigin | None]:
    text = article.headline
    if declared is None:
        return text, FieldOrigin(origin="text") if text else None
    value = str(declared.value)
    same = _fold(value) == _fold(text) or (declared.where == "title" and _fold(value).startswith(_fold(text)))
    if same:
        return text, FieldOrigin(origin="agree", declared_in=declared.where)
    if not text or (not ctx.page_has_h1 and declared.where != "title"):
        return value, FieldOrigin(origin="declared", declared_in=declared.where, other=text or None)
    return text, FieldOrigin(origin="text", declared_in=declared.where, other=value)


def _merge_stamp(
    text: datetime | None, declared: Declared | None, zone: Any
) -> tuple[datetime | None, FieldOrigin | None]:
    if declared is None:
        return text, FieldOrigin(origin="text") if text else None
    value = declared.value
    if isinstance(value, str):  # a date without a time
        day = date.fromisoformat(value)
        if text is None:
            return None, FieldOrigin(origin="text", declared_in=declared.where, other=value)
        if text.date() == day:
            return text, FieldOrigin(origin="agree", declared_in=declared.where)
        return text, FieldOrigin(origin="text", declared_in=declared.where, other=value)
    stamp: datetime = value if value.tzinfo is not None else value.replace(tzinfo=zone)
    if text is not None and text == stamp:
        return text, FieldOrigin(origin="agree", declared_in=declared.where)
    if stamp.utcoffset() == timedelta(0):
        stamp = stamp.astimezone(zone)  # a UTC stamp is printed in the outlet's local time
    return stamp, FieldOrigin(origin="declared", declared_in=declared.where, other=_iso(text))


def _merge_authors(article: Article, declared: Declared | None) -> tuple[list[Author], FieldOrigin | None]:
    text = article.authors
    if declared is None:
        return text, FieldOrigin(origin="text") if text else None
    entries: tuple[tuple[str, str | None, bool], ...] = declared.value
    people = [(name, url) for name, url, is_person in entries if is_person]
    text_names = [a.name for a in text]
    if people and {_fold(n) for n, _ in people} == {_fold(n) for n in text_names}:
        urls = {_fold(n): u for n, u in people}
        return [Author(name=a.name, url=a.url or urls.get(_fold(a.name))) for a in text], FieldOrigin(
            origin="agree", declared_in=declared.where
        )
    if people:
        return [Author(name=n, url=u) for n, u in people], FieldOrigin(
            origin="declared", declared_in=declared.where, other=text_names or None
        )
    names = [name for name, _, _ in entries]
    if not text:
        return [Author(name=n) for n in names], FieldOrigin(origin="declared", declared_in=declared.where)
    return text, FieldOrigin(origin="text", declared_in=declared.where, other=names)


def _merge_photos(article: Article, declared: Declared | None) -> tuple[list[Photo], FieldOrigin | None]:
    text = article.photos
    if declared is None:
        return text, FieldOrigin(origin="text") if text else None
    photos = [Photo(caption=c, credit=r) for c, r in declared.value]
    if not text:
        return photos, FieldOrigin(origin="declared", declared_in=declared.where)
    text_captions = {_fold(p.caption or "") for p in text}
    if {_fold(p.caption or "") for p in photos} <= text_captions:
        return text, FieldOrigin(origin="agree", declared_in=declared.where)
    return text, FieldOrigin(origin="text", declared_in=declared.where, other=[photo_label(p) for p in photos])


def _merge_language(article: Article, declared: Declared | None) -> tuple[str, FieldOrigin | None]:
    text = article.language
    if declared is None:
        return text, FieldOrigin(origin="text") if text != "und" else None
    value = str(declared.value)
    primary = value.split("-")[0].casefold()
    if text == "und":
        return primary, FieldOrigin(origin="declared", declared_in=declared.where)
    if primary == text.split("-")[0].casefold():
        return text, FieldOrigin(origin="agree", declared_in=declared.where)
    return text, FieldOrigin(origin="text", declared_in=declared.where, other=value)


def _merge_url(article: Article, declared: Declared | None, ctx: MergeContext) -> tuple[str | None, FieldOrigin | None]:
    declared_url = str(declared.value) if declared is not None else None
    if ctx.record_url:
        if declared_url is None or declared_url == ctx.record_url:
            origin = "record" if declared_url is None else "agree"
            return ctx.record_url, FieldOrigin(origin=origin, declared_in=declared.where if declared else None)
        return ctx.record_url, FieldOrigin(
            origin="record", declared_in=declared.where if declared else None, other=declared_url
        )
    if declared is not None:
        return declared_url, FieldOrigin(origin="declared", declared_in=declared.where)
    url = article.source.url
    return url, FieldOrigin(origin="text") if url else None


def merge(article: Article, declared: DeclaredMetadata, ctx: MergeContext) -> Article:
    """The article with declared metadata merged in and every header field's provenance."""
    headline, headline_origin = _merge_headline(article, declared.headline, ctx)
    language, language_origin = _merge_language(article, declared.language)
    url, url_origin = _merge_url(article, declared.url, ctx)
    zone = _outlet_zone(article.model_copy(update={"language": language}), ctx, url)
    published, published_origin = _merge_stamp(article.published, declared.published, zone)
    modified, modified_origin = _merge_stamp(article.modified, declared.modified, zone)
    authors, authors_origin = _merge_authors(article, declared.authors)
    photos, photos_origin = _merge_photos(article, declared.photos)
    provenance = Provenance(
        headline=headline_origin,
        published=published_origin,
        modified=modified_origin,
        authors=authors_origin,
        photos=photos_origin,
        language=language_origin,
        url=url_origin,
    )
    article_id = hashlib.sha256(url.encode("utf-8")).hexdigest()[:20] if url else article.id
    source = article.source.model_copy(update={"url": url})
    return Article.model_validate(
        {
            **dict(article),
            "id": article_id,
            "headline": headline,
            "language": language,
            "published": published,
            "modified": modified,
            "authors": authors,
            "photos": photos,
            "source": source,
            "provenance": provenance,
        }
    )
