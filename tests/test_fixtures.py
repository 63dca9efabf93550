"""The parser against the project's own annotated articles (fixtures/articles).

Each gold file was written by hand with the article, before the parser saw it. Header
fields must match exactly; the body fields are scored in aggregate by the eval scorer.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsdata.pipeline import parse_text
from tests.conftest import FIXTURES

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))


def _gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    return data


def _instant(value: str | None) -> tuple[datetime, Any] | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed, parsed.utcoffset()


def test_there_are_fixtures_in_every_language() -> None:
    languages = {_gold(p)["language"] for p in ARTICLES}
    assert {"ro", "en", "fr", "de", "es", "it"} <= languages


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_header_fields_match_the_gold(path: Path) -> None:
    gold = _gold(path)
    article = parse_text(path.read_text(encoding="utf-8"), source=path.name).model_dump(mode="json")
    assert article["language"] == gold["language"]
    assert " ".join(article["headline"].split()) == " ".join(gold["headline"].split())
    assert _instant(article["published"]) == _instant(gold["published"])
    assert _instant(article["modified"]) == _instant(gold["modified"])
    assert article["reading_time_minutes"] == gold["reading_time_minutes"]
    assert [a["name"] for a in article["authors"]] == gold["authors"]
    assert [(p["caption"], p["credit"]) for p in article["photos"]] == [
        (p["caption"], p["credit"]) for p in gold["photos"] or []
    ]
