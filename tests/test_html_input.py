"""Reading HTML pages: kind detection, encodings, declared metadata, boilerplate, merge."""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from newsdata.errors import ParseError
from newsdata.inputs.charset import decode_html
from newsdata.inputs.declared import extract_declared
from newsdata.inputs.html import load_tree
from newsdata.inputs.kind import Kind, detect
from newsdata.inputs.page import parse_page
from newsdata.provenance import disagreements

PROSE = (
    "Der Gemeinderat von Waldheim hat am Dienstagabend nach langer Debatte beschlossen, das alte Hallenbad "
    "am Stadtpark zu sanieren statt es abzureißen, teilte die Stadtverwaltung am Mittwoch mit."
)
PROSE_2 = (
    "Die Sanierung soll rund vier Millionen Euro kosten und im Frühjahr beginnen. „Wir halten unser "
    "Versprechen an die Vereine“, sagte Bürgermeisterin Almut Fenske nach der Abstimmung im Rathaus."
)


def page(*, head: str = "", article_header: str = "", extra_body: str = "", lang: str = "de") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Hallenbad wird saniert | Waldheimer Bote</title>{head}</head>'
        '<body><nav><ul><li><a href="/">Startseite</a></li><li><a href="/lokales">Lokales</a></li></ul></nav>'
        f"<article><h1>Hallenbad wird saniert</h1>{article_header}<p>{PROSE}</p><p>{PROSE_2}</p>{extra_body}</article>"
        '<section class="comments"><h2>Kommentare</h2><div class="comment"><p>Endlich eine gute Nachricht für alle '
        "Schwimmer in unserer Stadt, danke an den Gemeinderat für diese Entscheidung!</p></div></section>"
        "<footer><p>© 2026 Waldheimer Bote</p></footer></body></html>"
    )


def json_ld(node: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(node, ensure_ascii=False)}</script>'


# --- kind detection -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", Kind.HTML),
        (b"\xef\xbb\xbf  <!-- saved --><html lang=ro>", Kind.HTML),
        (b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'>", Kind.HTML),
        (b"Titlu\n\nText <b>bold</b> in a text file, no page around it.", Kind.TEXT),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", Kind.WARC),
        (b"filedesc://crawl.arc 0.0.0.0 20260101000000 text/plain 70\n", Kind.ARC),
        ("Primăria anunță <3 lucrări".encode(), Kind.TEXT),
    ],
)
def test_kind_is_told_from_content(head: bytes, kind: Kind) -> None:
    assert detect(head) == (kind, False)


def test_gzipped_content_is_looked_into() -> None:
    assert detect(gzip.compress(b"<html><body><p>x</p></body></html>")) == (Kind.HTML, True)
    assert detect(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")) == (Kind.WARC, True)


# --- encodings ------------------------------------------------------------------------

CP1250_TEXT = "Primăria Sibiu a anunţat că străzile din centru vor fi închise în weekend pentru lucrări de reparaţii."


def test_meta_charset_is_respected() -> None:
    data = f'<html><head><meta charset="windows-1250"></head><body><p>{CP1250_TEXT}</p></body></html>'.encode("cp1250")
    decoded = decode_html(data)
    assert decoded.how == "meta" and CP1250_TEXT in decoded.text


def test_http_charset_wins_over_meta() -> None:
    data = f'<html><head><meta charset="utf-8"></head><body><p>{CP1250_TEXT}</p></body></html>'.encode("cp1250")
    decoded = decode_html(data, http_charset="windows-1250")
    assert decoded.how == "http" and CP1250_TEXT in decoded.text


def test_a_declared_charset_the_bytes_contradict_is_skipped_with_a_warning() -> None:
    data = f'<html><head><meta charset="utf-8"></head><body><p>{CP1250_TEXT} {CP1250_TEXT}</p></body></html>'.encode(
        "cp1250"
    )
    decoded = decode_html(data, source="p.html")
    assert decoded.how == "detected" and "străzile" in decoded.text
    assert any("does not fit the bytes" in w for w in decoded.warnings)


def test_undeclared_legacy_encoding_is_detected() -> None:
    body = "".join(f"<p>{CP1250_TEXT}</p>" for _ in range(3))
    decoded = decode_html(f"<html><body>{body}</body></html>".encode("cp1250"), source="vechi.html")
    assert decoded.how == "detected" and "închise în weekend" in decoded.text
    assert decoded.warnings and "vechi.html" in decoded.warnings[0]


# --- declared metadata ----------------------------------------------------------------


def declared_of(html: str) -> Any:
    return extract_declared(load_tree(html, source="t"))


@pytest.mark.parametrize("article_type", ["NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"])
def test_json_ld_article_types_are_read(article_type: str) -> None:
    node = {
        "@context": "https://schema.org",
        "@type": article_type,
        "headline": "Hallenbad wird saniert",
        "datePublished": "2026-02-03T18:05:00+01:00",
        "author": [{"@type": "Person", "name": "Almut Fenske"}, {"@type": "Organization", "name": "dpa"}],
    }
    d = declared_of(page(head=json_ld(node)))
    assert (d.headline.value, d.headline.where) == ("Hallenbad wird saniert", "json-ld")
    assert d.published.value == datetime.fromisoformat("2026-02-03T18:05:00+01:00")
    assert d.authors.value == (("Almut Fenske", None, True), ("dpa", None, False))


def test_json_ld_inside_graph_and_arrays_is_found() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Waldheimer Bote"},
            {"@type": ["WebPage"], "name": "Lokales"},
            {"@type": ["ReportageNewsArticle"], "headline": "Aus dem Graphen", "dateModified": "2026-02-04T09:00:00Z"},
        ],
    }
    d = declared_of(page(head=json_ld([{"@type": "Organization", "name": "X"}, graph])))
    assert d.headline.value == "Aus dem Graphen"
    assert d.modified.value == datetime.fromisoformat("2026-02-04T09:00:00+00:00")


def test_broken_json_ld_is_reported_and_the_rest_still_read() -> None:
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    d = declared_of(page(head=broken + '<meta property="og:title" content="Aus OpenGraph">'))
    assert d.headline.value == "Aus OpenGraph" and d.headline.where == "opengraph"
    assert d.problems and "not valid JSON" in d.problems[0]


def test_opengraph_time_rel_author_and_canonical_are_read() -> None:
    head = (
        '<meta property="article:published_time" content="2026-02-03T18:05:00+01:00">'
        '<link rel="canonical" href="https://bote.example.de/lokales/hallenbad">'
    )
    header = '<p>Von <a rel="author" href="/autoren/fenske">Almut Fenske</a></p><time itemprop="dateModified" datetime="2026-02-04T08:00:00+01:00">4.2.2026</time>'
    d = declared_of(page(head=head, article_header=header))
    assert d.published.where == "opengraph"  # article:published_time outranks <time>
    assert d.modified.value == datetime.fromisoformat("2026-02-04T08:00:00+01:00") and d.modified.where == "time"
    assert d.authors.value == (("Almut Fenske", "/autoren/fenske", True),)
    assert (d.url.value, d.url.where) == ("https://bote.example.de/lokales/hallenbad", "canonical")
    assert (d.language.value, d.language.where) == ("de", "html-lang")


# --- pages to articles ----------------------------------------------------------------


def test_boilerplate_around_the_article_is_dropped() -> None:
    related = '<aside class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Freibad öffnet im Mai wieder</a></li></ul></aside>'
    ad = '<div class="ad">Anzeige</div>'
    article = parse_page(page(article_header="<p>Von Almut Fenske</p>", extra_body=related + ad).encode()).article
    assert article.headline == "Hallenbad wird saniert"
    assert [a.name for a in article.authors] == ["Almut Fenske"]
    text = " ".join(article.body)
    assert PROSE in text and "Waldheim" in text
    for noise in ("Startseite", "Kommentare", "Endlich eine gute Nachricht", "Freibad öffnet", "Anzeige", "© 2026"):
        assert noise not in text, noise


def test_declared_timestamp_fills_in_and_utc_is_shown_in_local_time() -> None:
    node = {"@type": "NewsArticle", "headline": "Hallenbad wird saniert", "datePublished": "2026-02-03T17:05:00Z"}
    article = parse_page(page(head=json_ld(node)).encode()).article
    assert article.published is not None and article.published.isoformat() == "2026-02-03T18:05:00+01:00"
    assert article.provenance is not None and article.provenance.published is not None
    assert (article.provenance.published.origin, article.provenance.published.declared_in) == ("declared", "json-ld")
    assert disagreements(article) == []


def test_agreeing_sources_are_recorded_as_agreeing() -> None:
    node = {
        "@type": "NewsArticle",
        "headline": "Hallenbad wird saniert",
        "datePublished": "2026-02-03T18:05:00+01:00",
        "author": {"@type": "Person", "name": "Almut Fenske", "url": "https://bote.example.de/autoren/fenske"},
    }
    header = "<p>Von Almut Fenske</p><p>3. Februar 2026, 18:05 Uhr</p>"
    article = parse_page(page(head=json_ld(node), article_header=header).encode()).article
    p = article.provenance
    assert p is not None and p.headline and p.published and p.authors and p.language
    assert (p.headline.origin, p.published.origin, p.authors.origin, p.language.origin) == ("agree",) * 4
    assert article.authors[0].url == "https://bote.example.de/autoren/fenske"  # the declared URL is kept
    assert disagreements(article) == []


def test_disagreements_are_recorded_and_listed() -> None:
    node = {
        "@type": "NewsArticle",
        "headline": "Waldheim saniert sein Hallenbad für vier Millionen",
        "datePublished": "2026-02-02T07:00:00+01:00",
        "author": {"@type": "Person", "name": "Jonas Weidemann"},
        "inLanguage": "en",
    }
    header = "<p>Von Almut Fenske</p><p>3. Februar 2026, 18:05 Uhr</p>"
    article = parse_page(page(head=json_ld(node), article_header=header).encode(), source="p.html").article
    assert article.headline == "Hallenbad wird saniert"  # the visible headline wins
    assert article.published is not None and article.published.isoformat() == "2026-02-02T07:00:00+01:00"
    assert [a.name for a in article.authors] == ["Jonas Weidemann"]  # declared people win
    assert article.language == "de"  # detection wins over a template's declaration
    found = {d.field: d for d in disagreements(article)}
    assert set(found) == {"headline", "published", "authors", "language"}
    assert found["published"].other == "2026-02-03T18:05:00+01:00" and found["published"].kept_from == "declared"
    assert found["headline"].other == "Waldheim saniert sein Hallenbad für vier Millionen"
    assert found["authors"].other == ["Almut Fenske"] and found["language"].other == "en"
    assert "published" in str(found["published"]) and "json-ld" in str(found["published"])


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
        b"<html><body><h1>Sections</h1><ul><li><a href='/a'>Politics</a></li><li><a href='/b'>Sport</a></li></ul></body></html>",
    ],
)
def test_a_page_without_article_text_is_a_parse_error(html: bytes) -> None:
    with pytest.raises(ParseError, match="no article text"):
        parse_page(html, source="empty.html")


def test_pages_are_read_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during a page parse")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    head = '<link rel="canonical" href="https://bote.example.de/lokales/hallenbad">'
    article = parse_page(page(head=head).encode(), url="https://bote.example.de/x").article
    assert article.source.url == "https://bote.example.de/x"
    assert article.provenance is not None and article.provenance.url is not None
    assert article.provenance.url.other == "https://bote.example.de/lokales/hallenbad"


# --- the command line -----------------------------------------------------------------


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsdata", *args], input=stdin, capture_output=True, check=False)


def test_cli_parses_pages_told_by_content_from_files_and_gzipped_stdin(tmp_path: Path) -> None:
    saved = tmp_path / "saved-page.txt"  # a page saved under a text name
    saved.write_bytes(page(article_header="<p>Von Almut Fenske</p>").encode())
    result = _cli("parse", str(saved), "-", stdin=gzip.compress(page().encode()))
    assert result.returncode == 0, result.stderr
    from_file, from_stdin = (json.loads(line) for line in result.stdout.splitlines())
    assert from_file["headline"] == "Hallenbad wird saniert" and from_file["authors"][0]["name"] == "Almut Fenske"
    assert from_file["provenance"]["headline"]["origin"] == "agree"
    assert from_stdin["body"][0].startswith("Der Gemeinderat von Waldheim")
    assert from_stdin["source"]["path"] == "<stdin>"
