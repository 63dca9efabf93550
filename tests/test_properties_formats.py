"""Every registered format, for any generated article: its export is valid by its own
validator (no errors; warnings are advice), and reading the export back gives the article
again up to the format's declared lossy fields. Formats are taken from the registry, so a
new one is covered the day it is registered, and its ``lossy_fields`` declaration is
checked for typos here. Table formats (CSV, Parquet) round trip through their tables;
the per-document properties cover the formats that write one-article documents."""

from __future__ import annotations

import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdata.formats import Format, available_formats, get_format
from newsdata.formats.base import Loss
from newsdata.model import Article
from newsdata.testing import (
    articles,
    assert_round_trip,
    assert_same_article,
    comparable,
    documents,
    format_names,
    lossy_fields,
    read_back,
)

FORMATS = available_formats()
DOCUMENT_FORMATS = format_names(documents=True)


def test_the_registry_has_formats_to_check() -> None:
    assert "canonical" in FORMATS


def _model_paths(model: type[typing.Any], prefix: str = "") -> set[str]:
    """Every dotted path into the canonical model, through lists and nested models."""
    paths: set[str] = set()
    for name, field in model.model_fields.items():
        path = f"{prefix}{name}"
        paths.add(path)
        for arg in [field.annotation, *typing.get_args(field.annotation)]:
            for inner in [arg, *typing.get_args(arg)]:
                if isinstance(inner, type) and hasattr(inner, "model_fields"):
                    paths |= _model_paths(inner, f"{path}.")
    return paths


@pytest.mark.parametrize("name", FORMATS)
def test_lossy_fields_name_real_fields_and_kinds(name: str) -> None:
    """A typo in a declaration would silently excuse nothing, or the wrong field."""
    declared = lossy_fields(get_format(name))
    assert set(declared) <= _model_paths(Article), set(declared) - _model_paths(Article)
    assert set(declared.values()) <= set(typing.get_args(Loss))


def test_only_parquet_writes_no_one_article_documents() -> None:
    assert set(FORMATS) - set(DOCUMENT_FORMATS) == {"parquet"}
    with pytest.raises(ValueError, match="per_article_documents"):
        documents("parquet")


@pytest.mark.properties
@pytest.mark.parametrize("name", DOCUMENT_FORMATS)
@given(data=st.data())
def test_every_export_is_valid_by_its_own_validator(name: str, data: st.DataObject) -> None:
    document = data.draw(documents(name))
    problems = get_format(name).validate(document.encode("utf-8"), source=f"<{name}>")
    errors = [p for p in problems if p.severity == "error"]
    assert errors == [], "; ".join(str(p) for p in errors[:5])
    assert all(p.severity == "warning" for p in problems)


@pytest.mark.properties
@pytest.mark.parametrize("name", FORMATS)
@given(article=articles())
def test_export_then_read_gives_the_article_back(name: str, article: Article) -> None:
    assert_round_trip(article, name)


@pytest.mark.properties
@pytest.mark.parametrize("name", FORMATS)
@given(batch=st.lists(articles(huge_fields=False), min_size=1, max_size=4, unique_by=lambda a: a.id))
def test_a_batch_reads_back_article_by_article(name: str, batch: list[Article]) -> None:
    """Unique ids: in a table format the id is every table's key (a repeated one is refused on reading)."""
    fmt = get_format(name)
    back = read_back(fmt, batch, many=True)
    assert len(back) == len(batch)
    for n, (original, got) in enumerate(zip(batch, back, strict=True)):
        assert_same_article(original, got, lossy_fields(fmt), f"{name} batch/{n}")


@pytest.mark.properties
@pytest.mark.parametrize("name", [n for n in DOCUMENT_FORMATS if type(get_format(n)).sniff is not Format.sniff])
@given(data=st.data())
def test_a_format_that_sniffs_recognises_its_own_exports(name: str, data: st.DataObject) -> None:
    assert get_format(name).sniff(data.draw(documents(name)).encode("utf-8"))


@pytest.mark.properties
@given(articles(alphabet="any"))
def test_canonical_carries_any_unicode_including_control_characters(article: Article) -> None:
    """The model takes any string; the canonical format must give every one back exactly."""
    assert_round_trip(article, "canonical")


def test_comparable_removes_only_what_is_declared() -> None:
    """The round-trip comparison itself: a declared loss is forgiven, an undeclared one is not."""
    from newsdata.testing import make_article

    article = make_article("ro")
    changed = article.model_copy(update={"headline": "Alt titlu", "source": article.source.model_copy(update={"url": "x"})})
    assert comparable(changed, {"headline": "dropped", "source.url": "dropped"}) == comparable(
        article, {"headline": "dropped", "source.url": "dropped"}
    )
    assert comparable(changed, {"headline": "dropped"}) != comparable(article, {"headline": "dropped"})
    relabelled = Article.model_validate(
        {
            **article.model_dump(),
            "participants": [{**p.model_dump(), "id": f"x{p.id}"} for p in article.participants],
            "quotes": [{**q.model_dump(), "speaker_id": f"x{q.speaker_id}"} for q in article.quotes],
            "events": [
                {**e.model_dump(), "participants": [f"x{i}" for i in e.participants], "location_id": f"x{e.location_id}"}
                for e in article.events
            ],
        }
    )
    assert comparable(relabelled, {"participants.id": "relabelled"}) == comparable(
        article, {"participants.id": "relabelled"}
    )
    assert comparable(relabelled, {}) != comparable(article, {})


@pytest.mark.parametrize("name", format_names(tabular=True))
def test_table_formats_refuse_an_article_id_twice(name: str) -> None:
    from newsdata.errors import InputError
    from newsdata.formats import TabularFormat
    from newsdata.testing import make_article

    fmt = get_format(name)
    assert isinstance(fmt, TabularFormat)
    article = make_article("en")
    with pytest.raises(InputError, match="appears twice"):
        fmt.read_tables(fmt.tables_many([article, article]))


@pytest.mark.properties
@given(articles(alphabet="any", huge_fields=False))
def test_newsml_refuses_what_xml_cannot_carry_and_exports_everything_else(article: Article) -> None:
    """XML 1.0 cannot hold most C0 control characters even escaped. NewsML-G2 export refuses
    such an article with an error naming the field, never strips silently; any other
    article exports valid."""
    import re

    from newsdata.formats.newsml import NotXMLTextError

    fmt = get_format("newsml")
    holds_illegal = any(re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", text) for text in _texts(article))
    if holds_illegal:
        with pytest.raises(NotXMLTextError, match=r"XML 1\.0"):
            fmt.export(article)
    else:
        assert [p for p in fmt.validate(fmt.export(article).encode("utf-8")) if p.severity == "error"] == []


def _texts(article: Article) -> list[str]:
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(article.model_dump(mode="json"))
    return found
