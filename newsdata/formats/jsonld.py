"""JSON-LD with the schema.org vocabulary: a NewsArticle per article.

Mapping (every type and property checked against schema.org 30.0 by ``schemaorg.py``):

- article: ``NewsArticle`` with ``identifier`` (our id), ``headline``, ``inLanguage``,
  ``datePublished``, ``dateModified``, ``timeRequired`` (reading time, ISO 8601
  duration), ``articleBody`` (paragraphs separated by a blank line), ``url`` and
  ``mainEntityOfPage`` (the source URL), ``publisher`` (an Organization: the outlet);
- authors: ``author`` Person nodes with ``name`` and ``url``;
- photos: ``image`` ImageObject nodes with ``caption``, ``creditText`` and ``contentUrl``;
- participants: ``mentions``, a Person / Organization / Place node each, with a blank
  node id (``_:p1``) so quotes and events can point at them, and ``alternateName`` for
  the aliases;
- events: ``about`` Event nodes: ``additionalType`` is our event type (a text label, as
  schema.org allows for types outside its vocabulary), ``name`` the summary or else the
  type, ``description`` the summary, ``startDate``, ``location`` (the Place), people and
  organisations taking part as ``attendee`` (domain Event, range Person or
  Organization) and places taking part as ``about``;
- quotes: ``hasPart`` Quotation nodes with ``text`` and the speaker as
  ``spokenByCharacter``. That is the property schema.org made for "the Person or
  Organization to whom the quotation is attributed within the containing CreativeWork"
  (domain Quotation); ``creator`` would claim authorship of a work, which a quoted
  speaker does not have. Quotation and spokenByCharacter are in schema.org's pending
  area.

``@context`` is the plain string ``https://schema.org``, which is what consumers such as
search engines and trafilatura match on.

Not carried (``JSONLD.lossy_fields``): the quotes' cue and span, the participants'
mentions, the source path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, ClassVar, get_args
from urllib.parse import quote as url_quote
from urllib.parse import unquote

from newsdata.errors import InputError
from newsdata.formats.base import EMPTY_OPTIONAL_TEXTS, Format, Loss, Problem, article_from_fields
from newsdata.formats.jsondoc import is_json as _is_json
from newsdata.formats.jsondoc import parse_json, pointer, syntax_problem
from newsdata.formats.markup import join_paragraphs, split_paragraphs
from newsdata.formats.registry import register_format
from newsdata.formats.schemaorg import check_document, is_article
from newsdata.formats.values import aware_datetime, fallback_id, text_or_none
from newsdata.model import Article, Author, Entity, Event, EventType, Photo, Quote, Source

CONTEXT = "https://schema.org"
_ENTITY_TYPES = {"person": "Person", "organization": "Organization", "place": "Place"}
_EVENT_TYPES = frozenset(get_args(EventType))
_MINUTES = re.compile(r"^PT(\d+)M$")


def _node_id(participant_id: str) -> str:
    return "_:" + url_quote(participant_id, safe="")


def _participant_ref(article: Article, pid: str, allowed: tuple[str, ...]) -> dict[str, Any]:
    """An embedded reference: consumers that do not resolve ``@id`` still get type and name.
    A participant whose type the property does not allow is typed with the first allowed
    type (a parser slip such as a place quoted as a speaker) and keeps its id."""
    entity = article.participant(pid)
    assert entity is not None  # the model guarantees references resolve
    kind = _ENTITY_TYPES[entity.type]
    return {"@type": kind if kind in allowed else allowed[0], "@id": _node_id(pid), "name": entity.name}


def to_jsonld(article: Article) -> dict[str, Any]:
    doc: dict[str, Any] = {"@context": CONTEXT, "@type": "NewsArticle", "identifier": article.id}
    if article.source.url:
        doc["url"] = article.source.url
        doc["mainEntityOfPage"] = article.source.url
    doc["headline"] = article.headline
    doc["inLanguage"] = article.language
    if article.published:
        doc["datePublished"] = article.published.isoformat()
    if article.modified:
        doc["dateModified"] = article.modified.isoformat()
    if article.reading_time_minutes is not None:
        doc["timeRequired"] = f"PT{article.reading_time_minutes}M"
    if article.authors:
        doc["author"] = [
            {"@type": "Person", "name": a.name, **({"url": a.url} if a.url else {})} for a in article.authors
        ]
    if article.source.outlet:
        doc["publisher"] = {"@type": "Organization", "name": article.source.outlet}
    if article.photos:
        images = []
        for photo in article.photos:
            image: dict[str, Any] = {"@type": "ImageObject"}
            if photo.url:
                image["contentUrl"] = photo.url
            if photo.caption is not None:
                image["caption"] = photo.caption
            if photo.credit is not None:
                image["creditText"] = photo.credit
            images.append(image)
        doc["image"] = images
    if article.body:
        doc["articleBody"] = join_paragraphs(article.body)
    if article.participants:
        mentions = []
        for entity in article.participants:
            node: dict[str, Any] = {
                "@type": _ENTITY_TYPES[entity.type],
                "@id": _node_id(entity.id),
                "name": entity.name,
            }
            if entity.aliases:
                node["alternateName"] = list(entity.aliases)
            mentions.append(node)
        doc["mentions"] = mentions
    if article.events:
        doc["about"] = [_event(article, event) for event in article.events]
    if article.quotes:
        doc["hasPart"] = [_quotation(article, q) for q in article.quotes]
    return doc


def _event(article: Article, event: Event) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Event", "additionalType": event.type, "name": event.summary or event.type}
    if event.summary:
        node["description"] = event.summary
    if event.date:
        node["startDate"] = event.date
    if event.location_id:
        node["location"] = _participant_ref(article, event.location_id, ("Place",))
        if event.location and event.location != node["location"]["name"]:
            node["location"]["alternateName"] = event.location
    elif event.location:
        node["location"] = {"@type": "Place", "name": event.location}
    attendees = []
    places = []
    for pid in event.participants:
        entity = article.participant(pid)
        if entity is not None and entity.type == "place":
            places.append(_participant_ref(article, pid, ("Place",)))
        else:
            attendees.append(_participant_ref(article, pid, ("Person", "Organization")))
    if attendees:
        node["attendee"] = attendees
    if places:
        node["about"] = places
    return node


def _quotation(article: Article, quote: Quote) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Quotation", "text": quote.text}
    if quote.speaker_id:
        ref = _participant_ref(article, quote.speaker_id, ("Person", "Organization"))
        if quote.speaker and quote.speaker != ref["name"]:
            ref["alternateName"] = quote.speaker
        node["spokenByCharacter"] = ref
    elif quote.speaker:
        node["spokenByCharacter"] = {"@type": "Person", "name": quote.speaker}
    return node


# ------------------------------------------------------------------- reading --


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _types(node: Any) -> tuple[str, ...]:
    if not isinstance(node, dict):
        return ()
    return tuple(str(t).rsplit("/", 1)[-1].removeprefix("schema:") for t in _list(node.get("@type")))


def _text(value: Any) -> str | None:
    """Text of a literal, a language-tagged value, or a node's name."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value", value.get("name", value.get("value")))
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    return text_or_none(value)


def _url(value: Any) -> str | None:
    if isinstance(value, dict):
        return text_or_none(value.get("@id") or value.get("url"))
    return _text(value)


class _Reader:
    def __init__(self, source: str, where: str) -> None:
        self.source = source
        self.where = where
        self.participants: list[Entity] = []
        self.by_node: dict[str, str] = {}
        self.by_name: dict[str, str] = {}

    def participant(self, node: Any, default: str) -> str | None:
        """The participant id of a node, adding the participant when it is new."""
        if not isinstance(node, dict):
            name = _text(node)
            return self.by_name.get(name) if name else None
        ref = node.get("@id")
        if isinstance(ref, str) and ref in self.by_node:
            return self.by_node[ref]
        name = _text(node.get("name"))
        if not name:
            return None
        if not isinstance(ref, str) and name in self.by_name:
            return self.by_name[name]
        types = _types(node)
        kind = next((k for k, v in _ENTITY_TYPES.items() if v in types), default)
        blank = isinstance(ref, str) and ref.startswith("_:")
        pid = unquote(str(ref)[2:]) if blank else f"p{len(self.participants) + 1}"
        while any(p.id == pid for p in self.participants):
            pid += "_"
        aliases = [a for a in (_text(x) for x in _list(node.get("alternateName"))) if a]
        self.participants.append(Entity(id=pid, name=name, type=kind, aliases=aliases))
        if isinstance(ref, str):
            self.by_node[ref] = pid
        self.by_name.setdefault(name, pid)
        return pid

    def article(self, node: dict[str, Any]) -> Article:
        for mention in _list(node.get("mentions")):
            self.participant(mention, "organization")
        headline = _text(node.get("headline")) or _text(node.get("name")) or ""
        url = _url(node.get("url")) or _url(node.get("mainEntityOfPage"))
        published = aware_datetime(
            _text(node.get("datePublished")), source=self.source, where=self._at("datePublished")
        )
        modified = aware_datetime(_text(node.get("dateModified")), source=self.source, where=self._at("dateModified"))
        minutes = _MINUTES.match(_text(node.get("timeRequired")) or "")
        events = [self.event(e) for e in _list(node.get("about")) if "Event" in _types(e) or _is_event(e)]
        quotes = [
            self.quote(q) for q in _list(node.get("hasPart")) if "Quotation" in _types(q) and _text(q.get("text"))
        ]
        body = _text(node.get("articleBody"))
        identifier = node.get("identifier")
        article_id = (
            _text(identifier) or _text(node.get("@id")) or url or fallback_id(headline, str(published))
        )
        fields: dict[str, Any] = {
            "id": article_id,
            "language": _text(node.get("inLanguage")) or "und",
            "headline": headline,
            "published": published,
            "modified": modified,
            "reading_time_minutes": int(minutes.group(1)) if minutes else None,
            "authors": [self.author(a) for a in _list(node.get("author")) if _text(a)],
            "photos": [self.photo(i) for i in _list(node.get("image"))],
            "body": split_paragraphs(body) if body else [],
            "quotes": quotes,
            "participants": self.participants,
            "events": events,
            "source": Source(url=url, outlet=_text(node.get("publisher"))),
        }
        return article_from_fields(fields, source=self.source, where=lambda loc: self._at(*(str(p) for p in loc)))

    def _at(self, *parts: str) -> str:
        return self.where + pointer(parts)

    def author(self, value: Any) -> Author:
        if isinstance(value, dict):
            return Author(name=_text(value.get("name")) or "", url=_url(value.get("url")))
        return Author(name=_text(value) or "")

    def photo(self, value: Any) -> Photo:
        if not isinstance(value, dict):
            return Photo(url=_url(value))
        return Photo(
            caption=_text(value.get("caption")),
            credit=_text(value.get("creditText")) or _text(value.get("copyrightNotice")),
            url=_url(value.get("contentUrl")) or _url(value.get("url")),
        )

    def event(self, node: dict[str, Any]) -> Event:
        kind = _text(node.get("additionalType")) or ""
        location_node = _list(node.get("location"))[0] if node.get("location") else None
        # a place with a node id is a participant; one without is only a name (as we write a
        # location that is no participant's)
        location_id = (
            self.participant(location_node, "place")
            if isinstance(location_node, dict) and "@id" in location_node
            else None
        )
        location = None
        if location_node is not None:
            location = _text(location_node.get("alternateName")) if isinstance(location_node, dict) else None
            location = location or _text(location_node)
        participants = [self.participant(a, "person") for a in _list(node.get("attendee"))]
        participants += [self.participant(a, "person") for a in _list(node.get("organizer"))]
        participants += [self.participant(p, "place") for p in _list(node.get("about"))]
        date = _text(node.get("startDate"))
        summary = _text(node.get("description"))
        return Event(
            type=kind if kind in _EVENT_TYPES else "other",
            date=date[:10] if date and re.match(r"^\d{4}-\d{2}-\d{2}", date) else None,
            location=location,
            location_id=location_id,
            participants=list(dict.fromkeys(p for p in participants if p)),
            summary=summary,
        )

    def quote(self, node: dict[str, Any]) -> Quote:
        speaker_node = node.get("spokenByCharacter") or node.get("creator") or node.get("author")
        if isinstance(speaker_node, list):
            speaker_node = speaker_node[0] if speaker_node else None
        # a speaker with a node id is a participant; one without is only a name
        has_id = isinstance(speaker_node, dict) and "@id" in speaker_node
        speaker_id = self.participant(speaker_node, "person") if has_id else None
        speaker = None
        if isinstance(speaker_node, dict):
            speaker = _text(speaker_node.get("alternateName")) or _text(speaker_node.get("name"))
        elif speaker_node is not None:
            speaker = _text(speaker_node)
        return Quote(text=_text(node.get("text")) or "", speaker=speaker, speaker_id=speaker_id)


def _is_event(node: Any) -> bool:
    from newsdata.formats.schemaorg import vocabulary

    return "Event" in vocabulary().ancestors(_types(node))


def article_nodes(document: Any) -> list[tuple[str, dict[str, Any]]]:
    roots = document if isinstance(document, list) else [document]
    found: list[tuple[str, dict[str, Any]]] = []
    for i, root in enumerate(roots):
        base = f"/{i}" if isinstance(document, list) else ""
        if not isinstance(root, dict):
            continue
        if isinstance(root.get("@graph"), list):
            for j, node in enumerate(root["@graph"]):
                if isinstance(node, dict) and is_article(_types(node)):
                    found.append((f"{base}/@graph/{j}", node))
        elif is_article(_types(root)):
            found.append((base, root))
    return found


class JSONLD(Format):
    name: ClassVar[str] = "jsonld"
    extension: ClassVar[str] = ".jsonld"
    media_type: ClassVar[str] = "application/ld+json"
    # schema.org's Quotation has no cue or position in the text, a mentioned Thing no
    # place in the body, and a NewsArticle no source file; articleBody is plain text whose
    # blank lines separate paragraphs, so an empty paragraph is not carried.
    lossy_fields: Mapping[str, Loss] = MappingProxyType(
        {
            **EMPTY_OPTIONAL_TEXTS,
            "body": "blank_dropped",
            "quotes.cue": "dropped",
            "quotes.span": "dropped",
            "participants.mentions": "dropped",
            # people and organisations attend an event, places are what it is about
            "events.participants": "unordered",
            "source.path": "dropped",
        }
    )

    def export(self, article: Article) -> str:
        # Compact: json's C encoder runs only without indent, and the export target
        # (2,000 validated articles/s) needs it; `newsdata export` indents for a terminal.
        return json.dumps(to_jsonld(article), ensure_ascii=False) + "\n"

    def export_many(self, articles: Sequence[Article]) -> str:
        """One document per line (JSON Lines), as search engines and crawlers take one
        JSON-LD block per page."""
        return "".join(json.dumps(to_jsonld(a), ensure_ascii=False) + "\n" for a in articles)

    def _documents(self, data: bytes, source: str) -> list[tuple[str, Any]]:
        try:
            return [("", parse_json(data, source))]
        except InputError as whole:
            lines = [(n, line) for n, line in enumerate(data.splitlines(), 1) if line.strip()]
            if len(lines) < 2 or not _is_json(lines[0][1]):
                raise whole from None
            return [(f"line {n}", parse_json(line, f"{source}:line {n}")) for n, line in lines]

    def read(self, data: bytes, *, source: str = "<input>") -> list[Article]:
        articles = []
        for place, document in self._documents(data, source):
            nodes = article_nodes(document)
            if not nodes:
                raise InputError("no schema.org Article (or subtype) node", source=source, where=place or None)
            for where, node in nodes:
                articles.append(_Reader(source, " ".join(p for p in (place, where) if p)).article(node))
        return articles

    def validate(self, data: bytes, *, source: str = "<input>") -> list[Problem]:
        try:
            documents = self._documents(data, source)
        except InputError as exc:
            return [syntax_problem(exc)]
        problems: list[Problem] = []
        for place, document in documents:
            problems += self.validate_object(document, source=source, place=place)
        return problems

    def validate_object(self, document: Any, *, source: str, place: str = "") -> list[Problem]:
        """Vocabulary problems of one parsed document; ``place`` ("line 3" in JSON Lines)
        goes before each pointer."""
        problems = check_document(document, source=source)
        if not place:
            return problems
        line = int(place.split()[1]) if place.startswith("line ") else None
        return [
            Problem(p.code, p.message, p.severity, source, f"{place} {p.where}" if p.where else place, line, p.hint)
            for p in problems
        ]

    def sniff(self, data: bytes) -> bool:
        head = data[:4096].lstrip()
        return head.startswith((b"{", b"[")) and b'"@context"' in data[: 1 << 16] and b"schema.org" in data[: 1 << 16]


register_format("jsonld", JSONLD)
