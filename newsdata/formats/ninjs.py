"""IPTC ninjs (News in JSON) 2.1, 3.0 and 3.1.

Mapping (3.x property names; 2.1 uses the same names in lower case, which is the
rename between the majors):

- ``uri`` ``urn:newsdata:article:<id>``; ``standard`` names the version and schema;
  ``type`` text; ``language``; ``firstCreated`` / ``versionCreated`` the published and
  modified times; ``headlines`` the main headline; ``by`` the authors' names;
- ``bodies``: the paragraphs as ``text/plain`` (blank-line separated) and as
  ``text/html`` with every quote marked up (``<q data-speaker="..."
  data-speaker-id="p4" data-cue="said">``; quotes without a span as
  ``<figure class="quote"><blockquote ...>``), since ninjs has no quote field;
- ``people`` / ``organisations`` / ``places``: authors (``rel`` "author", ``uri`` their
  URL) and participants (``rel`` "mentioned", ``literal`` the participant id);
- ``associations``: each photo (``type`` picture, caption in ``descriptions``, credit in
  ``by``, URL as ``uri`` and rendition ``href``); in 3.x also each event (``type``
  event, ``eventDetails.dates.expectedStartDate`` its date, ``places`` with ``rel``
  "location" its location, participants with ``rel`` "participant");
- ``events``: each event's name (summary or type) with its type as ``literal``;
- ``altIds`` the source URL (role "url"); ``copyrightHolder`` the outlet.

Not carried (``lossy_fields_of``): reading time, participants' aliases and mentions, the
source path, and in 2.1 (no event details) the events' date, location and participants.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from types import MappingProxyType
from typing import Any, ClassVar, get_args

import jsonschema_rs

from newsdata.errors import InputError, NewsdataError
from newsdata.formats.base import EMPTY_OPTIONAL_TEXTS, Format, Loss, Problem, article_from_fields
from newsdata.formats.jsondoc import compile_schema, parse_json, pointer, schema_problems, syntax_problem
from newsdata.formats.jsondoc import is_json as _is_json
from newsdata.formats.markup import body_html, join_paragraphs, read_html, split_paragraphs
from newsdata.formats.registry import register_format
from newsdata.formats.resources import load_json
from newsdata.formats.values import (
    article_id_from_uri,
    article_uri,
    aware_datetime,
    fallback_id,
    text_or_none,
)
from newsdata.model import Article, Author, Entity, Event, EventType, Photo, Quote, Source

VERSIONS = ("2.1", "3.0", "3.1")
DEFAULT_VERSION = "3.1"
GEOJSON_URI = "https://geojson.org/schema/GeoJSON.json"
# ninjs has no reading time, no aliases or text positions for people and places, and no
# source file; people, organisations and places are separate arrays, so how the three
# kinds interleave in a participant list ("participants", "events.participants") is not
# carried: the lists come back grouped by kind.
# Empty values and paragraphs read as absent, as in other producers' documents.
LOSSY_ALWAYS: Mapping[str, Loss] = MappingProxyType(
    {
        **EMPTY_OPTIONAL_TEXTS,
        "body": "blank_dropped",
        "reading_time_minutes": "dropped",
        "participants": "unordered",
        "participants.aliases": "dropped",
        # quotes come back in reading order: those marked in the body, paragraph by paragraph,
        # then the block quotes after it
        "quotes": "unordered",
        "participants.mentions": "dropped",
        "events.participants": "unordered",
        "source.path": "dropped",
    }
)
# ninjs 2.1 has no event details: an event is a name and a type there.
LOSSY_2_1: Mapping[str, Loss] = MappingProxyType(
    {
        "events.date": "dropped",
        "events.location": "dropped",
        "events.location_id": "dropped",
        "events.participants": "dropped",
    }
)
_EVENT_TYPES = frozenset(get_args(EventType))
_GROUPS = {"person": "people", "organization": "organisations", "place": "places"}


def lossy_fields_of(version: str) -> Mapping[str, Loss]:
    """What one ninjs version does not carry (``Ninjs.lossy_fields`` for that version)."""
    return MappingProxyType({**LOSSY_ALWAYS, **(LOSSY_2_1 if version == "2.1" else {})})


_SCHEMA_VERSION = re.compile(r"ninjs-schema_(\d+\.\d+)")


def _property_names(schema: Any, found: set[str]) -> set[str]:
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "properties" and isinstance(value, dict):
                found.update(value)
            _property_names(value, found)
    elif isinstance(schema, list):
        for value in schema:
            _property_names(value, found)
    return found


@cache
def _telling_names() -> tuple[frozenset[str], frozenset[str]]:
    """Property names that tell the majors apart, read from the schemas: the 3.x
    camelCase names (``versionCreated``) and their 2.x lower-case forms (``versioncreated``)."""
    names3 = _property_names(load_json("ninjs", "ninjs-schema_3.1.json"), set())
    names2 = _property_names(load_json("ninjs", "ninjs-schema_2.1.json"), set())
    camel = frozenset(name for name in names3 if name != name.lower()) - names2
    return camel, frozenset(name.lower() for name in camel) & names2 - names3


def declared_version(document: dict[str, Any]) -> str | None:
    """What a document says it is: ``standard.version``, else the version in
    ``standard.schema`` or ``$schema`` (``.../ninjs-schema_3.0.json``), as written."""
    standard = document.get("standard")
    if isinstance(standard, dict):
        version = standard.get("version")
        if isinstance(version, str | int | float) and str(version).strip():
            return str(version).strip()
        schema = standard.get("schema")
    else:
        schema = None
    for url in (schema, document.get("$schema")):
        match = _SCHEMA_VERSION.search(url) if isinstance(url, str) else None
        if match:
            return match.group(1)
    return None


def version_by_content(document: Any) -> str | None:
    """3.1 when a property is spelled camelCase as 3.x spells it, 2.1 when a property
    is one of 2.x's lower-case spellings of them, None when nothing tells (both majors
    share the one-word names). 3.1 stands for 3.x: it only adds to 3.0."""
    camel, lower = _telling_names()
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in camel:
                    return "3.1"
                if key in lower:
                    return "2.1"
                if isinstance(value, dict | list):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(item for item in node if isinstance(item, dict | list))
    return None


def detect_version(document: dict[str, Any]) -> tuple[str, str]:
    """(version, how it was found: "declared", "content" or "default") for a document
    whose version is not imposed. A declared version that has no published schema
    (``2.2``) is decided by content."""
    declared = declared_version(document)
    if declared is not None and declared[:3] in VERSIONS:
        return declared[:3], "declared"
    by_content = version_by_content(document)
    if by_content is not None:
        return by_content, "content"
    return DEFAULT_VERSION, "default"


@cache
def validator(version: str) -> jsonschema_rs.Validator:
    """The compiled schema of one ninjs version, once per process; GeoJSON resolves
    to the vendored copy."""
    schema = load_json("ninjs", f"ninjs-schema_{version}.json")
    return compile_schema(schema, [(GEOJSON_URI, load_json("geojson", "GeoJSON.json"))])


def _lower_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k.lower(): _lower_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lower_keys(v) for v in value]
    return value


def _entity(entity: Entity, rel: str) -> dict[str, Any]:
    return {"name": entity.name, "rel": rel, "literal": entity.id}


def to_ninjs(article: Article, version: str) -> dict[str, Any]:
    uri = article_uri(article.id)
    doc: dict[str, Any] = {
        "uri": uri,
        "standard": {
            "name": "ninjs",
            "version": version,
            "schema": f"http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json#",
        },
        "type": "text",
        "representationType": "full",
        "language": article.language,
    }
    if article.published:
        doc["firstCreated"] = article.published.isoformat()
    if article.modified:
        doc["versionCreated"] = article.modified.isoformat()
    doc["headlines"] = [{"role": "main", "value": article.headline}]
    if article.authors:
        doc["by"] = ", ".join(a.name for a in article.authors)
    if article.body or article.quotes:
        text = join_paragraphs(article.body)
        doc["bodies"] = [
            {
                "role": "text",
                "contentType": "text/plain",
                "value": text,
                "charCount": len(text),
                "wordCount": len(text.split()),
            },
            {"role": "text", "contentType": "text/html", "value": body_html(article)},
        ]
    groups: dict[str, list[dict[str, Any]]] = {"people": [], "organisations": [], "places": []}
    for author in article.authors:
        person: dict[str, Any] = {"name": author.name, "rel": "author"}
        if author.url:
            person["uri"] = author.url
        groups["people"].append(person)
    for entity in article.participants:
        groups[_GROUPS[entity.type]].append(_entity(entity, "mentioned"))
    doc.update({k: v for k, v in groups.items() if v})
    if article.events:
        events = []
        for n, event in enumerate(article.events, 1):
            item: dict[str, Any] = {"name": event.summary or event.type, "literal": event.type}
            if version != "2.1":
                item = {"id": f"e{n}", **item, "uri": f"{uri}:event:{n}"}
            events.append(item)
        doc["events"] = events
    associations = [_photo(uri, n, photo) for n, photo in enumerate(article.photos, 1)]
    if version != "2.1":
        associations += [_event(article, uri, n, event) for n, event in enumerate(article.events, 1)]
    if associations:
        doc["associations"] = associations
    if article.source.url:
        doc["altIds"] = [{"role": "url", "value": article.source.url}]
    if article.source.outlet:
        doc["copyrightHolder"] = article.source.outlet
    return _lower_keys(doc) if version == "2.1" else doc


def _photo(uri: str, n: int, photo: Photo) -> dict[str, Any]:
    item: dict[str, Any] = {"name": f"photo-{n}", "uri": photo.url or f"{uri}:photo:{n}", "type": "picture"}
    if photo.caption is not None:
        item["descriptions"] = [{"role": "caption", "value": photo.caption}]
    if photo.credit is not None:
        item["by"] = photo.credit
    if photo.url:
        item["renditions"] = [{"name": "original", "href": photo.url}]
    return item


def _event(article: Article, uri: str, n: int, event: Event) -> dict[str, Any]:
    item: dict[str, Any] = {"name": f"e{n}", "uri": f"{uri}:event:{n}", "type": "event", "title": event.type}
    if event.summary:
        item["descriptions"] = [{"role": "summary", "value": event.summary}]
    if event.date:
        item["eventDetails"] = {"dates": {"expectedStartDate": event.date}}
    groups: dict[str, list[dict[str, Any]]] = {"people": [], "organisations": [], "places": []}
    if event.location or event.location_id:
        location = article.participant(event.location_id) if event.location_id else None
        place: dict[str, Any] = {"name": event.location or (location.name if location else ""), "rel": "location"}
        if event.location_id:
            place["literal"] = event.location_id
        groups["places"].append(place)
    for pid in event.participants:
        entity = article.participant(pid)
        if entity is not None:
            groups[_GROUPS[entity.type]].append(_entity(entity, "participant"))
    item.update({k: v for k, v in groups.items() if v})
    return item


# ------------------------------------------------------------------- reading --


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in _list(value) if isinstance(v, dict)]


class _Reader:
    """Reads one ninjs object whose keys are all lower-cased (so 2.x and 3.x are one)."""

    def __init__(self, source: str, where: str) -> None:
        self.source = source
        self.where = where
        self.participants: list[Entity] = []
        self.by_literal: dict[str, str] = {}

    def participant(self, item: dict[str, Any], kind: str) -> str | None:
        name = text_or_none(item.get("name"))
        literal = text_or_none(item.get("literal"))
        key = literal or name
        if key is None:
            return None
        if key in self.by_literal:
            return self.by_literal[key]
        name = name or literal or key
        pid = literal if literal and not any(p.id == literal for p in self.participants) else None
        pid = pid or f"p{len(self.participants) + 1}"
        while any(p.id == pid for p in self.participants):
            pid += "_"
        self.participants.append(Entity(id=pid, name=name or pid, type=kind))
        self.by_literal[key] = pid
        return pid

    def article(self, doc: dict[str, Any]) -> Article:
        uri = text_or_none(doc.get("uri"))
        headline = next(
            (text_or_none(h.get("value")) for h in _dicts(doc.get("headlines")) if text_or_none(h.get("value"))),
            text_or_none(doc.get("title")) or text_or_none(doc.get("headline")),
        )
        authors: list[Author] = []
        for kind, group in (("person", "people"), ("organization", "organisations"), ("place", "places")):
            for item in _dicts(doc.get(group)):
                if item.get("rel") == "author" and kind == "person":
                    authors.append(
                        Author(name=text_or_none(item.get("name")) or "?", url=text_or_none(item.get("uri")))
                    )
                else:
                    self.participant(item, kind)
        by = text_or_none(doc.get("by"))
        if not authors and by:
            authors = [Author(name=by)]
        paragraphs, quotes = self.body(doc)
        photos: list[Photo] = []
        events: list[Event] = []
        for item in _dicts(doc.get("associations")):
            nature = item.get("type")
            if nature == "picture":
                photos.append(self.photo(item))
            elif nature == "event":
                events.append(self.event(item))
        if not events:
            events = [self.named_event(item) for item in _dicts(doc.get("events"))]
        first = doc.get("firstcreated") or doc.get("contentcreated")
        published = aware_datetime(
            first or doc.get("versioncreated"), source=self.source, where=self._at("firstCreated")
        )
        modified = aware_datetime(doc.get("versioncreated"), source=self.source, where=self._at("versionCreated"))
        if not first:
            modified = None
        url = next((text_or_none(a.get("value")) for a in _dicts(doc.get("altids")) if a.get("role") == "url"), None)
        fields: dict[str, Any] = {
            "id": article_id_from_uri(uri) if uri else fallback_id(headline, str(published)),
            "language": text_or_none(doc.get("language")) or "und",
            "headline": headline or "",
            "published": published,
            "modified": modified,
            "authors": authors,
            "photos": photos,
            "body": paragraphs,
            "quotes": quotes,
            "participants": self.participants,
            "events": events,
            "source": Source(url=url, outlet=text_or_none(doc.get("copyrightholder"))),
        }
        return article_from_fields(fields, source=self.source, where=lambda loc: self._at(*(str(p) for p in loc)))

    def _at(self, *parts: str) -> str:
        return self.where + pointer(parts)

    def body(self, doc: dict[str, Any]) -> tuple[list[str], list[Quote]]:
        bodies = _dicts(doc.get("bodies"))
        html = next((b for b in bodies if "html" in str(b.get("contenttype", ""))), None)
        if html is None:
            html = next((b for b in bodies if str(b.get("role", "")) in ("xhtml", "html")), None)
        if html is not None and isinstance(html.get("value"), str):
            read = read_html(html["value"])
            for i, quote in enumerate(read.quotes):
                if quote.speaker_id and quote.speaker_id not in {p.id for p in self.participants}:
                    read.quotes[i] = quote.model_copy(update={"speaker_id": None})
            return read.paragraphs, read.quotes
        text = next((b.get("value") for b in bodies if isinstance(b.get("value"), str)), None)
        if text is None:  # legacy 1.x flat fields
            text = doc.get("body_text") if isinstance(doc.get("body_text"), str) else None
        return (split_paragraphs(text) if text else []), []

    def photo(self, item: dict[str, Any]) -> Photo:
        uri = text_or_none(item.get("uri"))
        href = next((text_or_none(r.get("href")) for r in _dicts(item.get("renditions")) if r.get("href")), None)
        caption = next(
            (text_or_none(d.get("value")) for d in _dicts(item.get("descriptions")) if d.get("value")),
            text_or_none(item.get("headline")),
        )
        credit = text_or_none(item.get("by")) or text_or_none(item.get("copyrightnotice"))
        url = href or (uri if uri and not uri.startswith("urn:newsdata:") else None)
        return Photo(caption=caption, credit=credit, url=url)

    def event(self, item: dict[str, Any]) -> Event:
        kind = text_or_none(item.get("title")) or ""
        summary = next((text_or_none(d.get("value")) for d in _dicts(item.get("descriptions")) if d.get("value")), None)
        dates = item.get("eventdetails", {}).get("dates", {}) if isinstance(item.get("eventdetails"), dict) else {}
        date = next(
            (str(dates[k])[:10] for k in ("expectedstartdate", "startdate", "estimatedstartdate") if dates.get(k)),
            None,
        )
        location = location_id = None
        participants: list[str] = []
        for kind_name, group in (("person", "people"), ("organization", "organisations"), ("place", "places")):
            for entry in _dicts(item.get(group)):
                if group == "places" and entry.get("rel") == "location" and location is None:
                    location = text_or_none(entry.get("name"))
                    if text_or_none(entry.get("literal")):
                        location_id = self.participant(entry, "place")
                    continue
                pid = self.participant(entry, kind_name)
                if pid and pid not in participants:
                    participants.append(pid)
        return Event(
            type=kind if kind in _EVENT_TYPES else "other",
            date=date if date and re.match(r"^\d{4}-\d{2}-\d{2}$", date) else None,
            location=location,
            location_id=location_id,
            participants=participants,
            summary=summary,
        )

    def named_event(self, item: dict[str, Any]) -> Event:
        kind = text_or_none(item.get("literal")) or ""
        name = text_or_none(item.get("name"))
        return Event(
            type=kind if kind in _EVENT_TYPES else "other",
            summary=name if name and name != kind else None,
        )


class Ninjs(Format):
    name: ClassVar[str] = "ninjs"
    extension: ClassVar[str] = ".json"
    media_type: ClassVar[str] = "application/json"

    def __init__(self, version: str | None = None) -> None:
        # Without a version, each document's is detected (declared, else by content).
        self.explicit = version is not None
        version = version or DEFAULT_VERSION
        if version not in VERSIONS:
            raise NinjsVersionError(version)
        self.version = version
        self.lossy_fields = lossy_fields_of(version)

    def export(self, article: Article) -> str:
        # Compact: json's C encoder runs only without indent, and the export target
        # (2,000 validated articles/s) needs it; `newsdata export` indents for a terminal.
        return json.dumps(to_ninjs(article, self.version), ensure_ascii=False) + "\n"

    def export_many(self, articles: Sequence[Article]) -> str:
        return "".join(json.dumps(to_ninjs(a, self.version), ensure_ascii=False) + "\n" for a in articles)

    def _documents(self, data: bytes, source: str) -> list[tuple[str, Any]]:
        """(place, object) for a ninjs object, a JSON array of them, or JSON Lines."""
        try:
            document = parse_json(data, source)
        except InputError as whole:
            lines = [(n, line) for n, line in enumerate(data.splitlines(), 1) if line.strip()]
            if len(lines) < 2 or not _is_json(lines[0][1]):
                raise whole from None
            return [(f"line {n}", parse_json(line, f"{source}:line {n}")) for n, line in lines]
        if isinstance(document, list):
            return [(f"/{i}", item) for i, item in enumerate(document)]
        return [("", document)]

    def read(self, data: bytes, *, source: str = "<input>") -> list[Article]:
        articles = []
        for place, document in self._documents(data, source):
            if not isinstance(document, dict):
                raise InputError("a ninjs document is a JSON object", source=source, where=place or "/")
            articles.append(_Reader(source, place).article(_lower_keys(document)))
        return articles

    def version_of(self, document: dict[str, Any]) -> str:
        """The version a document declares (``standard``), else this format's when one
        was given, else the one its property spellings show (3.1 when nothing tells)."""
        declared = declared_version(document)
        if declared is not None and declared[:3] in VERSIONS:
            return declared[:3]
        return self.version if self.explicit else detect_version(document)[0]

    def validate(self, data: bytes, *, source: str = "<input>") -> list[Problem]:
        try:
            documents = self._documents(data, source)
        except InputError as exc:
            return [syntax_problem(exc)]
        problems: list[Problem] = []
        for place, document in documents:
            version = self.version_of(document) if isinstance(document, dict) else self.version
            problems += self.validate_object(document, version, source=source, place=place)
        return problems

    def validate_object(self, document: Any, version: str, *, source: str, place: str = "") -> list[Problem]:
        """Schema problems of one parsed document against one version's schema; ``place``
        ("/3" in an array, "line 3" in JSON Lines) prefixes each pointer."""
        prefix = place if place.startswith("/") else (place + " " if place else "")
        problems = schema_problems(validator(version), document, source=source, code=f"ninjs{version}", prefix=prefix)
        if place and not place.startswith("/"):
            line = int(place.split()[1]) if place.startswith("line ") else None
            problems = [replace(p, where=(p.where or "").strip() or place, line=line) for p in problems]
        return problems

    def sniff(self, data: bytes) -> bool:
        head = data[: 1 << 16]
        if not data[:4096].lstrip().startswith((b"{", b"[")) or b'"@context"' in head:
            return False
        # every ninjs object has a uri; canonical articles (the other JSON here) have none
        return b'"uri"' in head and b'"participants"' not in head


class NinjsVersionError(NewsdataError):
    def __init__(self, version: str) -> None:
        super().__init__(f"unknown ninjs version {version!r} (known: {', '.join(VERSIONS)})")


register_format("ninjs", Ninjs)
