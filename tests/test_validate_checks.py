"""Semantic checks of `newsdata validate`, each in every format it applies to, reported
at the place in the original document (an XML line, a JSON pointer, a JSONL line).

The documents are exported from one invented article by the format exporters, then
broken in one way each."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from newsdata.formats import Problem, get_format
from newsdata.model import Article, Author, Entity, Photo, Quote, Source, Span
from newsdata.validate import FileReport, Finding, Options, RunContext, SemanticCheck, Validator, registered_checks
from newsdata.validate.checks import HEADLINE_LIMIT
from newsdata.validate.view import DocumentView

FORMATS = ("newsml", "ninjs", "jsonld", "canonical")
EEST = timezone(timedelta(hours=3))
PARAGRAPH = "“The ferry will change how we travel,” said Ilsa Brandt, the mayor of Norby."
QUOTE = "The ferry will change how we travel"

ARTICLE = Article(
    id="val-1",
    language="en",
    headline="Harbour council approves a new ferry line",
    published=datetime(2024, 5, 2, 9, 30, tzinfo=EEST),
    modified=datetime(2024, 5, 2, 11, 0, tzinfo=EEST),
    authors=[Author(name="Mara Olsen")],
    photos=[Photo(caption="The ferry at dawn", credit="Jon Vik / Harbour Press", url="https://example.org/f.jpg")],
    body=["The council of Norby approved a new ferry line on Thursday.", PARAGRAPH],
    quotes=[
        Quote(
            text=QUOTE,
            speaker="Ilsa Brandt",
            speaker_id="p1",
            cue="said",
            span=Span(paragraph=1, start=1, end=1 + len(QUOTE)),
        )
    ],
    participants=[Entity(id="p1", name="Ilsa Brandt", type="person"), Entity(id="p2", name="Norby", type="place")],
    source=Source(url="https://example.org/news/ferry", outlet="Harbour Press"),
)


def export(article: Article, fmt: str) -> str:
    return get_format(fmt).export(article)


def validate(text: str | bytes, **options: Any) -> FileReport:
    data = text.encode() if isinstance(text, str) else text
    return Validator(Options(**options)).validate_bytes(data, "feed")


def found(report: FileReport, code: str) -> list[Problem]:
    return [p for p in report.problems if p.code == code]


def line_of(text: str, needle: str, nth: int = 1) -> int:
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return text.count("\n", 0, start) + 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_clean_article_has_no_problem_in_any_format(fmt: str) -> None:
    report = validate(export(ARTICLE, fmt))
    assert report.problems == [] and report.documents == 1
    assert report.formats == [{"ninjs": "ninjs 3.1"}.get(fmt, fmt)]


def test_modified_before_published() -> None:
    article = ARTICLE.model_copy(update={"modified": ARTICLE.published - timedelta(days=1)})  # type: ignore[operator]
    expected = {"ninjs": "/versionCreated", "jsonld": "/dateModified", "canonical": "/modified"}
    for fmt in FORMATS:
        text = export(article, fmt)
        problems = found(validate(text), "semantic.modified-before-published")
        assert problems and all(p.severity == "error" for p in problems), fmt
        if fmt == "newsml":
            assert line_of(text, "<contentModified") in {p.line for p in problems}
        else:
            assert [p.where for p in problems] == [expected[fmt]]


def test_the_same_instant_in_two_zones_is_not_reversed() -> None:
    article = ARTICLE.model_copy(update={"modified": ARTICLE.published.astimezone(UTC)})  # type: ignore[union-attr]
    assert not found(validate(export(article, "jsonld")), "semantic.modified-before-published")


def test_timestamp_without_zone() -> None:
    aware = ARTICLE.published.isoformat()  # type: ignore[union-attr]
    expected = {"ninjs": "/firstCreated", "jsonld": "/datePublished", "canonical": "/published"}
    for fmt in FORMATS:
        text = export(ARTICLE, fmt).replace(aware, aware[:19])
        problems = found(validate(text), "semantic.timestamp-without-zone")
        assert problems and problems[0].severity == "warning", fmt
        assert "has no time zone" in problems[0].message and problems[0].hint
        if fmt == "newsml":
            assert {line_of(text, "<firstCreated"), line_of(text, "<contentCreated")} <= {p.line for p in problems}
        else:
            assert [p.where for p in problems] == [expected[fmt]]


def test_a_date_without_time_needs_no_zone() -> None:
    doc = json.loads(export(ARTICLE, "jsonld"))
    doc["datePublished"] = "2024-05-02"
    assert not found(validate(json.dumps(doc)), "semantic.timestamp-without-zone")


def test_empty_headline() -> None:
    article = ARTICLE.model_copy(update={"headline": ""})
    expected = {"ninjs": "/headlines/0/value", "jsonld": "/headline", "canonical": "/headline"}
    for fmt in FORMATS:
        text = export(article, fmt)
        (problem,) = found(validate(text), "semantic.empty-headline")
        assert problem.severity == "error"
        if fmt == "newsml":
            assert problem.line == line_of(text, "<headline")
        else:
            assert problem.where == expected[fmt]


def test_an_item_without_headline_field_is_not_an_empty_headline() -> None:
    doc = {"uri": "urn:example:event-1", "type": "event"}
    assert validate(json.dumps(doc)).problems == []


def test_headline_longer_than_search_engines_show() -> None:
    at_limit = ARTICLE.model_copy(update={"headline": "h" * HEADLINE_LIMIT})
    too_long = ARTICLE.model_copy(update={"headline": "Ferry " * 25})
    for fmt in FORMATS:
        assert not found(validate(export(at_limit, fmt)), "semantic.headline-too-long"), fmt
        (problem,) = found(validate(export(too_long, fmt)), "semantic.headline-too-long")
        assert problem.severity == "warning" and f"{HEADLINE_LIMIT}" in problem.message


def test_image_without_credit() -> None:
    article = ARTICLE.model_copy(update={"photos": [Photo(caption="The quay", url="https://example.org/q.jpg")]})
    expected = {"ninjs": "/associations/0", "jsonld": "/image/0", "canonical": "/photos/0"}
    for fmt in FORMATS:
        text = export(article, fmt)
        (problem,) = found(validate(text), "semantic.image-without-credit")
        assert problem.severity == "warning"
        if fmt == "newsml":
            assert problem.line == line_of(text, "<media ")
        else:
            assert problem.where == expected[fmt]


def test_a_newsml_picture_item_needs_a_creditline() -> None:
    text = export(ARTICLE.model_copy(update={"photos": []}), "newsml").replace("ninat:text", "ninat:picture")
    (problem,) = found(validate(text), "semantic.image-without-credit")
    assert problem.line == line_of(text, "<newsItem") and "picture item" in problem.message


def test_quote_attributed_to_an_unknown_participant() -> None:
    quote = ARTICLE.quotes[0].model_copy(update={"speaker": "Petra Lund", "speaker_id": None})
    article = ARTICLE.model_copy(update={"quotes": [quote]})
    expected = {"ninjs": "/bodies/1/value", "jsonld": "/hasPart/0", "canonical": "/quotes/0"}
    for fmt in FORMATS:
        text = export(article, fmt)
        (problem,) = found(validate(text), "semantic.unknown-speaker")
        assert problem.severity == "warning" and "Petra Lund" in problem.message
        if fmt == "newsml":
            assert problem.line == line_of(text, "<q ")
        else:
            assert problem.where == expected[fmt]


def test_quote_attributed_to_a_participant_id_that_does_not_exist() -> None:
    ninjs = export(ARTICLE, "ninjs").replace('data-speaker-id=\\"p1\\"', 'data-speaker-id=\\"p9\\"')
    jsonld = json.loads(export(ARTICLE, "jsonld"))
    jsonld["hasPart"][0]["spokenByCharacter"] = {"@id": "_:p9"}
    canonical = json.loads(export(ARTICLE, "canonical"))
    canonical["quotes"][0]["speaker_id"] = "p9"
    for text, where in (
        (ninjs, "/bodies/1/value"),
        (json.dumps(jsonld), "/hasPart/0"),
        (json.dumps(canonical), "/quotes/0"),
    ):
        (problem,) = found(validate(text), "semantic.dangling-speaker")
        assert problem.severity == "error" and problem.where == where and "p9" in problem.message


def test_duplicate_id_in_one_feed_names_the_first_use() -> None:
    for fmt in FORMATS:
        text = get_format(fmt).export_many([ARTICLE, ARTICLE])
        report = validate(text)
        (problem,) = found(report, "semantic.duplicate-id")
        assert problem.severity == "error" and report.documents == 2
        if fmt == "newsml":
            assert problem.line == line_of(text, "<newsItem", 2)
            assert f"line {line_of(text, '<newsItem')}" in problem.message
        else:
            assert problem.line == 2 and problem.where is not None and problem.where.startswith("line 2 /")
            assert "line 1" in problem.message


def test_a_new_version_of_an_item_is_not_a_duplicate() -> None:
    first = json.loads(export(ARTICLE, "ninjs"))
    second = dict(first, version="2")
    assert not found(validate(json.dumps(first) + "\n" + json.dumps(second) + "\n"), "semantic.duplicate-id")


def test_ids_are_compared_within_one_input() -> None:
    run = Validator()
    text = export(ARTICLE, "ninjs").encode()
    assert run.validate_bytes(text, "a.json").problems == []
    assert run.validate_bytes(text, "b.json").problems == []


def test_jsonld_type_or_property_not_in_schema_org() -> None:
    doc = json.loads(export(ARTICLE, "jsonld"))
    doc["author"][0]["@type"] = "Persn"
    doc["headLine"] = doc.pop("headline")
    report = validate(json.dumps(doc))
    assert [p.where for p in found(report, "schemaorg.unknown-type")] == ["/author/0/@type"]
    assert [p.where for p in found(report, "schemaorg.unknown-property")] == ["/headLine"]
    assert all(p.severity == "error" for p in found(report, "schemaorg.unknown-property"))


def test_checks_are_a_registry_others_add_to() -> None:
    def no_outlet(view: DocumentView, context: RunContext) -> Iterator[Finding]:
        if view.format == "canonical":
            yield Finding("test finding", view.place, hint="a hint")

    extra = SemanticCheck("test.extra", "warning", "a check added by another module", no_outlet)
    report = Validator(checks=[*registered_checks(), extra]).validate_bytes(export(ARTICLE, "canonical").encode())
    (problem,) = found(report, "test.extra")
    assert problem.severity == "warning" and problem.where == "/" and problem.hint == "a hint"
    codes = [check.code for check in registered_checks()]
    assert len(codes) == len(set(codes)) >= 8 and "test.extra" not in codes


def test_declared_metadata_that_disagrees_with_the_text_is_a_warning() -> None:
    from newsdata.model import FieldOrigin, Provenance

    article = ARTICLE.model_copy(
        update={
            "provenance": Provenance(
                headline=FieldOrigin(origin="text", declared_in="json-ld", other="Ferry line approved"),
                published=FieldOrigin(origin="agree", declared_in="json-ld"),
            )
        }
    )
    report = validate(export(article, "canonical"))
    problems = found(report, "semantic.declared-text-disagreement")
    assert [(p.where, p.severity) for p in problems] == [("/provenance/headline", "warning")]
    assert "Ferry line approved" in problems[0].message and "json-ld" in problems[0].message
    assert not found(validate(export(ARTICLE, "canonical")), "semantic.declared-text-disagreement")


def test_a_ninjs_document_with_associations_that_are_not_a_container_is_reported_not_a_crash() -> None:
    doc = json.loads(export(ARTICLE, "ninjs"))
    doc["associations"] = 5
    report = validate(json.dumps(doc))
    assert report.problems and all(p.code.startswith("ninjs") for p in report.problems)
    assert any(p.where == "/associations" for p in report.problems)
