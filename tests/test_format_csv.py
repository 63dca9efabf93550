"""CSV tables: exact round trip through a folder, RFC 4180 shape, formula neutralisation
and the validator's findings."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from newsdata.errors import InputError
from newsdata.formats import get_format
from newsdata.formats.csv_tables import TABLES, CSVTables, neutralise, restore
from newsdata.model import Article, Author, Photo
from tests.formats_support import fixture_articles


def _csv() -> CSVTables:
    fmt = get_format("csv")
    assert isinstance(fmt, CSVTables)
    return fmt


def test_csv_carries_every_field_and_empty_optional_texts_as_null() -> None:
    lossy = dict(_csv().lossy_fields)
    assert lossy.pop("body") == "blank_dropped"  # a body of one empty paragraph is an empty cell
    assert set(lossy.values()) == {"empty_as_null"}
    optional_texts = {"authors.url", "photos.caption", "photos.credit", "photos.url", "quotes.speaker", "quotes.cue",
                      "events.location", "events.summary", "source.path", "source.url", "source.outlet"}  # fmt: skip
    assert set(lossy) == optional_texts


def test_folder_round_trip_is_exact_and_every_table_validates(tmp_path: Path) -> None:
    fmt = _csv()
    articles = list(fixture_articles())
    paths = fmt.write_folder(articles, tmp_path)
    assert sorted(p.name for p in paths) == sorted(f"{t}.csv" for t in TABLES)
    for path in paths:
        assert fmt.validate(path.read_bytes(), source=str(path)) == []
    assert fmt.read_folder(tmp_path) == articles


def test_files_are_rfc_4180(tmp_path: Path) -> None:
    _csv().write_folder(fixture_articles()[:3], tmp_path)
    raw = (tmp_path / "articles.csv").read_bytes()
    assert raw.startswith(b"article_id,language,headline,")
    assert raw.count(b"\r\n") >= 4  # header and three records end in CRLF
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert len(rows) == 4 and all(len(r) == len(TABLES["articles"]) for r in rows)


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+40 721", "'+40 721"),
        ("-5 degrees", "'-5 degrees"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("'tis", "''tis"),
        ("plain", "plain"),
    ],
)
def test_formula_cells_are_neutralised_and_restored(value: str, cell: str) -> None:
    assert neutralise(value) == cell
    assert restore(cell) == value


def test_dangerous_values_survive_the_round_trip(tmp_path: Path) -> None:
    article = Article(
        id="a1",
        language="en",
        headline="=1+1",
        authors=[Author(name="@handle")],
        photos=[Photo(caption="-", credit="'quoted")],
        body=["+ first", "second"],
    )
    fmt = _csv()
    fmt.write_folder([article], tmp_path)
    text = (tmp_path / "articles.csv").read_text(encoding="utf-8")
    assert ",'=1+1," in text
    for path in tmp_path.glob("*.csv"):
        assert fmt.validate(path.read_bytes()) == []
    assert fmt.read_folder(tmp_path) == [article]


def test_validator_reports_formulas_counts_and_types() -> None:
    data = b"article_id,position,name,url\r\na1,x,=cmd(),\r\na1,1\r\n"
    problems = _csv().validate(data, source="authors.csv")
    assert [(p.code, p.where) for p in problems] == [
        ("csv.integer", "line 2 column position"),
        ("csv.formula", "line 2 column name"),
        ("csv.fields", "line 3"),
    ]


def test_unknown_header_is_an_error() -> None:
    (problem,) = _csv().validate(b"a,b\r\n1,2\r\n", source="x.csv")
    assert problem.code == "csv.header"
    with pytest.raises(InputError, match=r"x\.csv:line 1"):
        _csv().read(b"a,b\r\n1,2\r\n", source="x.csv")


def test_articles_table_alone_reads_article_fields() -> None:
    article = fixture_articles()[0]
    (back,) = _csv().read(_csv().export(article).encode())
    assert (back.id, back.headline, back.body, back.published) == (
        article.id,
        article.headline,
        article.body,
        article.published,
    )


def test_a_body_longer_than_the_csv_module_s_default_cell_limit_round_trips() -> None:
    from newsdata.formats import get_format
    from newsdata.pipeline import parse_text

    long_paragraph = "Der Stadtrat hat am Dienstag den Haushalt beschlossen. " * 3000  # ~165,000 characters
    article = parse_text("Ein Titel\n\n12.03.2026, 10:00\n\n" + long_paragraph, language="de")
    csv_format = get_format("csv")
    back = csv_format.read(csv_format.export(article).encode())
    assert back[0].body == article.body
