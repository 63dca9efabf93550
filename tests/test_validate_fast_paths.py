"""The fast paths of `newsdata validate` (issue 6's throughput) give the verdicts, values
and places of the slow ones they stand in front of: orjson before ``json``, the
schema's ``is_valid`` before ``iter_errors``, the speaker scan of ninjs HTML bodies,
and the NewsML-G2 view extraction."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from newsdata.errors import InputError
from newsdata.formats.guards import json_depth_exceeds, json_scan
from newsdata.formats.jsondoc import parse_json
from newsdata.formats.ninjs import validator
from newsdata.validate import Options, Validator
from newsdata.validate.checks import HEADLINE_LIMIT, RunContext, headline_too_long, timestamp_without_zone
from newsdata.validate.view import DocumentView, Place, Value
from newsdata.validate.views import _ninjs_quotes

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
