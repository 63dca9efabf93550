"""``newsdata convert`` on a web archive: pages parsed as HTML, every record accounted for."""

from __future__ import annotations

import json
from pathlib import Path

from newsdata.convert import convert
from newsdata.convert.engines import LocalEngine
from tests.test_warc import URL_1, URL_2, URL_3, write_archive


def test_a_web_archive_converts_with_every_record_accounted_for(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "crawl.warc.gz", compress=True)
    out = tmp_path / "out"
    summary = convert(archive.path, out, to="canonical", engine=LocalEngine(1))

    lines = [json.loads(line) for shard in sorted(out.glob("articles-*.jsonl")) for line in shard.read_text().splitlines()]
    assert [a["source"]["url"] for a in lines] == [URL_1, URL_2, URL_3]
    assert all(a["provenance"] is not None for a in lines)  # read as pages, with declared metadata
    assert summary.converted == 3 and summary.failed == 1  # the truncated final record
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert len(errors) == 1 and f"offset {archive.truncated_offset}" in errors[0]["input"]

    report = json.loads((out / "summary.json").read_text())
    accounted = report["archive"]
    assert accounted["records"] == archive.records
    assert accounted["pages"] == 3
    assert accounted["skipped"] == dict(archive.expected_skips)
    assert accounted["pages"] + sum(accounted["skipped"].values()) + accounted["errors"] == archive.records


def test_a_folder_of_saved_pages_is_read_as_html(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    archive = write_archive(tmp_path / "crawl.warc", compress=False)
    from newsdata.inputs.warc import iter_records

    for n, record in enumerate(iter_records(archive.path)):
        (pages / f"page{n}.html").write_bytes(record.payload)
    summary = convert(pages, tmp_path / "out", to="canonical", engine=LocalEngine(1))
    assert summary.converted == 3 and summary.failed == 0
