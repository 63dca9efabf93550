"""`newsdata validate` on the command line: detection, --format, --strict, --output
json (the documented shape), folders, stdin, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsdata.cli import app
from newsdata.formats import get_format
from tests.test_validate_checks import ARTICLE

runner = CliRunner()
SUITE = Path(__file__).parent / "data" / "ninjs-test-suite"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_files_of_every_format_exit_0(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"a.{fmt}", get_format(fmt).export(ARTICLE)) for fmt in ("newsml", "ninjs", "jsonld")]
    paths.append(write(tmp_path, "a.json", get_format("canonical").export(ARTICLE)))
    result = runner.invoke(app, ["validate", *map(str, paths)])
    assert result.exit_code == 0, result.output
    assert "4 file(s): 4 valid, 0 invalid" in result.output
    for label in ("(newsml;", "(ninjs 3.1;", "(jsonld;", "(canonical;"):
        assert label in result.output


def test_an_invalid_file_exits_1_and_names_file_place_rule_and_hint(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.json", (SUITE / "3.0" / "should_fail" / "001_bad_toplevel.json").read_text())
    good = write(tmp_path, "good.json", get_format("ninjs").export(ARTICLE))
    result = runner.invoke(app, ["validate", str(bad), str(good)])
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if "error" in line)
    assert line.startswith(f"{bad}:/: error ninjs3.1.unevaluatedProperties:") and "(hint: schema rule" in line
    assert f"{good}: valid" in result.output


def test_json_output_is_the_documented_shape(tmp_path: Path) -> None:
    feed = "\n".join(get_format("ninjs").export(ARTICLE).strip() for _ in range(2)) + "\n{oops\n"
    path = write(tmp_path, "feed.jsonl", feed)
    result = runner.invoke(app, ["validate", str(path), "--output", "json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert set(report) == {"report_version", "valid", "strict", "summary", "files"}
    assert report["report_version"] == 1 and report["valid"] is False and report["strict"] is False
    assert report["summary"] == {"files": 1, "valid": 0, "invalid": 1, "documents": 2, "errors": 2, "warnings": 0}
    (entry,) = report["files"]
    assert entry["source"] == str(path) and entry["formats"] == ["ninjs 3.1"] and entry["valid"] is False
    by_code = {p["code"]: p for p in entry["problems"]}
    assert set(by_code) == {"json.syntax", "semantic.duplicate-id"}
    assert by_code["json.syntax"]["line"] == 3 and by_code["json.syntax"]["pointer"] is None
    duplicate = by_code["semantic.duplicate-id"]
    assert duplicate == {
        "code": "semantic.duplicate-id",
        "severity": "error",
        "message": duplicate["message"],
        "where": "line 2 /uri",
        "line": 2,
        "pointer": "/uri",
        "hint": duplicate["hint"],
    }


def test_strict_turns_warnings_into_failures(tmp_path: Path) -> None:
    article = ARTICLE.model_copy(update={"headline": "Ferry " * 25})
    path = write(tmp_path, "long.jsonld", get_format("jsonld").export(article))
    relaxed = runner.invoke(app, ["validate", str(path)])
    assert relaxed.exit_code == 0 and "warning semantic.headline-too-long" in relaxed.output
    strict = runner.invoke(app, ["validate", str(path), "--strict", "--output", "json"])
    assert strict.exit_code == 1
    report = json.loads(strict.output)
    assert report["strict"] is True and report["files"][0]["valid"] is False
    assert report["files"][0]["problems"][0]["severity"] == "warning"


def test_format_and_version_overrides(tmp_path: Path) -> None:
    jsonld = write(tmp_path, "a.jsonld", get_format("jsonld").export(ARTICLE))
    as_ninjs = runner.invoke(app, ["validate", str(jsonld), "--format", "ninjs", "--output", "json"])
    assert as_ninjs.exit_code == 1
    codes = {p["code"] for p in json.loads(as_ninjs.output)["files"][0]["problems"]}
    assert any(code.startswith("ninjs3.1.") for code in codes)
    ninjs31 = write(tmp_path, "b.json", get_format("ninjs", version="3.1").export(ARTICLE))
    assert runner.invoke(app, ["validate", str(ninjs31)]).exit_code == 0
    as_21 = runner.invoke(app, ["validate", str(ninjs31), "--ninjs-version", "2.1"])
    assert as_21.exit_code == 1 and "ninjs2.1." in as_21.output


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", "{}")
    for options in (["--format", "rss"], ["--output", "xml"], ["--max-bytes", "lots"], ["--ninjs-version", "4.0"]):
        result = runner.invoke(app, ["validate", str(path), *options])
        assert result.exit_code == 2, options
        assert "newsdata validate:" in result.output


def test_max_bytes_accepts_suffixes(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", get_format("ninjs").export(ARTICLE))
    assert runner.invoke(app, ["validate", str(path), "--max-bytes", "1K"]).exit_code == 1
    assert runner.invoke(app, ["validate", str(path), "--max-bytes", "1M"]).exit_code == 0


def test_folders_are_searched_for_feed_files_and_stdin_is_read(tmp_path: Path) -> None:
    write(tmp_path, "feed/one.xml", get_format("newsml").export(ARTICLE))
    write(tmp_path, "feed/deeper/two.jsonl", get_format("jsonld").export_many([ARTICLE]))
    write(tmp_path, "feed/notes.txt", "not a feed")
    result = runner.invoke(app, ["validate", str(tmp_path / "feed"), "--output", "json"])
    assert result.exit_code == 0
    sources = [Path(f["source"]).name for f in json.loads(result.output)["files"]]
    assert sources == ["two.jsonl", "one.xml"]
    piped = runner.invoke(app, ["validate", "-"], input=get_format("ninjs").export(ARTICLE))
    assert piped.exit_code == 0 and "<stdin>: valid (ninjs 3.1" in piped.output


def test_unreadable_and_unknown_inputs_are_reported_and_the_rest_is_checked(tmp_path: Path) -> None:
    good = write(tmp_path, "good.json", get_format("ninjs").export(ARTICLE))
    text = write(tmp_path, "plain.xml", "just words")
    other = write(tmp_path, "other.json", '{"name": "not a news format"}')
    empty = write(tmp_path, "empty.json", "  \n")
    result = runner.invoke(
        app, ["validate", str(tmp_path / "missing.xml"), str(text), str(other), str(empty), str(good), "-o", "json"]
    )
    assert result.exit_code == 1
    files = json.loads(result.output)["files"]
    codes = [[p["code"] for p in f["problems"]] for f in files]
    assert codes == [["input.unreadable"], ["input.unknown-format"], ["input.unknown-format"], ["input.empty"], []]
    assert files[-1]["valid"] is True
