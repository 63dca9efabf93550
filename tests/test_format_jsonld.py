"""JSON-LD: schema.org validity of every fixture's export, round trip, the vocabulary
checker's own failures, and reading other producers' shapes."""

from __future__ import annotations

import json

import pytest

from newsdata.errors import InputError
from newsdata.formats import get_format
from newsdata.formats.base import EMPTY_OPTIONAL_TEXTS
from newsdata.formats.jsonld import to_jsonld
from newsdata.formats.schemaorg import check_document
from tests.formats_support import assert_round_trip, fixture_articles

# What JSON-LD cannot carry, reviewed against the mapping: quote cues and spans,
# participants' mentions, the source path; event participants come back as attendees
# first, then places; empty optional texts and empty paragraphs read as absent.
EXPECTED_LOSSY = {
    **EMPTY_OPTIONAL_TEXTS,
    "body": "blank_dropped",
    "quotes.cue": "dropped",
    "quotes.span": "dropped",
    "participants.mentions": "dropped",
    "events.participants": "unordered",
    "source.path": "dropped",
}


def test_lossy_fields_are_the_documented_ones() -> None:
    assert dict(get_format("jsonld").lossy_fields) == EXPECTED_LOSSY


def test_every_fixture_exports_valid_schema_org_and_round_trips() -> None:
    fmt = get_format("jsonld")
    for article in fixture_articles():
        document = fmt.export(article)
        problems = fmt.validate(document.encode(), source=article.source.path or "")
        assert [p for p in problems if p.severity == "error"] == [], problems
        # the only warnings are Google's recommendations for data the article lacks
        data = json.loads(document)
        assert all(p.code == "google.recommended" for p in problems)
        assert all(p.message.split("'")[1] not in data for p in problems)
        assert data["@context"] == "https://schema.org"
        (back,) = fmt.read(document.encode())
        assert_round_trip(article, back, fmt)


def test_quotes_events_and_participants_use_fitting_properties() -> None:
    article = next(a for a in fixture_articles() if a.events and a.quotes and a.events[0].participants)
    data = to_jsonld(article)
    quotation = data["hasPart"][0]
    assert quotation["@type"] == "Quotation" and quotation["spokenByCharacter"]["name"] == article.quotes[0].speaker
    event = data["about"][0]
    assert event["@type"] == "Event" and event["startDate"] == article.events[0].date
    assert event["location"]["@type"] == "Place"
    assert {a["@id"] for a in event["attendee"]} <= {m["@id"] for m in data["mentions"]}


def _article(**extra: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H", **extra}


@pytest.mark.parametrize(
    ("document", "code", "where"),
    [
        (_article(headlinee="typo"), "schemaorg.unknown-property", "/headlinee"),
        (_article(author=[{"@type": "Persn", "name": "A"}]), "schemaorg.unknown-type", "/author/0/@type"),
        (_article(startDate="2025-01-01"), "schemaorg.domain", "/startDate"),
        (_article(author=[{"@type": "Place", "name": "Cluj"}]), "schemaorg.range", "/author/0"),
        (_article(datePublished="yesterday"), "schemaorg.range", "/datePublished"),
        (_article(hasPart=[{"@type": "Quotation", "text": "x", "spokenByCharacter": {"@type": "Place"}}]),
         "schemaorg.range", "/hasPart/0/spokenByCharacter"),
        ({"@context": {"@vocab": "http://example.org/"}, "@type": "NewsArticle"}, "jsonld.context", "/@context"),
    ],
)
def test_vocabulary_checker_finds_each_kind_of_mistake(document: dict[str, object], code: str, where: str) -> None:
    problems = check_document(document, source="x.jsonld")
    assert any(p.code == code and p.where == where and p.severity == "error" for p in problems), problems


def test_subclass_aware_domain_and_range() -> None:
    # dateline is a NewsArticle property; headline belongs to CreativeWork, an ancestor;
    # a NewsMediaOrganization is an Organization, a valid publisher.
    doc = _article(dateline="Cluj", publisher={"@type": "NewsMediaOrganization", "name": "Ziar"})
    assert [p for p in check_document(doc, source="x") if p.severity == "error"] == []


def test_text_where_a_node_is_expected_is_a_warning() -> None:
    problems = check_document(_article(author="Ana Pop"), source="x")
    assert [(p.code, p.severity) for p in problems if p.where == "/author"] == [("schemaorg.text-for-node", "warning")]


def test_reads_a_graph_with_plain_author_and_naive_date_error() -> None:
    fmt = get_format("jsonld")
    doc = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "page"},
            {"@type": "ReportageNewsArticle", "headline": "H", "author": "Ana Pop", "inLanguage": "ro",
             "datePublished": "2025-03-01T10:00:00+02:00", "articleBody": "One.\n\nTwo."},
        ],
    }
    (article,) = fmt.read(json.dumps(doc).encode())
    assert (article.headline, [a.name for a in article.authors], article.body) == ("H", ["Ana Pop"], ["One.", "Two."])
    doc["@graph"][1]["datePublished"] = "2025-03-01T10:00:00"  # type: ignore[index]
    with pytest.raises(InputError, match=r"/@graph/1/datePublished.*no UTC offset"):
        fmt.read(json.dumps(doc).encode(), source="page.jsonld")


def test_not_json_is_a_problem_with_a_line() -> None:
    (problem,) = get_format("jsonld").validate(b'{\n  "@type": \n}', source="bad.jsonld")
    assert problem.code == "json.syntax" and problem.line == 3
