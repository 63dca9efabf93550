"""NewsML-G2 2.35: every fixture validates against the XSD (with the NITF body), round
trips, the IPTC newsItem examples are read, and the parser is safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from newsdata.errors import InputError
from newsdata.formats import get_format
from newsdata.formats.base import EMPTY_OPTIONAL_TEXTS
from newsdata.formats.newsml import NITF, xml_schema
from tests.formats_support import assert_round_trip, fixture_articles

DATA = Path(__file__).parent / "data" / "newsml-g2"
N = "{http://iptc.org/std/nar/2006-10-01/}"
# Reviewed against the mapping: no reading time, mentions or source path in NewsML-G2;
# quotes come back in reading order; empty optional texts and paragraphs read as absent.
EXPECTED_LOSSY = {
    **EMPTY_OPTIONAL_TEXTS,
    **dict.fromkeys(("reading_time_minutes", "participants.mentions", "source.path"), "dropped"),
    "body": "blank_dropped",
    "quotes": "unordered",
    **dict.fromkeys(  # <name> takes no line break or tab
        ("authors.name", "participants.name", "participants.aliases", "events.location", "source.outlet"), "whitespace"
    ),
    "published": "instant",  # offsets beyond xs:dateTime's +-14:00 go out in UTC
    "modified": "instant",
}


def test_lossy_fields_are_the_documented_ones() -> None:
    assert dict(get_format("newsml").lossy_fields) == EXPECTED_LOSSY


def test_every_fixture_is_a_valid_news_item_and_round_trips() -> None:
    fmt = get_format("newsml")
    for article in fixture_articles():
        document = fmt.export(article).encode()
        assert fmt.validate(document) == []
        (back,) = fmt.read(document)
        assert_round_trip(article, back, fmt)


def test_several_articles_make_one_valid_news_message() -> None:
    fmt = get_format("newsml")
    articles = list(fixture_articles()[:5])
    document = fmt.export_many(articles).encode()
    assert etree.fromstring(document).tag == N + "newsMessage"
    assert fmt.validate(document) == []
    assert [a.id for a in fmt.read(document)] == [a.id for a in articles]


def test_structure_subjects_quotes_and_events() -> None:
    article = next(a for a in fixture_articles() if a.quotes and a.events and a.events[0].date)
    root = etree.fromstring(get_format("newsml").export(article).encode())
    types = {s.get("type") for s in root.iter(N + "subject")}
    assert {"cpnat:person", "cpnat:event"} <= types
    q = next(root.iter(f"{{{NITF}}}q"))
    assert q.get("quote-source") == article.quotes[0].speaker and q.text == article.quotes[0].text
    start = root.find(f"{N}assert/{N}eventDetails/{N}dates/{N}start")
    assert start is not None and start.text == article.events[0].date


def test_invalid_nitf_inside_inline_xml_is_caught_with_its_line() -> None:
    article = next(a for a in fixture_articles() if a.quotes)
    document = get_format("newsml").export(article).replace("<q ", "<quote ", 1).replace("</q>", "</quote>", 1)
    problems = get_format("newsml").validate(document.encode(), source="item.xml")
    assert problems and problems[0].code == "newsml.xsd" and "quote" in problems[0].message
    assert problems[0].line is not None and problems[0].line > 1 and problems[0].where == f"line {problems[0].line}"


def test_schema_is_compiled_once() -> None:
    assert xml_schema() is xml_schema()


def test_entities_and_network_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    document = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g" version="1" standard="NewsML-G2" '
        'standardversion="2.35"><contentMeta><headline>&e;</headline></contentMeta></newsItem>'
    )
    try:
        articles = get_format("newsml").read(document.encode())
    except InputError:
        return
    assert "TOP SECRET" not in articles[0].headline


def test_not_xml_is_an_error_naming_the_line() -> None:
    with pytest.raises(InputError, match=r"x.xml:line 2"):
        get_format("newsml").read(b"<newsItem>\n<a></b></newsItem>", source="x.xml")


EXAMPLES = sorted(DATA.glob("*.xml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_reads_every_iptc_news_item_example(path: Path) -> None:
    root = etree.parse(str(path)).getroot()
    articles = get_format("newsml").read(path.read_bytes(), source=str(path))
    assert [a.id for a in articles] == [root.get("guid")]
    headline = root.find(f"{N}contentMeta/{N}headline")
    assert articles[0].headline == (" ".join("".join(headline.itertext()).split()) if headline is not None else "")


def test_nitf_example_gives_paragraphs_and_people() -> None:
    (article,) = get_format("newsml").read((DATA / "LISTING_22_Sports_story_in_NewsML-G2NITF.xml").read_bytes())
    assert len(article.body) >= 3 and article.body[0].startswith("(Sports Network)")
    assert article.participants
