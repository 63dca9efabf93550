"""``newsdata export`` and ``newsdata import``: formats, folders, batches with bad
files, usage errors, and an invalid output reported as a bug, never written."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdata.cli import app
from newsdata.formats.resources import schema_file
from tests.conftest import FIXTURES

ARTICLE = FIXTURES / "articles" / "en-06-pittsburgh-transit-strike.txt"
OTHER = FIXTURES / "articles" / "ro-04-spital-iasi.txt"
runner = CliRunner()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsdata", *args], capture_output=True, text=True, check=False)


def test_export_to_every_format_into_a_folder_and_import_back(tmp_path: Path) -> None:
    for fmt, name in (("jsonld", "a.jsonld"), ("newsml", "a.xml"), ("ninjs", "a.json")):
        out = tmp_path / fmt
        result = runner.invoke(app, ["export", str(ARTICLE), "--to", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
        (written,) = out.iterdir()
        assert written.name == ARTICLE.stem + Path(name).suffix
        back = runner.invoke(app, ["import", str(written)])  # format detected
        assert back.exit_code == 0, back.output
        assert json.loads(back.stdout)["headline"].startswith("Pittsburgh transit workers")


def test_csv_folder_and_single_table_to_stdout(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(ARTICLE), str(OTHER), "--to", "csv", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    with (tmp_path / "articles.csv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.reader(handle))) == 3  # header + two articles
    back = runner.invoke(app, ["import", str(tmp_path), "--from", "csv", "--format", "jsonl"])
    assert back.exit_code == 0 and len(back.stdout.splitlines()) == 2
    table = runner.invoke(app, ["export", str(ARTICLE), "--to", "csv", "--table", "quotes"])
    assert table.stdout.startswith("article_id,position,text,speaker,")


def test_canonical_json_input_is_detected(tmp_path: Path) -> None:
    canonical = tmp_path / "a.json"
    parsed = runner.invoke(app, ["parse", str(ARTICLE)])
    canonical.write_text(parsed.stdout, encoding="utf-8")
    result = runner.invoke(app, ["export", str(canonical), "--to", "ninjs", "--ninjs-version", "2.1"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["standard"]["version"] == "2.1"


def test_several_articles_to_stdout() -> None:
    lines = runner.invoke(app, ["export", str(ARTICLE), str(OTHER), "--to", "jsonld"]).stdout.splitlines()
    assert [json.loads(line)["@type"] for line in lines] == ["NewsArticle", "NewsArticle"]
    message = runner.invoke(app, ["export", str(ARTICLE), str(OTHER), "--to", "newsml"]).stdout
    assert "<newsMessage" in message and message.count("<newsItem ") == 2


def test_batch_goes_past_bad_files_and_exits_1(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x", "language": "en"', encoding="utf-8")
    out = tmp_path / "out"
    result = run("export", str(empty), str(ARTICLE), str(broken), "--to", "newsml", "--out", str(out))
    assert result.returncode == 1
    assert [p.name for p in out.iterdir()] == [ARTICLE.stem + ".xml"]
    assert f"{empty}: file is empty" in result.stderr and "broken.json" in result.stderr
    assert "2 of 3 file(s) failed" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "rss"], "--to must be one of"),
        (["--to", "ninjs", "--ninjs-version", "1.0"], "--ninjs-version"),
        (["--to", "csv"], "--table NAME"),
        (["--to", "jsonld", "--table", "quotes"], "--table goes with --to csv"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["export", str(ARTICLE), *args])
    assert result.exit_code == 2 and message in result.output


def test_invalid_output_is_reported_as_a_bug_and_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdata.formats import jsonld

    real = jsonld.to_jsonld
    monkeypatch.setattr(jsonld, "to_jsonld", lambda article: {**real(article), "headlinee": "typo"})
    result = runner.invoke(app, ["export", str(ARTICLE), "--to", "jsonld", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "invalid jsonld document (a bug in newsdata" in result.output and "/headlinee" in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_schemas_load_from_the_installed_package() -> None:
    assert schema_file("ninjs", "ninjs-schema_3.1.json").is_file()
    assert schema_file("newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd").is_file()
    assert schema_file("article.schema.json").is_file()
