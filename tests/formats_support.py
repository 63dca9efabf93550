"""Shared by the format tests: the fixture articles parsed once per test session, and
the comparison that ignores the fields a format declares it cannot carry."""

from __future__ import annotations

from functools import cache
from typing import Any

from newsdata.model import Article
from newsdata.pipeline import parse_text
from tests.conftest import FIXTURES


@cache
def fixture_articles() -> tuple[Article, ...]:
    paths = sorted((FIXTURES / "articles").glob("*.txt"))
    return tuple(parse_text(p.read_text(encoding="utf-8"), source=str(p)) for p in paths)


def fixture_ids() -> list[str]:
    return [p.stem for p in sorted((FIXTURES / "articles").glob("*.txt"))]


def comparable(article: Article, lossy: tuple[str, ...]) -> dict[str, Any]:
    """The article as a dict with every lossy field blanked (or, for ``*.order``, sorted)."""
    data = article.model_dump(mode="json")
    for field in lossy:
        parts = field.split(".")
        if field == "participants.order":
            data["participants"].sort(key=lambda p: p["id"])
        elif field == "events.participants.order":
            for event in data["events"]:
                event["participants"].sort()
        elif len(parts) == 1:
            data[parts[0]] = None
        elif parts[0] == "source":
            data["source"][parts[1]] = None
        else:
            for item in data[parts[0]]:
                item[parts[1]] = [] if isinstance(item[parts[1]], list) else None
    return data


def assert_round_trip(original: Article, back: Article, lossy: tuple[str, ...]) -> None:
    expected, actual = comparable(original, lossy), comparable(back, lossy)
    for key in expected:
        assert actual[key] == expected[key], f"{original.source.path}: {key} differs after the round trip"
