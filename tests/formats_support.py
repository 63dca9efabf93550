"""Shared by the format tests: the fixture articles parsed once per test session, and
the round-trip comparison up to a format's declared ``lossy_fields``."""

from __future__ import annotations

from functools import cache

from newsdata.formats import Format
from newsdata.model import Article
from newsdata.pipeline import parse_text
from newsdata.testing import assert_same_article
from tests.conftest import FIXTURES


@cache
def fixture_articles() -> tuple[Article, ...]:
    paths = sorted((FIXTURES / "articles").glob("*.txt"))
    return tuple(parse_text(p.read_text(encoding="utf-8"), source=str(p)) for p in paths)


def fixture_ids() -> list[str]:
    return [p.stem for p in sorted((FIXTURES / "articles").glob("*.txt"))]


def assert_round_trip(original: Article, back: Article, fmt: Format) -> None:
    """``back`` is ``original`` up to the format's declared ``lossy_fields`` (the same
    comparison the property suite makes)."""
    assert_same_article(original, back, fmt.lossy_fields, original.source.path or original.id)
