"""What a page declares about itself: JSON-LD, OpenGraph and ``article:*`` meta tags,
``<time datetime>``, ``rel=author``, the canonical link and ``<html lang>``.

These are written by the publishing system, not typed by the reporter, so they need no
guessing; they are read here as they are, and ``newsdata.inputs.merge`` decides how they
combine with what the text parser finds. Each value remembers where it was declared.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import html as lxml_html

# schema.org types whose instance is the article itself (NewsArticle and its subtypes,
# and the Article/CreativeWork types news sites use for it)
ARTICLE_TYPES = frozenset(
    {
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "LiveBlogPosting",
        "BlogPosting",
        "Article",
        "Report",
        "ScholarlyArticle",
        "SocialMediaPosting",
        "TechArticle",
    }
)
_JSON_COMMENTS = re.compile(r"^\s*<!--|-->\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


@dataclass(frozen=True)
class Declared:
    """One declared value and where it was declared ('json-ld', 'opengraph', 'meta', ...)."""

    value: Any
    where: str


@dataclass
class DeclaredMetadata:
    headline: Declared | None = None
    published: Declared | None = None  # value: datetime (aware or naive) or date-only str
    modified: Declared | None = None
    authors: Declared | None = None  # value: tuple of (name, url | None, is_person)
    photos: Declared | None = None  # value: tuple of (caption | None, credit | None)
    language: Declared | None = None
    url: Declared | None = None
    site_name: str | None = None
    problems: list[str] = field(default_factory=list)


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {str(v).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for v in values if v}


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD node, through arrays, ``@graph`` and nesting (mainEntity, hasPart)."""
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for key, value in data.items():
            if key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement", "item"):
                yield from _walk(value)


def _load_json(text: str) -> Any:
    text = _JSON_COMMENTS.sub("", text.strip())
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return json.loads(_TRAILING_COMMA.sub(r"\1", text))  # a common hand-edited template slip


def article_nodes(tree: lxml_html.HtmlElement, problems: list[str]) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().casefold() != "application/ld+json" or not script.text:
            continue
        try:
            data = _load_json(script.text)
        except json.JSONDecodeError as exc:
            line = (script.sourceline or 0) + exc.lineno - 1
            problems.append(f"line {line}: JSON-LD is not valid JSON ({exc.msg})")
            continue
        nodes.extend(node for node in _walk(data) if _types(node) & ARTICLE_TYPES)
    return nodes


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def parse_datetime(value: str | None) -> datetime | str | None:
    """An ISO 8601 timestamp as a datetime (aware when it has an offset); a date alone as a string."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        m = re.match(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?([+-]\d{2})(\d{2})$", value)
        if m:  # '+0100' without the colon on older Pythons' terms
            try:
                return datetime.fromisoformat(f"{m[1]}{m[2]}:{m[3]}")
            except ValueError:
                return None
        return None


def _people(value: Any) -> tuple[tuple[str, str | None, bool], ...]:
    items = value if isinstance(value, list) else [value]
    people: list[tuple[str, str | None, bool]] = []
    for item in items:
        if isinstance(item, dict):
            name = _text(item.get("name"))
            url = _text(item.get("url") or item.get("@id"))
            is_person = "Organization" not in _types(item) and "NewsMediaOrganization" not in _types(item)
        else:
            name, url, is_person = _text(item), None, True
        if name and not name.startswith(("http://", "https://")):
            people.append((name, url, is_person))
    return tuple(people)


def _images(value: Any) -> tuple[tuple[str | None, str | None], ...]:
    items = value if isinstance(value, list) else [value]
    photos: list[tuple[str | None, str | None]] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        caption = _text(item.get("caption") or item.get("description"))
        credit = _text(item.get("creditText") or item.get("copyrightHolder") or item.get("author"))
        if caption or credit:
            photos.append((caption, credit))
    return tuple(photos)


def _meta(tree: lxml_html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().casefold()
        content = meta.get("content")
        if key and content and content.strip() and key not in found:
            found[key] = " ".join(content.split())
    return found


def _from_json_ld(node: dict[str, Any], out: DeclaredMetadata) -> None:
    where = "json-ld"
    headline = _text(node.get("headline") or node.get("name"))
    if headline:
        out.headline = Declared(headline, where)
    for key, attr in (("datePublished", "published"), ("dateModified", "modified")):
        stamp = parse_datetime(_text(node.get(key)))
        if stamp is not None:
            setattr(out, attr, Declared(stamp, where))
    authors = _people(node.get("author"))
    if authors:
        out.authors = Declared(authors, where)
    photos = _images(node.get("image"))
    if photos:
        out.photos = Declared(photos, where)
    language = _text(node.get("inLanguage"))
    if language:
        out.language = Declared(language, where)
    entity = node.get("mainEntityOfPage")
    url = _text(node.get("url")) or (_text(entity.get("@id")) if isinstance(entity, dict) else _text(entity))
    if url and url.startswith(("http://", "https://")):
        out.url = Declared(url, where)


def extract_declared(tree: lxml_html.HtmlElement) -> DeclaredMetadata:
    """Declared metadata, the strongest declaration winning: JSON-LD, then OpenGraph and
    article:* tags, then plain meta tags and markup (``<time>``, ``rel=author``, ``lang``)."""
    out = DeclaredMetadata()
    meta = _meta(tree)
    out.site_name = meta.get("og:site_name")
    # weakest first, so stronger declarations overwrite
    title = tree.findtext(".//title")
    if title and title.strip():
        out.headline = Declared(" ".join(title.split()), "title")
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang and lang.strip():
        out.language = Declared(lang.strip(), "html-lang")
    _from_markup(tree, out)
    _from_meta(meta, out)
    nodes = article_nodes(tree, out.problems)
    if nodes:
        _from_json_ld(nodes[0], out)
    return out


def _from_markup(tree: lxml_html.HtmlElement, out: DeclaredMetadata) -> None:
    times = [t for t in tree.iter("time") if t.get("datetime")]
    published = [t for t in times if (t.get("itemprop") or "").casefold() == "datepublished"] or times[:1]
    modified = [t for t in times if (t.get("itemprop") or "").casefold() == "datemodified"]
    if not modified and len(times) > 1 and not any(t.get("itemprop") for t in times):
        modified = times[1:2]
    for attr, found in (("published", published), ("modified", modified)):
        stamp = parse_datetime(found[0].get("datetime")) if found else None
        if stamp is not None:
            setattr(out, attr, Declared(stamp, "time"))
    people: list[tuple[str, str | None, bool]] = []
    for link in tree.iter("a", "link"):
        if "author" in (link.get("rel") or "").casefold().split():
            name = " ".join(link.text_content().split()) if link.tag == "a" else ""
            if name and all(name != p[0] for p in people):
                people.append((name, link.get("href"), True))
    if people:
        out.authors = Declared(tuple(people), "rel-author")
    for link in tree.iter("link"):
        if (link.get("rel") or "").strip().casefold() == "canonical" and link.get("href"):
            out.url = Declared(link.get("href", "").strip(), "canonical")
            break


def _from_meta(meta: dict[str, str], out: DeclaredMetadata) -> None:
    if "og:title" in meta:
        out.headline = Declared(meta["og:title"], "opengraph")
    for key, attr in (("article:published_time", "published"), ("article:modified_time", "modified")):
        stamp = parse_datetime(meta.get(key))
        if stamp is not None:
            setattr(out, attr, Declared(stamp, "opengraph"))
    author = meta.get("article:author") or meta.get("author")
    if author and not author.startswith(("http://", "https://")) and out.authors is None:
        names = tuple(
            (name.strip(), None, True) for name in re.split(r"\s*[,;]\s*|\s+(?:and|und|et|y|e|și)\s+", author)
        )
        out.authors = Declared(tuple(n for n in names if n[0]), "meta")
    if "og:url" in meta and out.url is None:
        out.url = Declared(meta["og:url"], "opengraph")
    locale = meta.get("og:locale")
    if locale and out.language is None:
        out.language = Declared(locale.replace("_", "-"), "opengraph")
