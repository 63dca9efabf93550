"""The fast paths of `newsdata validate` (issue 6's throughput) give the verdicts, values
and places of the slow ones they stand in front of: orjson before ``json``, the
schema's ``is_valid`` before ``iter_errors``, the speaker scan of ninjs HTML bodies,
the zone test of timestamps, and the NewsML-G2 view extraction (the C reader of an item
against the Python one)."""

from __future__ import annotations

import copy
import json
import math
import os
import random
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from newsdata.errors import InputError
from newsdata.formats import get_format, newsml
from newsdata.formats.guards import json_depth_exceeds, json_scan
from newsdata.formats.jsondoc import parse_json
from newsdata.formats.ninjs import validator
from newsdata.validate import Options, Validator, views
from newsdata.validate.checks import HEADLINE_LIMIT, RunContext, headline_too_long, timestamp_without_zone
from newsdata.validate.view import DocumentView, Place, Value
from newsdata.validate.views import _ITEMS, _ninjs_quotes

DATA = Path(__file__).resolve().parent / "data"

# ------------------------------------------------------------------ JSON parsing --


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "b": [true, false, null], "c": "\\u00e9\\ud83d\\ude00", "a": 2}',  # a repeated key: the last wins
        '{"n": -0, "f": -0.0, "e": 1E2, "tiny": 4.9e-324, "big": 18446744073709551615}',
        '{"over64": 18446744073709551616, "under": -9223372036854775809}',  # integers beyond 64 bits stay exact
        '{"inside": "12345678901234567890123", "x": 1.5}',  # a long digit run in a string: the slow path
        '{"nan": NaN, "inf": Infinity, "huge": 1e400}',  # beyond RFC 8259, accepted by the standard parser
        '{"lone": "\\ud800"}',  # a lone surrogate, accepted by the standard parser
        '\ufeff{"bom": true}',
    ],
)
def test_parsed_json_is_what_the_standard_parser_builds(text: str) -> None:
    expected = json.loads(text.removeprefix("\ufeff"))
    parsed = parse_json(text.encode(), "feed")
    assert repr(parsed) == repr(expected)  # repr: types too (int, not float), and NaN compares unequal
    assert [type(v) for v in parsed.values()] == [type(v) for v in expected.values()]


def test_a_big_integer_keeps_every_digit() -> None:
    value = parse_json(b'{"version": 123456789012345678901234567890}', "feed")["version"]
    assert isinstance(value, int) and value == 123456789012345678901234567890


def test_nan_reads_as_nan() -> None:
    assert math.isnan(parse_json(b"[NaN]", "feed")[0])


@pytest.mark.parametrize(
    ("data", "where", "message"),
    [
        (b'{"a": 1,\n "b": }', "line 2 column 7", "not JSON: Expecting value"),
        (b'{"a": "\xff"}', "byte 7", "not UTF-8: invalid start byte"),
        (b'{"a": "x\x01"}', "line 1 column 9", "not JSON: Invalid control character at"),
    ],
)
def test_broken_json_is_reported_as_before(data: bytes, where: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_json(data, "feed")
    assert caught.value.where == where and caught.value.message == message


# ---------------------------------------------------------------- JSON Schema --


def test_an_invalid_ninjs_document_reports_every_schema_error() -> None:
    document: dict[str, Any] = {
        "uri": 7,
        "standard": {"name": "ninjs", "version": "3.1"},
        "type": "not-a-type",
        "headlines": "not a list",
        "firstCreated": "yesterday",
    }
    expected = sorted("/" + "/".join(map(str, e.instance_path)) for e in validator("3.1").iter_errors(document))
    assert len(expected) >= 4
    report = Validator(Options(format="ninjs")).validate_bytes(json.dumps(document).encode(), "feed")
    schema_places = sorted(p.where or "" for p in report.problems if p.code.startswith("ninjs3.1."))
    assert schema_places == expected
    assert {"/uri", "/type", "/headlines", "/firstCreated"} <= set(schema_places)


# ------------------------------------------------------ ninjs speakers in HTML --


def _quotes(html: str) -> list[tuple[str | None, str | None]]:
    view = DocumentView("ninjs 3.1", Place("/"))
    _ninjs_quotes(html, Place("/bodies/0/value"), view)
    return [(q.speaker, q.speaker_id) for q in view.quotes]


def test_speaker_attributes_in_any_case_and_quoting() -> None:
    html = (
        '<p>a <q data-speaker="Ola Berg" data-speaker-id="p1">x</q> b'
        " <Q DATA-SPEAKER='Tove Lie'>y</Q> c"
        ' <blockquote class="pull" Data-Speaker-Id = "p2"><p>z</p></BlockQuote>'
        ' <q>no speaker</q> <quote data-speaker="not a quote tag">w</quote>'
        ' <q data-speaker="A &amp; B">v</q></p>'
    )
    assert _quotes(html) == [("Ola Berg", "p1"), ("Tove Lie", None), (None, "p2"), ("A & B", None)]


def test_the_last_of_two_same_attributes_counts() -> None:
    assert _quotes('<q data-speaker="First" data-speaker="Second" data-speaker-id="p1">x</q>') == [("Second", "p1")]


def test_an_empty_speaker_attribute_is_kept_empty() -> None:
    assert _quotes("<q data-speaker=\"\" data-speaker-id=''>x</q>") == [("", "")]


# ------------------------------------------------------------- semantic checks --


@pytest.mark.parametrize(
    ("stamp", "zoned"),
    [
        ("2024-05-02T09:30:00Z", True),
        ("2024-05-02T09:30:00z", True),
        ("2024-05-02T09:30:00+02:00", True),
        ("2024-05-02T09:30:00-0230", True),
        ("2024-05-02T09:30:00+02", True),
        ("  2024-05-02T09:30:00.123456789+02:00\n", True),
        ("2024-05-02T09:30:00.123456789", False),
        ("2024-05-02T09:30:00+2:00", False),
        ("2024-05-02T09:30", False),
        ("2024-05-02 09:30:00 CET", False),
    ],
)
def test_a_zone_is_found_only_at_the_end(stamp: str, zoned: bool) -> None:
    view = DocumentView("canonical", Place("/"), timestamps=[Value(stamp, "published", Place("/published"))])
    assert [f.message for f in timestamp_without_zone(view, RunContext())] == (
        [] if zoned else [f"published {stamp.strip()!r} has no time zone, so readers can place it hours off"]
    )


@pytest.mark.parametrize(("padding", "too_long"), [(0, False), (5, False), (-1, True)])
def test_a_headline_is_measured_without_its_surrounding_space(padding: int, too_long: bool) -> None:
    text = "x" * (HEADLINE_LIMIT + 1 if padding < 0 else HEADLINE_LIMIT)
    view = DocumentView("canonical", Place("/"), headline=Value(" " * max(padding, 0) + text, "headline", Place("/h")))
    findings = list(headline_too_long(view, RunContext()))
    assert len(findings) == too_long


@pytest.mark.parametrize(
    "data",
    [b"[" * 5 + b"]" * 5, b"[" * 6 + b"]" * 6, b'{"a": "' + b"[" * 40 + b'", "b": [[1]]}', b'[{"a": [{"b": {}}]}]', b"{" * 3],
)
def test_the_shared_scan_gives_the_nesting_guard_its_own_verdict(data: bytes) -> None:
    for limit in (1, 2, 4, 5, 6, 128):
        assert json_depth_exceeds(data, limit, json_scan(data)) == json_depth_exceeds(data, limit)
    assert json_depth_exceeds(b"[" * 6 + b"]" * 6, 5, json_scan(b"[" * 6 + b"]" * 6))
    assert not json_depth_exceeds(b'{"a": "' + b"[" * 40 + b'"}', 5, json_scan(b'{"a": "' + b"[" * 40 + b'"}'))


# ------------------------------------------------------------ NewsML-G2 views --
#
# The C reader of a G2 item (newsdata/validate/_xmlview.c) stands in for the Python one
# (views._item_fields / _item_view): both must read the same fields and build the same
# view from every tree, including what a careless or hostile provider sends: comments,
# processing instructions and CDATA where text is expected, padding in any white space,
# repeated or missing elements and attributes, namespaced look-alikes, markup inside
# text-only fields, lines beyond 65,535, a DTD (then the C reader gives way).

_NAR = "{http://iptc.org/std/nar/2006-10-01/}"
_NITF = "{http://iptc.org/std/NITF/2006-10-18/}"
_PADDING = [" ", "\n", "\t", "\xa0", "\u2003", "\x85", "  ", "\r\n", "\u3000", "\u2028"]
_TEXTS = [
    "", "x", " x ", "2020-01-01T10:00:00", " 2020-01-01T10:00:00+02:00\n", "ninat:picture", "ninat:graphic",
    "cpnat:person", "cpnat:organisation", "cpnat:organization", "image", "Konrad  Baumgärtel", "a\tb", "é\u2003ü",
    "\xa0lead", "trail\xa0", "a  b", "a\nb", " ", "&<>\"'", "\U0001f600 emoji",
]  # fmt: skip
_TAGS = [
    _NAR + "name", _NAR + "headline", _NITF + "q", _NITF + "bq", _NITF + "media", _NITF + "media-producer",
    _NAR + "subject", _NAR + "creditline", _NAR + "versionCreated", _NAR + "contentModified", "{urn:other}name",
    "name", _NAR + "itemClass", _NITF + "span",
]  # fmt: skip
_ATTRIBUTES = ["qcode", "type", "guid", "version", "media-type", "quote-source"]


def _g2_documents() -> list[bytes]:
    from newsdata.pipeline import parse_text
    from tests.conftest import FIXTURES

    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "articles").glob("*.txt"))[::6]]
    exported = [get_format("newsml").export(parse_text(t)).encode() for t in texts]
    examples = [p.read_bytes() for p in sorted(DATA.glob("newsml-g2/**/*.xml"))]
    return exported + examples


def _mutated(root: Any, rng: random.Random) -> Any:
    def text() -> str:
        value = rng.choice(_TEXTS)
        if rng.random() < 0.3:
            value = rng.choice(_PADDING) + value
        return value + rng.choice(_PADDING) if rng.random() < 0.3 else value

    for _ in range(rng.randint(1, 12)):
        elements = [e for e in root.iter() if isinstance(e.tag, str)]
        element = rng.choice(elements)
        parent = element.getparent()
        roll = rng.random()
        if roll < 0.12:
            element.insert(rng.randint(0, len(element)), etree.Comment("c"))
        elif roll < 0.18:
            element.insert(rng.randint(0, len(element)), etree.ProcessingInstruction("pi", "x"))
        elif roll < 0.30:
            element.text = text()
        elif roll < 0.36:
            element.text = etree.CDATA(text())
        elif roll < 0.44 and len(element):
            rng.choice(list(element)).tail = text()
        elif roll < 0.52:
            for name in _ATTRIBUTES:
                if rng.random() < 0.3:
                    element.set(name, text())
        elif roll < 0.58:
            for name in list(element.attrib):
                if rng.random() < 0.4:
                    del element.attrib[name]
        elif roll < 0.62:
            element.set("{urn:other}" + rng.choice(_ATTRIBUTES), text())
        elif roll < 0.70 and parent is not None:
            parent.insert(parent.index(element) + rng.randint(0, 1), copy.deepcopy(element))
        elif roll < 0.74 and parent is not None:
            parent.remove(element)
        elif roll < 0.82:
            child = etree.Element(rng.choice(_TAGS))
            if rng.random() < 0.6:
                child.text = text()
            if rng.random() < 0.4:
                child.set(rng.choice(_ATTRIBUTES), text())
            if rng.random() < 0.3:
                child.tail = text()
            element.insert(rng.randint(0, len(element)), child)
        elif roll < 0.88 and parent is not None:
            local = etree.QName(element).localname
            element.tag = rng.choice(["{urn:other}" + local, local, _NAR + local, _NITF + local])
        else:
            element.tail = text()
    return root


def _items(root: Any) -> list[Any]:
    if root.tag == _NAR + "newsMessage":
        return [item for item_set in root.iterfind(_NAR + "itemSet") for item in item_set if item.tag in _ITEMS]
    return [root] if root.tag in _ITEMS else []


def _assert_same_view(c_view: DocumentView, py_view: DocumentView) -> None:
    assert c_view == py_view
    for a, b in ((c_view, py_view), *zip(c_view.timestamps, py_view.timestamps, strict=True)):
        assert type(a) is type(b) and type(a.place) is type(b.place)
    assert (c_view.id is None) == (py_view.id is None)
    if c_view.id is not None and py_view.id is not None:
        assert c_view.id.place is c_view.place and py_view.id.place is py_view.place
    assert [type(i) for i in c_view.images + c_view.quotes] == [type(i) for i in py_view.images + py_view.quotes]


@pytest.mark.skipif(views._xmlview is None, reason="the C reader is not built here")
def test_the_c_reader_of_g2_items_reads_what_the_python_reader_reads() -> None:
    rng = random.Random(6)
    documents = _g2_documents()
    compared = 0
    for n in range(400):
        base = documents[n] if n < len(documents) else rng.choice(documents)
        root = etree.fromstring(base, newsml._safe_parser())
        if n >= len(documents):
            root = _mutated(root, rng)
            if rng.random() < 0.5:  # as parsed (lines, the parser's nodes), not as built
                encoding = rng.choice(["UTF-8", "UTF-16"])
                data = etree.tostring(root, encoding=encoding)
                if encoding == "UTF-8" and rng.random() < 0.2:
                    data = b"\n" * 70_000 + data  # lines beyond 65,535
                try:
                    root = etree.fromstring(data, newsml._safe_parser())
                except etree.XMLSyntaxError:  # a tail after the root element
                    continue
        for item in _items(root):
            fields = views._item_fields(item)
            assert views._xmlview.item_fields(item) == fields
            _assert_same_view(views._xmlview.item_view(item), views._item_view(fields))
            compared += 1
    assert compared >= 350


@pytest.mark.skipif(views._xmlview is None, reason="the C reader is not built here")
def test_the_c_reader_leaves_a_document_with_a_dtd_to_the_python_reader() -> None:
    item = _g2_documents()[0].split(b"?>", 1)[1].replace(b"<headline>", b"<headline>&e;", 1)
    root = etree.fromstring(b'<!DOCTYPE newsItem [<!ENTITY e "entity">]>' + item, newsml._safe_parser())
    assert views._xmlview.item_fields(root) is None and views._xmlview.item_view(root) is None
    assert views.newsml_views(root) == [views._item_view(views._item_fields(root))]


def test_the_c_reader_is_built_where_the_parser_is_compiled() -> None:
    from newsdata import _compiled

    if _compiled.is_compiled() and os.environ.get("NEWSDATA_NO_COMPILE", "") in ("", "0"):
        assert views._xmlview is not None and views._c_item_view is not None
