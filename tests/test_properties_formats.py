"""Every registered format, for any generated article: its export is valid by its own
validator, and reading the export back gives the article again up to the format's
declared lossy fields. Formats are taken from the registry, so a new one is covered the
day it is registered, and its ``lossy_fields`` declaration is checked for typos here."""

from __future__ import annotations

import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdata.formats import Format, available_formats, get_format
from newsdata.formats.base import Loss
from newsdata.model import Article
from newsdata.testing import articles, assert_round_trip, comparable, documents, exported, lossy_fields

FORMATS = available_formats()


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


@pytest.mark.properties
@pytest.mark.parametrize("name", FORMATS)
@given(data=st.data())
def test_every_export_is_valid_by_its_own_validator(name: str, data: st.DataObject) -> None:
    document = data.draw(documents(name))
    problems = get_format(name).validate(document.encode("utf-8"), source=f"<{name}>")
    assert problems == [], "; ".join(str(p) for p in problems[:5])


@pytest.mark.properties
@pytest.mark.parametrize("name", FORMATS)
@given(data=st.data())
def test_export_then_read_gives_the_article_back(name: str, data: st.DataObject) -> None:
    article, document = data.draw(exported(name))
    fmt = get_format(name)
    back = fmt.read(document.encode("utf-8"), source=f"<{name}>")
    assert len(back) == 1
    assert comparable(back[0], lossy_fields(fmt)) == comparable(article, lossy_fields(fmt))


@pytest.mark.properties
@pytest.mark.parametrize("name", FORMATS)
@given(batch=st.lists(articles(huge_fields=False), min_size=1, max_size=4))
def test_a_batch_reads_back_article_by_article(name: str, batch: list[Article]) -> None:
    fmt = get_format(name)
    back = fmt.read(fmt.export_many(batch).encode("utf-8"), source=f"<{name} batch>")
    lossy = lossy_fields(fmt)
    assert [comparable(a, lossy) for a in back] == [comparable(a, lossy) for a in batch]


@pytest.mark.properties
@pytest.mark.parametrize("name", [n for n in FORMATS if type(get_format(n)).sniff is not Format.sniff])
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
