from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import jsonschema
import pytest
from pydantic import ValidationError

from newsdata.model import Article, Entity, Event, Quote
from newsdata.schema import article_schema
from tests.conftest import ROOT

TZ = timezone(timedelta(hours=2))


def _article(**fields: object) -> Article:
    base: dict[str, object] = {"id": "a1", "language": "ro", "headline": "Titlu"}
    base.update(fields)
    return Article.model_validate(base)


def test_naive_timestamp_is_rejected() -> None:
    with pytest.raises(ValidationError, match="timezone"):
        _article(published="2026-01-08T21:59:00")


def test_aware_timestamp_keeps_its_offset() -> None:
    article = _article(published=datetime(2026, 1, 8, 21, 59, tzinfo=TZ))
    assert article.model_dump(mode="json")["published"] == "2026-01-08T21:59:00+02:00"


def test_dangling_quote_speaker_is_named_in_the_error() -> None:
    with pytest.raises(ValidationError, match=r"quotes\[0\].speaker_id='p9'"):
        _article(quotes=[Quote(text="Da.", speaker="Ion Pop", speaker_id="p9")])


def test_dangling_event_participant_and_location_are_named() -> None:
    people = [Entity(id="p1", name="Ion Pop", type="person")]
    with pytest.raises(ValidationError) as info:
        _article(participants=people, events=[Event(type="meeting", participants=["p1", "p2"], location_id="p3")])
    message = str(info.value)
    assert "events[0].participants[1]='p2'" in message
    assert "events[0].location_id='p3'" in message


def test_resolving_references_are_accepted() -> None:
    people = [Entity(id="p1", name="Ion Pop", type="person"), Entity(id="p2", name="Cluj", type="place")]
    article = _article(
        participants=people,
        quotes=[Quote(text="Da.", speaker="Ion Pop", speaker_id="p1")],
        events=[Event(type="visit", date="2026-01-07", participants=["p1"], location="Cluj", location_id="p2")],
    )
    assert article.participant("p2") is not None


def test_duplicate_participant_ids_are_rejected() -> None:
    with pytest.raises(ValidationError, match="duplicate participant id"):
        _article(participants=[Entity(id="p1", name="A", type="person"), Entity(id="p1", name="B", type="place")])


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError, match="extra"):
        _article(headlin="typo")


@pytest.mark.parametrize("tag", ["ro", "en-GB", "de-AT", "und"])
def test_language_accepts_bcp47(tag: str) -> None:
    assert _article(language=tag).language == tag


@pytest.mark.parametrize("tag", ["", "english", "r0", "en_GB"])
def test_language_rejects_non_bcp47(tag: str) -> None:
    with pytest.raises(ValidationError):
        _article(language=tag)


def test_committed_schema_matches_the_model() -> None:
    committed = json.loads((ROOT / "schemas" / "article.schema.json").read_text(encoding="utf-8"))
    assert committed == article_schema(), "schemas/article.schema.json drifted: run `newsdata schema`"


def test_schema_accepts_a_dumped_article() -> None:
    article = _article(published=datetime(2026, 1, 8, 21, 59, tzinfo=TZ), body=["Un paragraf."])
    jsonschema.Draft202012Validator(article_schema()).validate(article.model_dump(mode="json"))
