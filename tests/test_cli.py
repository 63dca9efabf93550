from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = (
    "Consiliul local a aprobat bugetul\nde Ion Pop • 22.07.2025, 08:47\n\n"
    "Consiliul local a aprobat marți noul buget după o dezbatere lungă care a durat până noaptea târziu, "
    "au anunțat reprezentanții primăriei.\n"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdata", *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_parse_prints_one_canonical_article(article: Path) -> None:
    result = run("parse", str(article))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["headline"] == "Consiliul local a aprobat bugetul"
    assert data["published"] == "2025-07-22T08:47:00+03:00"
    assert data["authors"] == [{"name": "Ion Pop", "url": None}]
    for field in ("quotes", "participants", "events", "photos", "reading_time_minutes", "modified"):
        assert field in data


def test_parse_reads_stdin(article: Path) -> None:
    result = run("parse", "-", stdin=article.read_bytes())
    assert result.returncode == 0 and json.loads(result.stdout)["language"] == "ro"


def test_batch_reports_every_failure_and_converts_the_rest(article: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run("parse", str(empty), str(article), str(binary), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["headline"] for a in lines] == ["Consiliul local a aprobat bugetul"]
    assert f"{empty}: file is empty" in result.stderr
    assert f"{binary}:byte 0: file is binary" in result.stderr
    assert "missing.txt: no such file" in result.stderr
    assert "3 of 4 file(s) failed" in result.stderr
    assert "Traceback" not in result.stderr


def test_jsonl_format_prints_one_line_per_article(article: Path) -> None:
    result = run("parse", "--format", "jsonl", str(article), str(article))
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 2


def test_bad_option_is_a_usage_error(article: Path) -> None:
    result = run("parse", "--format", "xml", str(article))
    assert result.returncode == 2
    assert "--format must be json or jsonl" in result.stderr


def test_legacy_encoding_parses_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cp1250.txt"
    path.write_bytes(ARTICLE.replace("ț", "ţ").replace("ș", "ş").encode("cp1250"))
    result = run("parse", str(path))
    assert result.returncode == 0
    assert "warning:" in result.stderr and "cp1250.txt" in result.stderr


def test_schema_command_prints_the_committed_schema() -> None:
    result = run("schema")
    committed = json.loads((Path(__file__).parent.parent / "schemas" / "article.schema.json").read_text())
    assert json.loads(result.stdout) == committed
