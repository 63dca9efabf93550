"""newsdata convert: sources, layouts, the error report and resuming (in process)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from convert_helpers import BAD_INPUTS, article_texts, mixed_inputs, tree, write_folder, write_zip_with_corrupt_member

from newsdata.convert import LocalEngine, Record, UsageError, WorkSpec, convert, open_source
from newsdata.convert.outputs import safe_relative
from newsdata.convert.progress import Progress
from newsdata.formats import get_format


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _shard_articles(out: Path) -> list[dict[str, object]]:
    return [a for shard in sorted(out.glob("articles-*.jsonl")) for a in _lines(shard)]


def test_mixed_zip_every_input_is_converted_or_reported(tmp_path: Path) -> None:
    files = mixed_inputs(good=6)
    files["good/corrupt.txt"] = article_texts(7)["good/006-" + sorted(article_texts(7))[6][9:]]
    archive = tmp_path / "mixed.zip"
    write_zip_with_corrupt_member(archive, files, "good/corrupt.txt")

    summary = convert(archive, tmp_path / "out", to="canonical", shard_size=4, engine=LocalEngine(1))

    out = tmp_path / "out"
    errors = {e["input"]: e for e in _lines(out / "errors.jsonl")}
    expected_failures = {name: stage for name, (_, stage) in BAD_INPUTS.items() if stage} | {"good/corrupt.txt": "read"}
    assert {name: e["stage"] for name, e in errors.items()} == expected_failures
    assert all(e["message"] for e in errors.values())
    assert "CRC" in str(errors["good/corrupt.txt"]["message"]) or "corrupt" in str(errors["good/corrupt.txt"]["message"])
    articles = _shard_articles(out)
    assert summary.inputs == len(files) == 13
    assert summary.converted == len(articles) == 7  # 6 good + the cp1250 one
    assert summary.converted + summary.failed == summary.inputs
    assert json.loads((out / "summary.json").read_text())["failed_by_stage"] == {"decode": 4, "parse": 1, "read": 1}
    assert [len(_lines(s)) for s in sorted(out.glob("articles-*.jsonl"))] == [4, 3]
    assert any(a["headline"].startswith("Primăria a deschis un nou parc") for a in articles)  # type: ignore[union-attr]
    (warning,) = _lines(out / "warnings.jsonl")
    assert warning["input"] == "legacy/cp1250.txt" and "decoded as cp1250" in str(warning["message"])


def test_folder_tar_and_jsonl_sources_give_the_same_articles(tmp_path: Path) -> None:
    files = article_texts(4)
    folder = write_folder(tmp_path / "src", files)
    with tarfile.open(tmp_path / "src.tar.gz", "w:gz") as archive:
        archive.add(folder, arcname=".")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": n, "text": t.decode()}) + "\n" for n, t in files.items()))

    outs = {}
    for name, src in (("folder", folder), ("tar", tmp_path / "src.tar.gz"), ("jsonl", feed)):
        convert(src, tmp_path / name, to="canonical", engine=LocalEngine(1))
        outs[name] = [(a["headline"], a["body"]) for a in _shard_articles(tmp_path / name)]
    assert len(outs["folder"]) == 4
    assert outs["folder"] == outs["tar"] == outs["jsonl"]


def test_jsonl_records_raw_canonical_and_broken(tmp_path: Path) -> None:
    first = convert(write_folder(tmp_path / "src", article_texts(1)), tmp_path / "a", to="canonical")
    assert first.converted == 1
    canonical = (tmp_path / "a" / "articles-00000.jsonl").read_text()
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        canonical
        + "\n"  # blank lines are not records
        + '{"text": "...", "id": "x"}\n'
        + "{not json\n"
        + '{"headline": "no language"}\n'
        + "[1, 2]\n"
    )
    summary = convert(feed, tmp_path / "b", to="canonical", engine=LocalEngine(1))
    assert (tmp_path / "b" / "articles-00000.jsonl").read_text() == canonical  # a canonical record is kept as is
    errors = _lines(tmp_path / "b" / "errors.jsonl")
    assert [(e["input"], e["stage"]) for e in errors] == [
        ("feed.jsonl:3", "parse"),
        ("feed.jsonl:4", "parse"),
        ("feed.jsonl:5", "parse"),
        ("feed.jsonl:6", "parse"),
    ]
    assert "not JSON" in str(errors[1]["message"]) and "canonical article" in str(errors[2]["message"])
    assert str(errors[2]["message"]).endswith("at /id")
    assert (summary.inputs, summary.converted, summary.failed) == (5, 1, 4)


def test_files_layout_names_outputs_after_inputs_and_keeps_them_inside(tmp_path: Path) -> None:
    text = article_texts(1)
    data = next(iter(text.values()))
    src = write_folder(tmp_path / "src", {"2024/a.txt": data, "2024/a.html": data, "b.txt": data})
    convert(src, tmp_path / "out", to="canonical", layout="files", engine=LocalEngine(1))
    names = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out" / "articles").rglob("*.json"))
    assert names == ["articles/2024/a.json", "articles/2024/a~2.json", "articles/b.json"]
    document = json.loads((tmp_path / "out" / "articles" / "b.json").read_text())
    assert get_format("canonical").read(json.dumps(document).encode())[0].headline == document["headline"]
    assert safe_relative("../../etc/passwd") == "etc/passwd"
    assert safe_relative("/abs/x") == "abs/x" and safe_relative("..") == "_"


def test_a_second_run_converts_nothing_and_changes_nothing(tmp_path: Path) -> None:
    src = write_folder(tmp_path / "src", mixed_inputs(good=3))
    first = convert(src, tmp_path / "out", to="canonical", shard_size=2, engine=LocalEngine(1))
    before = tree(tmp_path / "out")
    again = convert(src, tmp_path / "out", to="canonical", shard_size=2, engine=LocalEngine(1))
    assert (again.this_run, again.earlier_runs) == (0, first.inputs)
    assert (again.converted, again.failed) == (first.converted, first.failed)
    assert tree(tmp_path / "out") == before


def test_changed_input_is_reconverted_in_files_layout_and_refused_for_shards(tmp_path: Path) -> None:
    texts = article_texts(3)
    src = write_folder(tmp_path / "src", texts)
    convert(src, tmp_path / "files", to="canonical", layout="files", engine=LocalEngine(1))
    convert(src, tmp_path / "shards", to="canonical", engine=LocalEngine(1))
    changed = sorted(texts)[1]
    (src / changed).write_bytes(b"...\n")  # now it fails
    summary = convert(src, tmp_path / "files", to="canonical", layout="files", engine=LocalEngine(1))
    assert (summary.this_run, summary.converted, summary.failed) == (1, 2, 1)
    assert len(list((tmp_path / "files" / "articles").rglob("*.json"))) == 2  # its old output is gone
    with pytest.raises(UsageError, match="source changed"):
        convert(src, tmp_path / "shards", to="canonical", engine=LocalEngine(1))


def test_force_starts_over_and_foreign_folders_are_refused(tmp_path: Path) -> None:
    src = write_folder(tmp_path / "src", article_texts(2))
    convert(src, tmp_path / "out", to="canonical", engine=LocalEngine(1))
    with pytest.raises(UsageError, match="other settings"):
        convert(src, tmp_path / "out", to="canonical", shard_size=1, engine=LocalEngine(1))
    summary = convert(src, tmp_path / "out", to="canonical", shard_size=1, force=True, engine=LocalEngine(1))
    assert summary.this_run == 2 and sorted(p.name for p in tmp_path.joinpath("out").glob("articles-*")) == [
        "articles-00000.jsonl",
        "articles-00001.jsonl",
    ]
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep")
    with pytest.raises(UsageError, match="writes tables"):
        convert(src, tmp_path / "o3", to="parquet", layout="files")
    with pytest.raises(UsageError, match="not empty"):
        convert(src, tmp_path / "mine", to="canonical", force=True)
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep"


def test_tabular_format_becomes_csv_tables_with_one_header(tmp_path: Path) -> None:
    src = write_folder(tmp_path / "src", mixed_inputs(good=5))
    summary = convert(src, tmp_path / "out", to="test-tables", engine=LocalEngine(2))
    articles = list(csv.DictReader(io.StringIO((tmp_path / "out" / "articles.csv").read_text(encoding="utf-8"))))
    paragraphs = list(csv.DictReader(io.StringIO((tmp_path / "out" / "paragraphs.csv").read_text(encoding="utf-8"))))
    assert len(articles) == summary.converted == 6
    assert list(articles[0]) == ["id", "headline", "published"]
    assert {p["id"] for p in paragraphs} == {a["id"] for a in articles}
    assert (tmp_path / "out" / "articles.csv").read_text().count("id,headline,published") == 1


def test_local_pool_gives_the_same_output_as_one_process(tmp_path: Path) -> None:
    src = write_folder(tmp_path / "src", mixed_inputs(good=8))
    convert(src, tmp_path / "one", to="canonical", shard_size=3, engine=LocalEngine(1))
    convert(src, tmp_path / "two", to="canonical", shard_size=3, engine=LocalEngine(2))
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_engine_reads_ahead_only_a_bounded_window() -> None:
    """Flat memory: the pool must not swallow the whole source before results come back."""
    read = 0
    text = next(iter(article_texts(1).values()))

    def batches() -> Iterator[list[Record]]:
        nonlocal read
        for i in range(10_000):
            read += 1
            yield [Record(id=str(i), stem=str(i), data=text if i % 2 else b"")]

    outcomes = LocalEngine(2, in_flight_per_job=3).map(batches(), WorkSpec(to="canonical"))
    for _ in range(5):
        next(outcomes)
    assert read <= 5 + 2 * 3 + 1
    outcomes.close()


def test_progress_lines_on_a_log_and_a_bar_on_a_terminal() -> None:
    log = io.StringIO()
    meter = Progress(10, stream=log, tty=False, interval=0.0)
    meter.update(done=4, errors=1, fresh=4)
    assert log.getvalue().startswith("progress: 4/10 inputs") and "1 errors" in log.getvalue()
    assert "/s" in log.getvalue() and "ETA" in log.getvalue()
    screen = io.StringIO()
    bar = Progress(10, stream=screen, tty=True, interval=0.0)
    bar.update(done=5, fresh=5)
    bar.close()
    assert screen.getvalue().startswith("\r[###############...............] 5/10") and screen.getvalue().endswith("\n")


def test_sources_filter_with_glob_and_sort_folders(tmp_path: Path) -> None:
    src = write_folder(tmp_path / "src", {"b/2.txt": b"x", "a.html": b"x", "b/1.txt": b"x", "c.txt": b"x"})
    assert [r.id for r in open_source(src).records()] == ["a.html", "b/1.txt", "b/2.txt", "c.txt"]
    assert [r.id for r in open_source(src, "*.txt").records()] == ["b/1.txt", "b/2.txt", "c.txt"]
    assert open_source(src, "b/*").count() == 2


def test_truncated_tar_reports_the_damage_and_keeps_what_came_before(tmp_path: Path) -> None:
    files = article_texts(3)
    write_folder(tmp_path / "src", files)
    with tarfile.open(tmp_path / "a.tar", "w") as archive:
        for name in sorted(files):
            archive.add(tmp_path / "src" / name, arcname=name)
    data = (tmp_path / "a.tar").read_bytes()
    second = data.find(sorted(files)[1].encode())
    (tmp_path / "cut.tar").write_bytes(data[: second + 700])  # inside the second member's data
    summary = convert(tmp_path / "cut.tar", tmp_path / "out", to="canonical", engine=LocalEngine(1))
    errors = _lines(tmp_path / "out" / "errors.jsonl")
    assert summary.converted == 1 and summary.failed == 1
    assert errors[0]["stage"] == "read"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsdata", *args], capture_output=True, text=True, check=False)


def test_cli_exit_codes_and_summary(tmp_path: Path) -> None:
    src = write_folder(tmp_path / "src", mixed_inputs(good=2))
    result = _cli("convert", str(src), "--to", "canonical", "--out", str(tmp_path / "out"), "--jobs", "1")
    assert result.returncode == 1, result.stderr
    assert "3 of 8 input(s) converted, 5 failed (decode 4, parse 1)" in result.stderr
    assert "progress: 8/8 inputs" in result.stderr and "Traceback" not in result.stderr
    usage = [
        ("convert", str(src), "--to", "nope", "--out", str(tmp_path / "o1")),
        ("convert", str(tmp_path / "missing"), "--to", "canonical", "--out", str(tmp_path / "o2")),
        ("convert", str(src), "--to", "canonical", "--out", str(src)),
    ]
    for args in usage:
        failed = _cli(*args)
        assert failed.returncode == 2, (args, failed.stderr)
        assert failed.stderr.startswith("newsdata convert: ") and "Traceback" not in failed.stderr
