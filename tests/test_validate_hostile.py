"""Hostile input gets a clear, coded error, fast and without reading or expanding it:
entity bombs, external entities, DTDs, absurd nesting, oversized files.

Times are measured generously (the limit is a tripwire for "hangs", not a benchmark);
memory is measured with tracemalloc around the Python side."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from newsdata.formats import get_format
from newsdata.validate import FileReport, Options, Validator

NAR = "http://iptc.org/std/nar/2006-10-01/"
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE newsItem [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + f']>\n<newsItem xmlns="{NAR}" guid="g" version="1" standard="NewsML-G2" standardversion="2.35">'
    "<contentMeta><headline>&lol9;</headline></contentMeta></newsItem>\n"
)


def timed(action: Callable[[], FileReport]) -> tuple[FileReport, float, int]:
    """(report, seconds, peak Python memory); modules and schemas are loaded first, as
    they are once per process, so the peak is what the input costs."""
    warm = Validator()
    warm.validate_bytes(b'{"uri": "urn:warm"}', "warm.json")
    warm.validate_bytes(f'<newsItem xmlns="{NAR}"/>'.encode(), "warm.xml")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        report = action()
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return report, elapsed, peak


def only_error(report: FileReport) -> tuple[str, str]:
    (problem,) = report.problems
    assert problem.severity == "error" and problem.source == report.source
    return problem.code, problem.message


def test_billion_laughs_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "laughs.xml"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    report, elapsed, peak = timed(lambda: Validator().validate_paths([str(path)])[0])
    code, message = only_error(report)
    assert code == "xml.entities" and "never expanded" in message
    assert report.problems[0].where == "line 2"
    assert elapsed < 5 and peak < 20_000_000


def test_the_parser_itself_does_not_expand_a_bomb_either() -> None:
    """Behind the DOCTYPE guard, the format's parser refuses on its own (libxml2's
    amplification limit), for callers that reach it directly."""
    from lxml import etree

    from newsdata.formats.guards import HostileInput
    from newsdata.formats.newsml import _safe_parser

    try:
        root = etree.fromstring(BILLION_LAUGHS.encode(), _safe_parser())
    except etree.XMLSyntaxError:
        return
    assert len(etree.tostring(root)) < 100_000
    assert HostileInput  # the guard is the first line; this is the second


def test_external_entity_reading_a_local_file_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    path = tmp_path / "xxe.xml"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE newsItem [<!ENTITY e SYSTEM "file://{secret}">]>\n'
        f'<newsItem xmlns="{NAR}" guid="g" version="1" standard="NewsML-G2" standardversion="2.35">'
        "<contentMeta><headline>&e;</headline></contentMeta></newsItem>\n",
        encoding="utf-8",
    )
    report, elapsed, _ = timed(lambda: Validator().validate_paths([str(path)])[0])
    code, message = only_error(report)
    assert code == "xml.entities" and "XXE" in message
    assert "TOP-SECRET-VALUE" not in repr(report)
    assert elapsed < 5
    # and importing the same file refuses it too, instead of reading the secret
    problems = get_format("newsml").validate(path.read_bytes(), source=str(path))
    assert [p.code for p in problems] == ["xml.entities"]


def test_an_external_dtd_is_never_fetched() -> None:
    document = (
        '<?xml version="1.0"?>\n<!-- a comment first -->\n'
        '<!DOCTYPE newsItem SYSTEM "http://example.invalid/never.dtd">\n'
        f'<newsItem xmlns="{NAR}"/>\n'
    )
    report = Validator().validate_bytes(document.encode(), "dtd.xml")
    code, message = only_error(report)
    assert code == "xml.dtd" and "never loaded" in message and report.problems[0].line == 3


def test_absurd_xml_nesting_fails_fast() -> None:
    document = f'<newsItem xmlns="{NAR}">' + "<a>" * 100_000 + "</a>" * 100_000 + "</newsItem>"
    report, elapsed, _ = timed(lambda: Validator().validate_bytes(document.encode(), "deep.xml"))
    code, message = only_error(report)
    assert code == "xml.depth" and "depth" in message
    assert elapsed < 5


def test_deeply_nested_json_is_refused_before_json_loads(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_bytes(b'{"uri": "urn:x", "a": ' + b"[" * 1_000_000 + b"]" * 1_000_000 + b"}")
    report, elapsed, peak = timed(lambda: Validator().validate_paths([str(path)])[0])
    code, message = only_error(report)
    assert code == "json.depth" and "deeper than 128" in message
    assert elapsed < 5 and peak < 50_000_000


def test_brackets_inside_strings_are_not_nesting() -> None:
    document = '{"uri": "urn:x", "headlines": [{"value": "' + "[" * 5000 + '"}]}'
    report = Validator().validate_bytes(document.encode(), "x.json")
    assert not [p for p in report.problems if p.code == "json.depth"]
    assert report.formats == ["ninjs 3.1"]


def test_the_depth_limit_is_configurable_and_jsonl_lines_are_checked_one_by_one() -> None:
    deep_line = b'{"uri": "urn:y", "a": ' + b"[" * 40 + b"]" * 40 + b"}"
    feed = b'{"uri": "urn:x"}\n' + deep_line + b"\n"
    report = Validator(Options(max_depth=20)).validate_bytes(feed, "feed.jsonl")
    (problem,) = report.problems
    assert problem.code == "json.depth" and problem.line == 2
    assert [p.code for p in Validator().validate_bytes(feed, "feed.jsonl").problems] == [
        "ninjs3.1.unevaluatedProperties"  # parsed and checked by the schema: "a" is no ninjs property
    ]


def test_a_one_gigabyte_file_is_refused_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(1 << 30)  # sparse: no gigabyte is written
    report, elapsed, peak = timed(lambda: Validator().validate_paths([str(path)])[0])
    code, message = only_error(report)
    assert code == "input.too-large" and str(1 << 30) in message and "--max-bytes" in message
    assert elapsed < 5 and peak < 5_000_000


def test_the_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "small.json"
    path.write_text('{"uri": "urn:x"}', encoding="utf-8")
    assert Validator(Options(max_bytes=1000)).validate_paths([str(path)])[0].problems == []
    report = Validator(Options(max_bytes=10)).validate_paths([str(path)])[0]
    assert only_error(report)[0] == "input.too-large"
