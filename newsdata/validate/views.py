"""Common views (``view.DocumentView``) of parsed documents, one extractor per format.

The extractors read the tree or object the format validator has already parsed (no
second parse) and only look up the few fields the semantic checks need, so they cost
little next to schema validation. Places are the original document's: the element's
line in XML, a JSON pointer (after "line N" in JSON Lines) in JSON.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from lxml import etree

from newsdata import _compiled
from newsdata.formats.jsonld import article_nodes
from newsdata.formats.newsml import ITEM_NAMES, NAR, NITF
from newsdata.validate.view import _XML_LINE, DocumentView, Image, Place, QuoteRef, Value

_N = "{" + NAR + "}"
_T = "{" + NITF + "}"
_ITEMS = frozenset(_N + name for name in ITEM_NAMES)
_PICTURE_CLASSES = frozenset({"ninat:picture", "ninat:graphic"})
_PARTICIPANT_TYPES = frozenset({"cpnat:person", "cpnat:organisation", "cpnat:organization"})
_NINJS_PICTURES = frozenset({"picture", "graphic"})
_QUOTE_TAG = re.compile(r"<(?:q|blockquote)\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r"""\b(data-speaker(?:-id)?)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def _xml_text(element: etree._Element) -> str:
    if len(element) == 0:  # text only (a headline, a name): no tree walk
        text = element.text
        return " ".join(text.split()) if text else ""
    return " ".join("".join(element.itertext()).split())


_line_place = Place.of_line
_json_place = Place.at


def _xml_place(element: etree._Element) -> Place:
    return _line_place(element.sourceline)


def _xml_value(element: etree._Element | None, name: str) -> Value | None:
    if element is None:
        return None
    return Value(_xml_text(element), name, _xml_place(element))


def newsml_views(root: etree._Element) -> list[DocumentView]:
    """A view per G2 item: the root item, or each item of a newsMessage (whose ``sent``
    time gets a view of its own)."""
    if root.tag in _ITEMS:
        return [_newsml_item(root)]
    if root.tag != _N + "newsMessage":
        return []
    views = [
        _newsml_item(item) for item_set in root.iterfind(_N + "itemSet") for item in item_set if item.tag in _ITEMS
    ]
    if not views:
        views.append(DocumentView("newsml", _xml_place(root)))
    sent = _xml_value(root.find(f"{_N}header/{_N}sent"), "sent")
    if sent is not None:  # the message's own time, checked with its first item
        views[0].timestamps.append(sent)
    return views


def _simple_text(element: etree._Element) -> str:
    """The text of an element that holds only text (a date, a name): no tree walk."""
    text = element.text
    return text.strip() if text else ""


# What a view of one G2 item is made of (``_item_fields``, and the same tuple from the C
# reader): guid and version (None when absent), the item's line, the timestamps as flat
# (name, text, line) triples in document order, whether the item is a picture or graphic,
# the participants' qcodes and names (subjects of type person or organisation), the first
# headline as (text, line) or None, the first non-blank creditline or None, the quotes with
# a speaker as flat (line, speaker) pairs and the NITF images as flat (line, credit) pairs,
# both from the item's last contentSet.
ItemFields = tuple[
    str | None,
    str | None,
    int | None,
    list[Any],
    bool,
    list[str],
    list[str],
    tuple[str, int | None] | None,
    str | None,
    list[Any],
    list[Any],
]


def _item_fields(item: etree._Element) -> ItemFields:
    """What the view of one G2 item reads, in one pass over itemMeta and contentMeta
    children (a dispatch on the tag) and one C-filtered walk of the contentSet.

    ``newsdata.validate._xmlview.item_fields`` (C, built where it can be: see setup.py)
    gives the same tuple without a Python object per element and is used where it was
    built; this stays the reference it is tested against, and the reader of documents
    the C one leaves to it (a DTD's entities and defaults)."""
    stamps: list[Any] = []
    participant_ids: list[str] = []
    participant_names: list[str] = []
    quotes: list[Any] = []
    media: list[Any] = []
    picture = False
    headline: tuple[str, int | None] | None = None
    credit: str | None = None
    content_set = None
    for part in item:
        tag = part.tag
        if tag == _ITEM_META:
            for child in part:
                child_tag = child.tag
                name = _ITEM_STAMPS.get(child_tag)
                if name is not None:
                    stamps += (name, _simple_text(child), child.sourceline)
                elif child_tag == _ITEM_CLASS:
                    picture = child.get("qcode") in _PICTURE_CLASSES
        elif tag == _CONTENT_META:
            for child in part:
                child_tag = child.tag
                if child_tag == _SUBJECT:
                    if child.get("type") in _PARTICIPANT_TYPES:
                        qcode = child.get("qcode")
                        if qcode:
                            participant_ids.append(qcode)
                        for name_element in child:
                            if name_element.tag == _NAME:
                                participant_names.append(_simple_text(name_element))
                    continue
                name = _CONTENT_STAMPS.get(child_tag)
                if name is not None:
                    stamps += (name, _simple_text(child), child.sourceline)
                elif child_tag == _HEADLINE and headline is None:
                    headline = (_xml_text(child), child.sourceline)
                elif child_tag == _CREDITLINE and credit is None:
                    credit = _xml_text(child) or None
        elif tag == _CONTENT_SET:
            content_set = part
    if content_set is not None:
        for element in content_set.iter(_Q, _BQ, _MEDIA):
            if element.tag == _MEDIA:
                if element.get("media-type") == "image":
                    producer = next(element.iterchildren(_MEDIA_PRODUCER), None)
                    media += (element.sourceline, _xml_text(producer) if producer is not None else "")
            else:
                speaker = element.get("quote-source")
                if speaker:
                    quotes += (element.sourceline, speaker)
    return (
        item.get("guid"),
        item.get("version"),
        item.sourceline,
        stamps,
        picture,
        participant_ids,
        participant_names,
        headline,
        credit,
        quotes,
        media,
    )


def _newsml_item(item: etree._Element) -> DocumentView:
    if _c_item_view is not None:
        view = _c_item_view(item)
        if view is not None:
            return view
    elif _c_item_fields is not None:
        fields = _c_item_fields(item)
        if fields is not None:
            return _item_view(fields)
    return _item_view(_item_fields(item))


def _item_view(fields: ItemFields) -> DocumentView:
    """The view of one G2 item from what ``_item_fields`` read. (The C reader builds the
    same view itself: ``_xmlview.item_view``.)"""
    guid, version, line, stamp_fields, picture, ids, names, headline, credit, quotes, media = fields
    place = _line_place(line)
    view = DocumentView("newsml", place)
    if guid is not None:
        view.id = Value(guid, "guid", place)
    view.version = version
    stamps: dict[str, Value] = {}
    triples = iter(stamp_fields)
    for name, text, stamp_line in zip(triples, triples, triples, strict=True):
        stamps[name] = Value(text, name, _line_place(stamp_line))
    view.timestamps = list(stamps.values())
    view.ordered = [
        (stamps[a], stamps[b])
        for a, b in (("firstCreated", "versionCreated"), ("contentCreated", "contentModified"))
        if a in stamps and b in stamps
    ]
    if headline is not None:
        view.headline = Value(headline[0], "headline", _line_place(headline[1]))
    view.participant_ids.update(ids)
    view.participant_names.update(names)
    if picture:
        view.images.append(Image(place, credit, "picture item"))
    if media:
        pairs = iter(media)
        view.images += [
            Image(_line_place(at), producer or None, "NITF media") for at, producer in zip(pairs, pairs, strict=True)
        ]
    if quotes:
        pairs = iter(quotes)
        view.quotes = [QuoteRef(_line_place(at), speaker, None) for at, speaker in zip(pairs, pairs, strict=True)]
    return view


_ITEM_META, _CONTENT_META, _CONTENT_SET = _N + "itemMeta", _N + "contentMeta", _N + "contentSet"
_ITEM_CLASS, _SUBJECT, _NAME = _N + "itemClass", _N + "subject", _N + "name"
_HEADLINE, _CREDITLINE = _N + "headline", _N + "creditline"
_Q, _BQ, _MEDIA, _MEDIA_PRODUCER = _T + "q", _T + "bq", _T + "media", _T + "media-producer"
_ITEM_STAMPS = {_N + name: name for name in ("versionCreated", "firstCreated")}
_CONTENT_STAMPS = {_N + name: name for name in ("contentCreated", "contentModified")}

# The C reader (newsdata/validate/_xmlview.c, built where it can be: see setup.py) walks the
# item without a Python object per element and builds the view's objects as their own
# constructors do, for the classes as they are here: a class with other fields makes
# _newsml_item build the view in Python from what the C reader read.
_xmlview = _compiled.extension("newsdata.validate._xmlview")
_C_FIELDS = {
    Value: ("text", "field", "place"),
    Image: ("place", "credit", "label"),
    QuoteRef: ("place", "speaker", "speaker_id"),
}
_c_item_fields: Callable[[etree._Element], ItemFields | None] | None = None
_c_item_view: Callable[[etree._Element], DocumentView | None] | None = None
if _xmlview is not None:
    _c_item_fields = _xmlview.item_fields
    if Place.__slots__ == ("_parts", "_where", "line") and all(
        tuple(f.name for f in dataclasses.fields(cls)) == names for cls, names in _C_FIELDS.items()
    ):
        _xmlview.configure(DocumentView, Value, Place, Image, QuoteRef, _XML_LINE)
        _c_item_view = _xmlview.item_view


# ------------------------------------------------------------------------ JSON --


class _Locator:
    """Places inside one JSON document: ``prefix`` is "" (a whole file), "/3" (an array
    member) or "line 3" (a JSON Lines line). The places are lazy (``Place.at``)."""

    __slots__ = ("line", "prefix")

    def __init__(self, prefix: str) -> None:
        self.line = int(prefix.split()[1]) if prefix.startswith("line ") else None
        self.prefix = prefix

    def at(self, *parts: str | int) -> Place:
        return _json_place(self.prefix, self.line, parts)


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value", value.get("value", value.get("name")))
    return value if isinstance(value, str) else None


def _key(node: dict[str, Any], name: str) -> str | None:
    """The key a ninjs object uses for a 3.x property name: itself or its 2.x lower case."""
    if name in node:
        return name
    lower = name.lower()
    return lower if lower in node else None


def _dicts(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    if isinstance(value, list):
        yield from ((i, v) for i, v in enumerate(value) if isinstance(v, dict))


def ninjs_view(document: dict[str, Any], version: str, prefix: str = "") -> DocumentView:
    """Written as plain loops over the object (no helper generators): it runs for every
    ninjs document, and next to the compiled schema it was the larger cost."""
    at = _Locator(prefix)
    view = DocumentView(f"ninjs {version}", at.at())
    get = document.get
    uri = get("uri")
    if isinstance(uri, str):
        view.id = Value(uri, "uri", at.at("uri"))
    number = get("version")
    if isinstance(number, str | int):
        view.version = str(number)
    headlines = get("headlines")
    first: tuple[int, dict[str, Any]] | None = None
    if isinstance(headlines, list):
        for i, headline in enumerate(headlines):
            if isinstance(headline, dict):
                if headline.get("role") == "main":
                    first = (i, headline)
                    break
                if first is None:
                    first = (i, headline)
    if first is not None:
        i, main = first
        view.headline = Value(_text(main.get("value")) or "", "headline", at.at("headlines", i, "value"))
    elif isinstance(get("headline"), str):  # ninjs 1.x
        view.headline = Value(document["headline"], "headline", at.at("headline"))
    first_created = version_created = None
    timestamps = view.timestamps
    for name, lower in _NINJS_STAMPS:
        key = name if name in document else lower if lower in document else None
        if key is not None:
            text = document[key]
            if isinstance(text, str):
                stamp = Value(text, key, at.at(key))
                timestamps.append(stamp)
                if name == "firstCreated":
                    first_created = stamp
                elif name == "versionCreated":
                    version_created = stamp
    if first_created is not None and version_created is not None:
        view.ordered = [(first_created, version_created)]
    kind = get("type")
    if kind in _NINJS_PICTURES:
        view.images.append(Image(view.place, _ninjs_credit(document), f"{kind} item"))
    if "associations" in document:
        _ninjs_associations(document, at, (), view)
    participant_ids, participant_names = view.participant_ids, view.participant_names
    for group in ("people", "organisations"):
        entries = get(group)
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if not isinstance(entry, dict) or entry.get("rel") == "author":
                continue
            entry_get = entry.get
            ref = entry_get("literal")
            if isinstance(ref, str):
                participant_ids.add(ref)
            ref = entry_get("uri")
            if isinstance(ref, str):
                participant_ids.add(ref)
            who = entry_get("name")
            if isinstance(who, str):
                participant_names.add(who)
    bodies = get("bodies")
    if isinstance(bodies, list):
        for i, body in enumerate(bodies):
            value = body.get("value") if isinstance(body, dict) else None
            if isinstance(value, str) and "data-speaker" in value:
                _ninjs_quotes(value, at.at("bodies", i, "value"), view)
    return view


_NINJS_STAMPS = tuple((name, name.lower()) for name in ("firstCreated", "versionCreated", "contentCreated"))


def _ninjs_quotes(value: str, place: Place, view: DocumentView) -> None:
    """A quote per quote tag with a speaker attribute (the last of each name counts).
    ``findall`` and two locals, not a dict and match objects per tag: with a few quotes
    in each body this was half of a ninjs view."""
    quotes = view.quotes
    for attributes in _QUOTE_TAG.findall(value):
        found = _ATTR.findall(attributes) if "=" in attributes else None
        if not found:
            continue
        speaker = speaker_id = None
        for name, double, single in found:
            text = double or single
            if "&" in text:
                text = html.unescape(text)
            key = name.lower()  # "data-ſpeaker" matches too, and names neither: kept as a quote without one
            if key == "data-speaker":
                speaker = text
            elif key == "data-speaker-id":
                speaker_id = text
        quotes.append(QuoteRef(place, speaker, speaker_id))


def _ninjs_credit(node: dict[str, Any]) -> str | None:
    for name in ("by", "copyrightHolder", "copyrightNotice", "creditline"):
        key = _key(node, name)
        if key is not None and isinstance(node[key], str) and node[key].strip():
            return str(node[key])
    return None


def _ninjs_associations(node: dict[str, Any], at: _Locator, path: tuple[str | int, ...], view: DocumentView) -> None:
    associations = node.get("associations")
    members: Iterable[tuple[Any, Any]]
    if isinstance(associations, dict):
        members = associations.items()
    elif isinstance(associations, list):
        members = enumerate(associations)
    else:
        return  # not a container: the schema check reports it
    for key, item in members:
        if not isinstance(item, dict):
            continue
        here = (*path, "associations", key)
        if item.get("type") in _NINJS_PICTURES:
            name = item.get("name", item.get("uri", key))
            view.images.append(Image(at.at(*here), _ninjs_credit(item), f"association {name!r}"))
        if len(here) < 12 and "associations" in item:
            _ninjs_associations(item, at, here, view)


def canonical_view(document: dict[str, Any], prefix: str = "") -> DocumentView:
    at = _Locator(prefix)
    view = DocumentView("canonical", at.at())
    if isinstance(document.get("id"), str):
        view.id = Value(document["id"], "id", at.at("id"))
    if isinstance(document.get("headline"), str):
        view.headline = Value(document["headline"], "headline", at.at("headline"))
    stamps = {
        name: Value(document[name], name, at.at(name))
        for name in ("published", "modified")
        if isinstance(document.get(name), str)
    }
    view.timestamps = list(stamps.values())
    if len(stamps) == 2:
        view.ordered = [(stamps["published"], stamps["modified"])]
    for i, photo in _dicts(document.get("photos")):
        credit = photo.get("credit")
        credit = credit if isinstance(credit, str) and credit.strip() else None
        view.images.append(Image(at.at("photos", i), credit, "photo"))
    for _, participant in _dicts(document.get("participants")):
        if isinstance(participant.get("id"), str):
            view.participant_ids.add(participant["id"])
        names = [participant.get("name"), *(participant.get("aliases") or [])]
        view.participant_names.update(n for n in names if isinstance(n, str))
    provenance = document.get("provenance")
    if isinstance(provenance, dict):
        # (field, kept value, where it came from, the other source's value, the declaration, place)
        view.extra["disagreements"] = [
            (name, document.get(name), origin.get("origin"), origin["other"], origin.get("declared_in"),
             at.at("provenance", name))
            for name, origin in provenance.items()
            if isinstance(origin, dict) and origin.get("other") is not None and origin.get("origin") != "agree"
        ]
    for i, quote in _dicts(document.get("quotes")):
        speaker, speaker_id = quote.get("speaker"), quote.get("speaker_id")
        view.quotes.append(
            QuoteRef(
                at.at("quotes", i),
                speaker if isinstance(speaker, str) else None,
                speaker_id if isinstance(speaker_id, str) else None,
            )
        )
    return view


_CREDIT_PROPERTIES = ("creditText", "copyrightHolder", "copyrightNotice", "creator", "author")


def jsonld_views(document: Any, prefix: str = "") -> list[DocumentView]:
    """A view per schema.org Article node (a top node, an array member or a ``@graph``
    node). Quotes are the Article's ``hasPart`` Quotations; the participants a quote may
    be attributed to are its ``mentions`` and the document's ``@graph`` nodes, and a
    speaker given only by ``@id`` must be a node defined somewhere in the document."""
    nodes = article_nodes(document)
    if not nodes:
        return []
    defined = _defined_ids(document)
    at = _Locator(prefix)
    graph = [n for root in (document if isinstance(document, list) else [document]) if isinstance(root, dict)
             for _, n in _dicts(root.get("@graph"))]
    return [_jsonld_article(node, where, at, defined, graph) for where, node in nodes]


def _defined_ids(document: Any) -> set[str]:
    """``@id``s of nodes that say something (a type or a property), not bare references."""
    found: set[str] = set()
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("@id")
            if isinstance(ref, str) and len(node) > 1:
                found.add(ref)
            stack.extend(v for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, dict | list))
    return found


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _jsonld_article(
    node: dict[str, Any], where: str, at: _Locator, defined: set[str], graph: list[dict[str, Any]]
) -> DocumentView:
    base = [part for part in where.split("/")[1:]]
    path: list[str | int] = [int(p) if p.isdigit() else p for p in base]
    view = DocumentView("jsonld", at.at(*path))
    for key in ("@id", "identifier", "url"):
        text = _text(node.get(key))
        if text:
            view.id = Value(text, key, at.at(*path, key))
            break
    view.version = _text(node.get("version"))
    if "headline" in node:
        view.headline = Value(_text(node["headline"]) or "", "headline", at.at(*path, "headline"))
    stamps = {
        name: Value(text, name, at.at(*path, name))
        for name in ("dateCreated", "datePublished", "dateModified")
        if (text := _text(node.get(name)))
    }
    view.timestamps = list(stamps.values())
    view.ordered = [
        (stamps[a], stamps[b])
        for a, b in (("datePublished", "dateModified"), ("dateCreated", "dateModified"))
        if a in stamps and b in stamps
    ]
    images = node.get("image")
    for i, image in enumerate(_as_list(images)):
        place = at.at(*path, "image", i) if isinstance(images, list) else at.at(*path, "image")
        if isinstance(image, dict):
            credit = next((_text(image.get(p)) for p in _CREDIT_PROPERTIES if _text(image.get(p))), None)
            view.images.append(Image(place, credit, "ImageObject"))
        elif isinstance(image, str):
            view.images.append(Image(place, None, "image URL"))
    for participant in [*_as_list(node.get("mentions")), *graph]:
        if isinstance(participant, dict) and participant is not node:
            if isinstance(participant.get("@id"), str):
                view.participant_ids.add(participant["@id"])
            for name in (participant.get("name"), *_as_list(participant.get("alternateName"))):
                if text := _text(name):
                    view.participant_names.add(text)
    parts = node.get("hasPart")
    for i, part in enumerate(_as_list(parts)):
        if not isinstance(part, dict) or "Quotation" not in _as_list(part.get("@type")):
            continue
        place = at.at(*path, "hasPart", i) if isinstance(parts, list) else at.at(*path, "hasPart")
        speaker = next((part[k] for k in ("spokenByCharacter", "creator", "author") if part.get(k)), None)
        speaker = _as_list(speaker)[0] if speaker is not None else None
        if isinstance(speaker, dict):
            ref = speaker.get("@id") if isinstance(speaker.get("@id"), str) else None
            if ref is not None and ref not in view.participant_ids and ref in defined:
                ref = None  # a node described in place, not a participant: judged by its name
            view.quotes.append(QuoteRef(place, _text(speaker.get("name")), ref))
        elif isinstance(speaker, str):
            view.quotes.append(QuoteRef(place, speaker, None))
    return view
