"""Web archives: every record of a WARC written here is accounted for."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdata.inputs.kind import Kind
from newsdata.inputs.read import ParseOptions, outcomes_from_path
from newsdata.inputs.warc import ArchiveSummary, iter_records
from newsdata.pipeline import parse_text
from tests.conftest import FIXTURES
from tests.html_pages import TEMPLATES, layout

ARTICLES = FIXTURES / "articles"


def _legacy(text: str) -> str:
    """Romanian as legacy cp1250 pages print it: s and t with cedilla."""
    return text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))


def _page(name: str, template: str) -> bytes:
    return TEMPLATES[template](layout((ARTICLES / name).read_text(encoding="utf-8"))).encode("utf-8")


LEGACY_TEXT = _legacy((ARTICLES / "ro-02-incendiu-blejoi.txt").read_text(encoding="utf-8"))
LEGACY_PAGE = TEMPLATES["plain"](layout(LEGACY_TEXT)).replace('<meta charset="utf-8">', "").encode("cp1250")
PAGE_1 = _page("de-16-leipzig-seilbahn.txt", "portal-jsonld")
PAGE_2 = _page("en-07-rhode-island-noreaster.txt", "graph-og")
URL_1 = "https://www.example-blatt.de/leipzig/seilbahn"
URL_2 = "https://news.example.com/ri/noreaster"
URL_3 = "https://ziar.example.ro/blejoi/incendiu"


@dataclass
class Archive:
    path: Path
    records: int
    truncated_offset: int
    expected_skips: Counter[str] = field(default_factory=Counter)


def _response(writer: WARCWriter, uri: str, payload: bytes, content_type: str | None, status: str = "200 OK") -> None:
    headers = [("Content-Type", content_type)] if content_type else []
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=http))


def write_archive(path: Path, *, compress: bool) -> Archive:
    buffer = io.BytesIO()
    w = WARCWriter(buffer, gzip=compress)
    w.write_record(w.create_warcinfo_record(path.name, {"software": "newsdata tests"}))
    request = StatusAndHeaders(
        "GET /leipzig/seilbahn HTTP/1.1", [("Host", "www.example-blatt.de")], is_http_request=True
    )
    w.write_record(w.create_warc_record(URL_1, "request", payload=io.BytesIO(b""), http_headers=request))
    _response(w, URL_1, PAGE_1, "text/html; charset=utf-8")
    w.write_record(
        w.create_warc_record(URL_1, "metadata", payload=io.BytesIO(b"outlinks: 12"), warc_content_type="text/plain")
    )
    _response(w, "https://www.example-blatt.de/img/auwald.jpg", b"\xff\xd8\xff\xe0" + bytes(400), "image/jpeg")
    _response(
        w,
        "https://www.example-blatt.de/gone",
        b"<html><body><h1>Not found</h1></body></html>",
        "text/html",
        "404 Not Found",
    )
    _response(w, "http://www.example-blatt.de/leipzig/seilbahn", b"", "text/html", "301 Moved Permanently")
    _response(w, URL_2, PAGE_2, "text/html")
    _response(w, URL_1 + "?utm_source=feed", PAGE_1, "text/html; charset=utf-8")  # the same page again
    _response(w, URL_3, LEGACY_PAGE, "text/html")  # cp1250, declared nowhere
    revisit = w.create_revisit_record(
        URL_2, digest="sha1:AAAA", refers_to_uri=URL_2, refers_to_date="2026-01-01T00:00:00Z"
    )
    w.write_record(revisit)
    truncated_offset = buffer.tell()
    _response(w, "https://news.example.com/last", _page("fr-11-bordeaux-tram-vestiges.txt", "plain"), "text/html")
    data = buffer.getvalue()
    path.write_bytes(data[: truncated_offset + (len(data) - truncated_offset) // 2])
    skips = Counter(
        {
            "warcinfo record": 1,
            "request record": 1,
            "metadata record": 1,
            "revisit record": 1,
            "not HTML (image/jpeg)": 1,
            "HTTP status 404": 1,
            "HTTP status 301": 1,
            "duplicate payload": 1,
        }
    )
    return Archive(path, records=12, truncated_offset=truncated_offset, expected_skips=skips)


@pytest.fixture(params=[False, True], ids=["warc", "warc.gz"])
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Archive:
    name = "crawl.warc.gz" if request.param else "crawl.warc"
    return write_archive(tmp_path / name, compress=request.param)


def test_every_record_is_accounted_for(archive: Archive) -> None:
    summary = ArchiveSummary()
    records = list(iter_records(archive.path, summary=summary))
    assert [r.target_uri for r in records] == [URL_1, URL_2, URL_3]
    assert summary.records == archive.records == summary.accounted
    assert summary.pages == 3
    assert summary.skipped == archive.expected_skips
    assert len(summary.errors) == 1
    error = str(summary.errors[0])
    assert f"{archive.path}:offset {archive.truncated_offset}: record is truncated" in error
    assert records[0].digest == hashlib.sha1(PAGE_1).hexdigest()
    assert records[0].input_id == f"{archive.path}@{records[0].offset}"


def test_pages_become_articles_with_the_record_url(archive: Archive) -> None:
    outcomes = list(outcomes_from_path(archive.path, options=ParseOptions()))
    articles = [o.article for o in outcomes if o.article is not None]
    errors = [o.error for o in outcomes if o.error is not None]
    assert len(articles) == 3 and len(errors) == 1
    by_url = {a.source.url: a for a in articles}
    assert set(by_url) == {URL_1, URL_2, URL_3}
    leipzig = by_url[URL_1]
    assert leipzig.id == hashlib.sha256(URL_1.encode()).hexdigest()[:20]
    assert leipzig.headline == "Stadtrat stoppt Seilbahn über den Auwald – Investor will klagen"
    assert leipzig.provenance is not None and leipzig.provenance.url is not None
    assert leipzig.provenance.url.origin == "record"


def test_a_legacy_encoded_page_is_decoded(archive: Archive) -> None:
    outcomes = list(outcomes_from_path(archive.path, options=ParseOptions()))
    legacy = next(o for o in outcomes if o.article is not None and o.article.source.url == URL_3)
    assert legacy.article is not None
    expected = parse_text(LEGACY_TEXT)
    assert legacy.article.headline == expected.headline and "ş" in " ".join(legacy.article.body)
    assert legacy.article.published == expected.published
    assert any("decoded as cp1250" in w for w in legacy.warnings)


def test_the_article_id_is_stable_across_runs(archive: Archive) -> None:
    def ids() -> list[str]:
        return [o.article.id for o in outcomes_from_path(archive.path, options=ParseOptions()) if o.article]

    assert ids() == ids()


def test_a_record_cut_inside_its_headers_is_reported(tmp_path: Path) -> None:
    full = write_archive(tmp_path / "a.warc", compress=False)
    data = full.path.read_bytes()[: full.truncated_offset] + b"WARC/1.0\r\nWARC-Type: resp"
    path = tmp_path / "cut.warc"
    path.write_bytes(data)
    summary = ArchiveSummary()
    assert len(list(iter_records(path, summary=summary))) == 3
    assert summary.accounted == summary.records == 12
    assert len(summary.errors) == 1 and f"offset {full.truncated_offset}" in str(summary.errors[0])


def _arc_record(url: str, content_type: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode() + b"\r\n\r\n" + body
    return f"{url} 192.0.2.1 20260305173200 {content_type} {len(http)}\n".encode() + http + b"\n"


def test_arc_files_are_read(tmp_path: Path) -> None:
    header_body = b"1 0 Example\nURL IP-address Archive-date Content-type Archive-length\n"
    filedesc = (
        f"filedesc://crawl.arc 0.0.0.0 20260305173200 text/plain {len(header_body)}\n".encode() + header_body + b"\n"
    )
    parts = [filedesc, _arc_record(URL_1, "text/html", PAGE_1), _arc_record(URL_1 + ".png", "image/png", b"\x89PNG")]
    path = tmp_path / "crawl.arc.gz"
    path.write_bytes(b"".join(gzip.compress(part) for part in parts))  # one gzip member per record
    summary = ArchiveSummary()
    kinds: list[Kind] = []
    outcomes = list(outcomes_from_path(path, options=ParseOptions(), on_kind=lambda r: kinds.append(r.kind)))
    assert kinds == [Kind.ARC]
    assert [o.article.source.url for o in outcomes if o.article] == [URL_1]
    list(iter_records(path, summary=summary))
    assert summary.pages == 1 and summary.accounted == summary.records == 3
    assert summary.skipped == Counter({"warcinfo record": 1, "not HTML (image/png)": 1})


def test_cli_parses_a_warc_to_json_lines_with_a_summary(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "crawl.warc.gz", compress=True)  # the iterator tests cover both kinds
    result = subprocess.run(
        [sys.executable, "-m", "newsdata", "parse", str(archive.path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1  # the truncated record is bad data
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(a["source"]["url"] for a in lines) == sorted([URL_1, URL_2, URL_3])
    assert f"offset {archive.truncated_offset}: record is truncated" in result.stderr
    assert "12 record(s): 3 HTML page(s)" in result.stderr and "1 skipped (duplicate payload)" in result.stderr
    assert "Traceback" not in result.stderr
