"""IPTC NewsML-G2 2.35: a ``newsItem`` per article, a ``newsMessage`` for several.

Mapping (validated against the 2.35 All-Power XSD together with NITF 3.6, so the body
is checked too):

- ``newsItem/@guid`` ``urn:newsdata:article:<id>``, ``@xml:lang`` the language; an
  inline ``catalog`` declares the item's own schemes (``ndp`` its participants, ``nde``
  its events, ``ndet`` our event types, ``ndrel`` our relations) next to the IPTC
  catalog (``ninat``, ``cpnat``, ``drol``, ``nrol``, ...);
- ``itemMeta``: itemClass ninat:text, provider, versionCreated (modified, else
  published), pubStatus, and a ``link`` to the source URL;
- ``contentMeta``: contentCreated / contentModified (published / modified),
  ``located`` (the first event's location), ``infoSource`` (the outlet), ``creator``
  per author (``uri`` the author's URL), ``language``, ``subject`` per participant
  (type cpnat:person / cpnat:organisation / cpnat:geoArea, qcode ``ndp:<id>``, the
  name and each alias as ``name role="nrol:alternate"``) and per event (cpnat:event,
  qcode ``nde:<n>``), ``headline``, and per photo a ``description role="drol:caption"``
  and a ``creditline``;
- events as assertions, as the guidelines describe for concepts referenced by a
  subject: ``assert qcode="nde:<n>"`` with the name, the summary as ``definition``, the
  type as ``related rel="ndrel:eventType" qcode="ndet:<type>"``, and ``eventDetails``
  (date as ``dates/start``, ``location``, ``participant``); an event without a date
  (eventDetails requires one) carries location and participants as ``related``;
- the body in ``contentSet/inlineXML`` as NITF: ``body.content`` paragraphs with each
  quote as ``<q quote-source="speaker">`` around its span, quotes without a span as
  ``<bq quote-source>`` blocks, photos as NITF ``media`` (reference, caption, producer).

Quote speaker ids and cues go in attributes of our own namespace (``nd:speaker-id``,
``nd:cue``) on ``<q>``/``<bq>``, which NITF allows. Not carried (``NewsML.lossy_fields``):
the reading time, participants' mentions, the source path; empty optional texts and
empty paragraphs read as absent.

Reading takes any newsItem (root, or inside a newsMessage), with NITF or XHTML in
inlineXML or plain text in inlineData, and parses with a safe parser: no network, no
DTD, no entity expansion.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from functools import cache
from types import MappingProxyType
from typing import Any, ClassVar, get_args

from lxml import etree

from newsdata.errors import InputError, NewsdataError
from newsdata.formats.base import EMPTY_OPTIONAL_TEXTS, Format, Loss, Problem, article_from_fields
from newsdata.formats.guards import HostileInput, check_xml_prolog, xml_error_code
from newsdata.formats.markup import (
    CUE,
    NEWSDATA_NITF,
    SPEAKER_ID,
    nitf_speaker,
    place_quotes,
    read_body,
    split_paragraphs,
    tidy_text,
)
from newsdata.formats.registry import register_format
from newsdata.formats.resources import schema_folder
from newsdata.formats.values import (
    URN_PREFIX,
    article_id_from_uri,
    article_uri,
    aware_datetime,
    decode_id,
    encode_id,
    fallback_id,
    text_or_none,
)
from newsdata.model import Article, Author, Entity, Event, EventType, Photo, Quote, Source

NAR = "http://iptc.org/std/nar/2006-10-01/"
NITF = "http://iptc.org/std/NITF/2006-10-18/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
_CPNAT = {"person": "cpnat:person", "organization": "cpnat:organisation", "place": "cpnat:geoArea"}
_KIND = {v: k for k, v in _CPNAT.items()} | {"cpnat:organization": "organization", "cpnat:poi": "place"}
_EVENT_TYPES = frozenset(get_args(EventType))
_N = "{" + NAR + "}"
_T = "{" + NITF + "}"


def _safe_parser() -> etree.XMLParser:
    """No network, no DTD, no entity expansion: a feed cannot make us fetch or explode."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )


@cache
def xml_schema() -> etree.XMLSchema:
    """NewsML-G2 2.35 + NITF 3.6 (driver newsml-nitf.xsd), compiled once per process."""
    folder = schema_folder("newsml-g2")
    document = etree.parse(str(folder / "newsml-nitf.xsd"), _safe_parser())
    return etree.XMLSchema(document)


_XSD_MAX_OFFSET = timedelta(hours=14)


def _stamp(value: datetime) -> str:
    """xs:dateTime allows offsets up to +-14:00 (RFC 3339 up to +-23:59): a timestamp
    beyond is written in UTC, the same instant (declared as the "instant" loss)."""
    offset = value.utcoffset()
    if offset is not None and abs(offset) > _XSD_MAX_OFFSET:
        value = value.astimezone(UTC)
    return value.isoformat()


def _sub(parent: etree._Element, tag: str, text: str | None = None, /, **attrs: str) -> etree._Element:
    """A child element; attribute names written with "_" get NITF's "-" (media_type)."""
    if attrs:
        element = etree.SubElement(parent, tag, {k.replace("_", "-"): v for k, v in attrs.items()})
    else:
        element = etree.SubElement(parent, tag)
    if text is not None:
        element.text = text
    return element


# NewsML-G2's <name> takes no line break or tab (pattern [\S ]*): those become spaces.
_NAME_BREAKS = re.compile(r"[\t\n\r]+")


def _name(parent: etree._Element, tag: str, text: str, /, **attrs: str) -> etree._Element:
    element = _sub(parent, _N + tag, **attrs)
    _sub(element, _N + "name", _NAME_BREAKS.sub(" ", text))
    return element


def _item(article: Article, parent: etree._Element | None) -> etree._Element:
    guid = article_uri(article.id)
    attrs = {
        "guid": guid,
        "version": "1",
        "standard": "NewsML-G2",
        "standardversion": "2.35",
        "conformance": "power",
        XML_LANG: article.language,
    }
    if parent is None:
        item = etree.Element(_N + "newsItem", attrs, nsmap={None: NAR})
    else:
        item = etree.SubElement(parent, _N + "newsItem", attrs)
    _sub(item, _N + "catalogRef", href=IPTC_CATALOG)
    catalog = _sub(item, _N + "catalog")
    for alias, uri in (
        ("ndp", f"{guid}:participant:"),
        ("nde", f"{guid}:event:"),
        ("ndet", "urn:newsdata:event-type:"),
        ("ndrel", "urn:newsdata:relation:"),
    ):
        _sub(catalog, _N + "scheme", alias=alias, uri=uri)

    meta = _sub(item, _N + "itemMeta")
    _sub(meta, _N + "itemClass", qcode="ninat:text")
    _sub(meta, _N + "provider", literal="newsdata")
    stamp = article.modified or article.published or datetime.now(UTC).replace(microsecond=0)
    _sub(meta, _N + "versionCreated", _stamp(stamp))
    if article.published:
        _sub(meta, _N + "firstCreated", _stamp(article.published))
    _sub(meta, _N + "pubStatus", qcode="stat:usable")
    if article.source.url:
        _sub(meta, _N + "link", rel="irel:seeAlso", href=article.source.url)

    content = _sub(item, _N + "contentMeta")
    if article.published:
        _sub(content, _N + "contentCreated", _stamp(article.published))
    if article.modified:
        _sub(content, _N + "contentModified", _stamp(article.modified))
    main_location = next((e for e in article.events if e.location or e.location_id), None)
    if main_location is not None:
        located = _name(content, "located", main_location.location or "", type="cpnat:geoArea")
        if main_location.location_id:
            located.set("qcode", "ndp:" + encode_id(main_location.location_id))
    if article.source.outlet:
        _name(content, "infoSource", article.source.outlet, role="isrol:originfo")
    for author in article.authors:
        creator = _name(content, "creator", author.name, role="crol:author")
        if author.url:
            creator.set("uri", author.url)
    _sub(content, _N + "language", tag=article.language)
    for entity in article.participants:
        subject = _name(content, "subject", entity.name, type=_CPNAT[entity.type], qcode="ndp:" + encode_id(entity.id))
        for alias in entity.aliases:
            _sub(subject, _N + "name", _NAME_BREAKS.sub(" ", alias), role="nrol:alternate")
    for n, event in enumerate(article.events, 1):
        _name(content, "subject", event.summary or event.type, type="cpnat:event", qcode=f"nde:{n}")
    _sub(content, _N + "headline", article.headline)
    for photo in article.photos:
        if photo.credit is not None:
            _sub(content, _N + "creditline", photo.credit)
    for photo in article.photos:
        if photo.caption is not None:
            _sub(content, _N + "description", photo.caption, role="drol:caption")

    for n, event in enumerate(article.events, 1):
        _assert_event(item, article, n, event)

    inline = _sub(_sub(item, _N + "contentSet"), _N + "inlineXML", contenttype="application/nitf+xml")
    _nitf(inline, article)
    return item


def _assert_event(item: etree._Element, article: Article, n: int, event: Event) -> None:
    node = _sub(item, _N + "assert", qcode=f"nde:{n}")
    _sub(node, _N + "type", qcode="cpnat:event")
    _sub(node, _N + "name", _NAME_BREAKS.sub(" ", event.summary or event.type))
    if event.summary:
        _sub(node, _N + "definition", event.summary)
    _sub(node, _N + "related", rel="ndrel:eventType", qcode="ndet:" + event.type)
    if not event.date:
        if event.location or event.location_id:
            rel = _name(node, "related", event.location or "", rel="ndrel:location")
            if event.location_id:
                rel.set("qcode", "ndp:" + encode_id(event.location_id))
        for pid in event.participants:
            entity = article.participant(pid)
            name = entity.name if entity else pid
            _name(node, "related", name, rel="ndrel:participant", qcode="ndp:" + encode_id(pid))
        return
    details = _sub(node, _N + "eventDetails")
    _sub(_sub(details, _N + "dates"), _N + "start", event.date)
    if event.location or event.location_id:
        location = _name(details, "location", event.location or "")
        if event.location_id:
            location.set("qcode", "ndp:" + encode_id(event.location_id))
    for pid in event.participants:
        entity = article.participant(pid)
        _name(details, "participant", entity.name if entity else pid, qcode="ndp:" + encode_id(pid))


def _quote_attributes(element: etree._Element, quote: Quote) -> None:
    if quote.speaker:
        element.set("quote-source", quote.speaker)
    if quote.speaker_id is not None:
        element.set(SPEAKER_ID, quote.speaker_id)
    if quote.cue is not None:
        element.set(CUE, quote.cue)


def _nitf(parent: etree._Element, article: Article) -> None:
    nitf = etree.SubElement(parent, _T + "nitf", nsmap={None: NITF, "nd": NEWSDATA_NITF})
    content = _sub(_sub(nitf, _T + "body"), _T + "body.content")
    placed = place_quotes(article)
    for n, paragraph in enumerate(article.body):
        p = _sub(content, _T + "p")
        pos = 0
        last: etree._Element | None = None
        for start, end, i in placed.inline.get(n, ()):
            before = paragraph[pos:start]
            if last is None:
                p.text = before
            else:
                last.tail = before
            last = _sub(p, _T + "q", paragraph[start:end])
            _quote_attributes(last, article.quotes[i])
            pos = end
        if last is None:
            p.text = paragraph
        else:
            last.tail = paragraph[pos:]
    for i in placed.after:
        quote = article.quotes[i]
        bq = _sub(content, _T + "bq")
        _quote_attributes(bq, quote)
        _sub(_sub(bq, _T + "block"), _T + "p", quote.text)
        if quote.speaker:
            _sub(bq, _T + "credit", quote.speaker)
    for photo in article.photos:
        media = _sub(content, _T + "media", media_type="image")
        reference = _sub(media, _T + "media-reference", mime_type="image/jpeg")
        if photo.url:
            reference.set("source", photo.url)
        if photo.caption is not None:
            _sub(media, _T + "media-caption", photo.caption)
        if photo.credit is not None:
            _sub(media, _T + "media-producer", photo.credit)


# Characters XML 1.0 cannot hold, not even escaped: C0 controls other than tab, line feed
# and carriage return, surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class NotXMLTextError(NewsdataError):
    """The article holds a character NewsML-G2 (XML 1.0) cannot carry: refused, never
    silently stripped, so an export is either exact (up to the declared losses) or none."""


def _check_xml_text(article: Article) -> None:
    def walk(value: Any, where: str) -> None:
        if isinstance(value, str):
            found = _NOT_XML.search(value)
            if found:
                raise NotXMLTextError(
                    f"{where} holds U+{ord(found.group()):04X}, which XML 1.0 (NewsML-G2) cannot carry",
                    source=article.source.path or article.id,
                )
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{where}.{key}" if where else key)
        elif isinstance(value, list):
            for n, item in enumerate(value):
                walk(item, f"{where}[{n}]")

    walk(article.model_dump(mode="json"), "")


def to_newsml(article: Article) -> bytes:
    try:
        item = _item(article, None)
    except ValueError:  # lxml refuses such characters: name the field
        _check_xml_text(article)
        raise
    document: bytes = etree.tostring(item, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return document


def to_news_message(articles: Sequence[Article]) -> bytes:
    message = etree.Element(_N + "newsMessage", nsmap={None: NAR})
    header = _sub(message, _N + "header")
    _sub(header, _N + "sent", datetime.now(UTC).replace(microsecond=0).isoformat())
    item_set = _sub(message, _N + "itemSet")
    for article in articles:
        try:
            _item(article, item_set)
        except ValueError:
            _check_xml_text(article)
            raise
    document: bytes = etree.tostring(message, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return document


# ------------------------------------------------------------------- reading --


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    # exact, unless line breaks, tabs or padding show a pretty-printer's layout (other providers)
    return text_or_none(tidy_text("".join(element.itertext())))


def _first_name(element: etree._Element) -> str | None:
    names = element.findall(_N + "name")
    plain = [n for n in names if not n.get("role") or n.get("role") != "nrol:alternate"]
    return _text((plain or names)[0]) if names else text_or_none(element.get("literal"))


class _Reader:
    def __init__(self, source: str, line: int | None) -> None:
        self.source = source
        self.where = f"line {line}" if line else None
        self.participants: list[Entity] = []
        self.by_key: dict[str, str] = {}

    def participant(self, element: etree._Element, kind: str) -> str | None:
        qcode = element.get("qcode") or element.get("uri") or element.get("literal")
        name = _first_name(element)
        key = qcode or name
        if key is None:
            return None
        if key in self.by_key:
            return self.by_key[key]
        ours = qcode is not None and qcode.startswith("ndp:") and len(qcode) > 4
        pid = decode_id(qcode[4:]) if qcode and ours else f"p{len(self.participants) + 1}"
        while any(p.id == pid for p in self.participants):
            pid += "_"
        aliases = [
            a for a in (_text(n) for n in element.findall(_N + "name") if n.get("role") == "nrol:alternate") if a
        ]
        self.participants.append(Entity(id=pid, name=name or pid, type=kind, aliases=aliases))
        self.by_key[key] = pid
        return pid

    def article(self, item: etree._Element) -> Article:
        meta = item.find(_N + "itemMeta")
        content = item.find(_N + "contentMeta")
        if content is None:
            content = etree.Element(_N + "contentMeta")
        event_subjects: dict[str, str | None] = {}
        for subject in content.findall(_N + "subject"):
            kind = _KIND.get(subject.get("type", ""))
            if kind:
                self.participant(subject, kind)
            elif subject.get("type") == "cpnat:event" and subject.get("qcode"):
                event_subjects[subject.get("qcode", "")] = _first_name(subject)
        headline = _text(content.find(_N + "headline")) or ""
        authors = [
            Author(name=_first_name(c) or "?", url=c.get("uri"))
            for c in content.findall(_N + "creator")
            if _first_name(c)
        ]
        if not authors:
            authors = [Author(name=b) for b in (_text(e) for e in content.findall(_N + "by")) if b]
        created = _text(content.find(_N + "contentCreated"))
        if created is None and meta is not None:
            created = _text(meta.find(_N + "firstCreated"))
            # Another provider's item without creation dates: its version is the best
            # publication time there is. Ours always states contentCreated when known.
            if created is None and not item.get("guid", "").startswith(URN_PREFIX):
                created = _text(meta.find(_N + "versionCreated"))
        published = aware_datetime(created, source=self.source, where=self.where or "contentCreated")
        modified = aware_datetime(
            _text(content.find(_N + "contentModified")), source=self.source, where=self.where or "contentModified"
        )
        paragraphs, quotes, photos = self.body(item)
        if not photos:
            captions = [_text(d) for d in content.findall(_N + "description") if d.get("role") == "drol:caption"]
            credits = [_text(c) for c in content.findall(_N + "creditline")]
            photos = [
                Photo(
                    caption=captions[i] if i < len(captions) else None, credit=credits[i] if i < len(credits) else None
                )
                for i in range(max(len(captions), len(credits)))
            ]
        events = [self.event(a) for a in item.findall(_N + "assert") if self._is_event(a)]
        if not events:
            events = [Event(type="other", summary=name) for name in event_subjects.values()]
        link = (
            None
            if meta is None
            else next((lk.get("href") for lk in meta.findall(_N + "link") if lk.get("rel") == "irel:seeAlso"), None)
        )
        outlet = next((_first_name(s) for s in content.findall(_N + "infoSource")), None)
        guid = item.get("guid")
        language = item.get(XML_LANG) or next((lang.get("tag") for lang in content.findall(_N + "language")), None)
        fields: dict[str, Any] = {
            "id": article_id_from_uri(guid) if guid else fallback_id(headline, created),
            "language": language or "und",
            "headline": headline,
            "published": published,
            "modified": modified,
            "authors": authors,
            "photos": photos,
            "body": paragraphs,
            "quotes": self.speakers(quotes, ours=(guid or "").startswith(URN_PREFIX)),
            "participants": self.participants,
            "events": events,
            "source": Source(url=link, outlet=outlet),
        }
        where = self.where
        return article_from_fields(
            fields, source=self.source, where=lambda loc: f"{where} ({'.'.join(str(p) for p in loc)})"
        )

    def speakers(self, quotes: list[Quote], *, ours: bool) -> list[Quote]:
        """Speaker ids as our quotes carry them (``nd:speaker-id``: a quote of ours without
        one has no speaker id); for other providers' quotes, from the speaker's name where
        it is exactly one participant's."""
        known = {entity.id for entity in self.participants}
        by_name: dict[str, list[str]] = {}
        for entity in self.participants:
            by_name.setdefault(entity.name, []).append(entity.id)
        resolved = []
        for quote in quotes:
            if quote.speaker_id is not None:
                resolved.append(quote if quote.speaker_id in known else quote.model_copy(update={"speaker_id": None}))
                continue
            ids = [] if ours else by_name.get(quote.speaker or "", [])
            resolved.append(quote.model_copy(update={"speaker_id": ids[0]}) if len(ids) == 1 else quote)
        return resolved

    def body(self, item: etree._Element) -> tuple[list[str], list[Quote], list[Photo]]:
        content_set = item.find(_N + "contentSet")
        if content_set is None:
            return [], [], []
        inline = content_set.find(_N + "inlineXML")
        if inline is not None:
            body = read_body(inline, nitf_speaker)
            photos = [self.photo(m) for m in inline.iter(_T + "media") if m.get("media-type") == "image"]
            return body.paragraphs, body.quotes, photos
        data = content_set.find(_N + "inlineData")
        if data is not None and data.text:
            return split_paragraphs(data.text), [], []
        return [], [], []

    def photo(self, media: etree._Element) -> Photo:
        reference = media.find(_T + "media-reference")
        return Photo(
            caption=_text(media.find(_T + "media-caption")),
            credit=_text(media.find(_T + "media-producer")),
            url=reference.get("source") if reference is not None else None,
        )

    @staticmethod
    def _is_event(node: etree._Element) -> bool:
        kind = node.find(_N + "type")
        return node.find(_N + "eventDetails") is not None or (kind is not None and kind.get("qcode") == "cpnat:event")

    def event(self, node: etree._Element) -> Event:
        kind = next(
            (r.get("qcode", "")[5:] for r in node.findall(_N + "related") if r.get("rel") == "ndrel:eventType"), ""
        )
        details = node.find(_N + "eventDetails")
        date = location = location_id = None
        participants: list[str] = []
        if details is not None:
            start = _text(details.find(f"{_N}dates/{_N}start"))
            date = start[:10] if start and len(start) >= 10 else None
            place = details.find(_N + "location")
            parties = details.findall(_N + "participant")
        else:
            place = next((r for r in node.findall(_N + "related") if r.get("rel") == "ndrel:location"), None)
            parties = [r for r in node.findall(_N + "related") if r.get("rel") == "ndrel:participant"]
        if place is not None:
            location = _first_name(place)
            if place.get("qcode"):
                location_id = self.participant(place, "place")
        for party in parties:
            pid = self.participant(party, "person")
            if pid and pid not in participants:
                participants.append(pid)
        return Event(
            type=kind if kind in _EVENT_TYPES else "other",
            date=date,
            location=location,
            location_id=location_id,
            participants=participants,
            summary=_text(node.find(_N + "definition")),
        )


def _news_items(root: etree._Element) -> list[etree._Element]:
    if root.tag == _N + "newsItem":
        return [root]
    return list(root.iter(_N + "newsItem"))


_parsers = threading.local()


def _reused_parser() -> etree.XMLParser:
    """The safe parser, one per thread (an lxml parser serves one document at a time):
    building one per document cost a tenth of a validation."""
    parser: etree.XMLParser | None = getattr(_parsers, "parser", None)
    if parser is None:
        parser = _parsers.parser = _safe_parser()
    return parser


def parse_xml(data: bytes, source: str) -> etree._Element:
    """The root element, parsed safely; a DTD is refused before parsing, and libxml2's
    own limits (nesting depth, entity amplification) come back as HostileInput."""
    check_xml_prolog(data, source=source)
    try:
        return etree.fromstring(data, _reused_parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else None
        where = f"line {line}" if line else None
        code = xml_error_code(str(exc.msg))
        if code != "xml.syntax":
            raise HostileInput(code, f"refused: {exc.msg}", source=source, where=where) from None
        raise InputError(f"not well-formed XML: {exc.msg}", source=source, where=where) from None


# The roots a NewsML-G2 document can have: the items and the message that carries them.
ITEM_NAMES = ("newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem")
DOCUMENT_ROOTS = frozenset(_N + name for name in (*ITEM_NAMES, "newsMessage"))


def _line_of(error: InputError) -> int | None:
    return int(error.where.split()[1]) if error.where and error.where.startswith("line ") else None


class NewsML(Format):
    name: ClassVar[str] = "newsml"
    extension: ClassVar[str] = ".xml"
    media_type: ClassVar[str] = "application/vnd.iptc.g2.newsitem+xml"
    # NewsML-G2 has no reading time; a subject no place in the
    # body; an item no source file. Empty elements and paragraphs read as absent (other
    # providers' items are full of them).
    lossy_fields: Mapping[str, Loss] = MappingProxyType(
        {
            **EMPTY_OPTIONAL_TEXTS,
            "body": "blank_dropped",
            "reading_time_minutes": "dropped",
            # names (<name>) take no line break or tab: written as spaces
            "authors.name": "whitespace",
            "participants.name": "whitespace",
            "participants.aliases": "whitespace",
            "events.location": "whitespace",
            "source.outlet": "whitespace",
            # offsets beyond xs:dateTime's +-14:00 are written in UTC
            "published": "instant",
            "modified": "instant",
            "participants.mentions": "dropped",
            # quotes come back in reading order: those marked in the body, paragraph by paragraph,
            # then the block quotes after it
            "quotes": "unordered",
            "source.path": "dropped",
        }
    )

    def export(self, article: Article) -> str:
        return to_newsml(article).decode("utf-8")

    def export_many(self, articles: Sequence[Article]) -> str:
        """A newsMessage whose itemSet holds one newsItem per article."""
        return to_news_message(articles).decode("utf-8")

    def read(self, data: bytes, *, source: str = "<input>") -> list[Article]:
        root = parse_xml(data, source)
        items = _news_items(root)
        if not items:
            raise InputError(f"no newsItem (root element is {etree.QName(root).localname})", source=source)
        return [_Reader(source, item.sourceline).article(item) for item in items]

    def validate(self, data: bytes, *, source: str = "<input>") -> list[Problem]:
        try:
            root = parse_xml(data, source)
        except InputError as exc:
            code = exc.code if isinstance(exc, HostileInput) else "xml.syntax"
            return [Problem(code, exc.message, source=source, where=exc.where, line=_line_of(exc))]
        return self.validate_root(root, source=source)

    def validate_root(self, root: etree._Element, *, source: str = "<input>") -> list[Problem]:
        """Problems of a parsed document: a fragment (a root that is no NewsML-G2 item
        or message) is said to be one, anything else is checked by the XSD."""
        if root.tag not in DOCUMENT_ROOTS:
            name = etree.QName(root)
            shown = f"{{{name.namespace}}}{name.localname}" if name.namespace else name.localname
            return [
                Problem(
                    "newsml.not-g2",
                    f"not a NewsML-G2 document: the root element is {shown}, a fragment at most",
                    source=source,
                    where=f"line {root.sourceline}",
                    line=root.sourceline,
                    hint="a NewsML-G2 document is a newsItem, packageItem, conceptItem, knowledgeItem, planningItem,"
                    " catalogItem or newsMessage in the namespace " + NAR,
                )
            ]
        schema = xml_schema()
        if schema.validate(root):
            return []
        return [
            Problem(
                "newsml.xsd",
                error.message,
                source=source,
                where=f"line {error.line}",
                line=error.line,
                hint=error.path or None,
            )
            for error in schema.error_log
        ]

    def sniff(self, data: bytes) -> bool:
        head = data[:4096]
        return b"<" in head[:200] and NAR.encode() in head and (b"newsItem" in head or b"newsMessage" in head)


register_format("newsml", NewsML)
