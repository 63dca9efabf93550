"""The format registry and the canonical JSON format."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsdata.errors import InputError, NewsdataError
from newsdata.formats import Format, Problem, available_formats, get_format, register_format
from newsdata.model import Article, Entity, Quote


def _article() -> Article:
    return Article(
        id="a1",
        language="ro",
        headline="Titlu",
        published=datetime(2026, 3, 30, 9, 12, tzinfo=UTC),
        body=["„Vom continua”, a spus Ana Pop."],
        participants=[Entity(id="p1", name="Ana Pop", type="person")],
        quotes=[Quote(text="Vom continua", speaker="Ana Pop", speaker_id="p1")],
    )


def test_canonical_is_registered() -> None:
    assert "canonical" in available_formats()


def test_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(NewsdataError, match="canonical"):
        get_format("no-such-format")


def test_canonical_round_trip_is_exact() -> None:
    fmt = get_format("canonical")
    article = _article()
    assert fmt.read(fmt.export(article).encode()) == [article]


def test_canonical_jsonl_feed_reads_every_line() -> None:
    fmt = get_format("canonical")
    other = _article().model_copy(update={"id": "a2"})
    feed = fmt.export_many([_article(), other]).encode()
    assert [a.id for a in fmt.read(feed)] == ["a1", "a2"]


def test_canonical_validate_gives_json_pointers() -> None:
    doc = _article().model_dump(mode="json")
    del doc["headline"]
    doc["participants"][0]["type"] = "animal"
    problems = get_format("canonical").validate(json.dumps(doc).encode(), source="feed.json")
    assert {p.where for p in problems} == {"/headline", "/participants/0/type"}
    assert all(p.source == "feed.json" and p.severity == "error" for p in problems)


def test_canonical_validate_reports_dangling_speaker() -> None:
    doc = _article().model_dump(mode="json")
    doc["quotes"][0]["speaker_id"] = "p9"
    problems = get_format("canonical").validate(json.dumps(doc).encode())
    assert len(problems) == 1 and "p9" in problems[0].message


def test_canonical_read_error_names_the_line() -> None:
    fmt = get_format("canonical")
    good = fmt.export_many([_article()])
    with pytest.raises(InputError, match=r"feed.jsonl:line 2"):
        fmt.read((good + "{not json\n").encode(), source="feed.jsonl")


def test_third_party_format_can_register() -> None:
    class Upper(Format):
        name = "upper"
        extension = ".txt"
        media_type = "text/plain"

        def export(self, article: Article) -> str:
            return article.headline.upper()

        def read(self, data: bytes, *, source: str = "<input>") -> list[Article]:
            return []

        def validate(self, data: bytes, *, source: str = "<input>") -> list[Problem]:
            return []

    register_format("upper", Upper)
    assert get_format("upper").export(_article()) == "TITLU"


def test_canonical_sniffs_a_document_whose_body_is_longer_than_64_kib() -> None:
    """'participants' follows the body in an export; found by the property suite."""
    article = _article().model_copy(update={"body": ["Un paragraf lung. " * 5000]})
    assert get_format("canonical").sniff(get_format("canonical").export(article).encode())
