"""ninjs 2.1 / 3.0 / 3.1: every fixture validates by IPTC's schema (checked here with the
reference jsonschema library too, not only the compiled validator), round trips, and
the IPTC examples are read."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
import pytest
import referencing
from referencing.jsonschema import DRAFT7

from newsdata.errors import NewsdataError
from newsdata.formats import get_format
from newsdata.formats.base import EMPTY_OPTIONAL_TEXTS
from newsdata.formats.resources import load_json
from tests.formats_support import assert_round_trip, fixture_articles

DATA = Path(__file__).parent / "data" / "ninjs"
ALWAYS_LOSSY = {
    **EMPTY_OPTIONAL_TEXTS,  # empty values and paragraphs read as absent
    "body": "blank_dropped",
    "quotes": "unordered",  # reading order: marked in the body first, then block quotes
    "reading_time_minutes": "dropped",
    "participants": "unordered",  # people, organisations and places are separate arrays
    "participants.aliases": "dropped",
    "participants.mentions": "dropped",
    "events.participants": "unordered",
    "source.path": "dropped",
}
# ninjs 2.1 has no event details: an event is a name and a type there.
LOSSY_IN_2_1 = dict.fromkeys(("events.date", "events.location", "events.location_id", "events.participants"), "dropped")


@cache
def reference_validator(version: str) -> jsonschema.Draft202012Validator:
    geojson = DRAFT7.create_resource(load_json("geojson", "GeoJSON.json"))
    registry = referencing.Registry().with_resource("https://geojson.org/schema/GeoJSON.json", geojson)
    schema = load_json("ninjs", f"ninjs-schema_{version}.json")
    return jsonschema.Draft202012Validator(schema, registry=registry, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("version", ["2.1", "3.0", "3.1"])
def test_lossy_fields_per_version(version: str) -> None:
    expected = ALWAYS_LOSSY | (LOSSY_IN_2_1 if version == "2.1" else {})
    assert dict(get_format("ninjs", version=version).lossy_fields) == expected


@pytest.mark.parametrize("version", ["2.1", "3.0", "3.1"])
def test_every_fixture_is_valid_ninjs_and_round_trips(version: str) -> None:
    fmt = get_format("ninjs", version=version)
    reference = reference_validator(version)
    for n, article in enumerate(fixture_articles()):
        document = fmt.export(article)
        assert fmt.validate(document.encode()) == []
        if n % 4 == 0:  # the reference validator takes ~4 ms a document: a sample
            errors = [e.message for e in reference.iter_errors(json.loads(document))]
            assert errors == [], f"{article.source.path}: {errors}"
        (back,) = fmt.read(document.encode())
        assert_round_trip(article, back, fmt)


def test_2_1_uses_lower_case_names_and_3_x_camel_case() -> None:
    article = next(a for a in fixture_articles() if a.modified and a.photos)
    old = json.loads(get_format("ninjs", version="2.1").export(article))
    new = json.loads(get_format("ninjs", version="3.1").export(article))
    assert "versioncreated" in old and "versionCreated" in new
    assert old["bodies"][0]["contenttype"] == new["bodies"][0]["contentType"] == "text/plain"


def test_quotes_are_marked_up_in_the_html_body() -> None:
    article = next(a for a in fixture_articles() if a.quotes and a.quotes[0].speaker_id)
    html = next(b["value"] for b in json.loads(get_format("ninjs").export(article))["bodies"] if "html" in b["contentType"])
    quote = article.quotes[0]
    assert f'<q data-speaker="{quote.speaker}" data-speaker-id="{quote.speaker_id}"' in html


def test_schema_violations_come_with_json_pointers() -> None:
    article = fixture_articles()[0]
    doc = json.loads(get_format("ninjs").export(article))
    doc["urgency"] = 12
    doc["headlines"][0]["colour"] = "red"
    doc["places"] = [{"name": "X", "geoJSON": {"type": "Point", "coordinates": [1]}}]
    problems = get_format("ninjs").validate(json.dumps(doc).encode(), source="x.json")
    assert {p.where for p in problems} >= {"/urgency", "/headlines/0", "/places/0/geoJSON"}


def test_unknown_version_is_refused() -> None:
    with pytest.raises(NewsdataError, match=r"2\.1, 3\.0, 3\.1"):
        get_format("ninjs", version="4.0")


EXAMPLES = sorted(DATA.glob("*/**/*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_reads_every_iptc_example(path: Path) -> None:
    articles = get_format("ninjs").read(path.read_bytes(), source=str(path))
    assert articles and all(a.id for a in articles)
    raw = json.loads(path.read_bytes())
    first = raw[0] if isinstance(raw, list) else raw
    assert articles[0].id == first["uri"]
    headline = next((h["value"] for h in first.get("headlines", [])), first.get("title", ""))
    assert articles[0].headline == headline.strip()


def test_iptc_examples_with_a_body_give_paragraphs() -> None:
    path = DATA / "3.0" / "ninjsExSimpleText_3.json"
    (article,) = get_format("ninjs").read(path.read_bytes())
    assert len(article.body) == 4 and article.body[0].startswith("GROSSETO, Italy (AP)")
