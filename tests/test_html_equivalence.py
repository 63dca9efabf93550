"""An HTML page built from each fixture article parses to what the raw text parses to.

Every fixture is parsed once as text; its page is built in two of the templates, one
with JSON-LD and one without (rotating, so every template meets every layout family), and the page's parse is compared with the text's by the
scorer's rules (tests/scoring.py). bench/check_html_eval.py runs the full matrix.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsdata.inputs.page import parse_page
from newsdata.pipeline import parse_text
from tests.conftest import FIXTURES
from tests.html_pages import TEMPLATES, WITHOUT_JSON_LD, layout
from tests.scoring import FIELDS, compare, overall

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))
NAMES = list(TEMPLATES)
WITH_JSON_LD = [n for n in NAMES if n not in WITHOUT_JSON_LD]
MAX_DIFFERENCE = 0.02


def _cases() -> list[tuple[Path, str]]:
    cases: list[tuple[Path, str]] = []
    for i, path in enumerate(ARTICLES):
        cases.append((path, WITHOUT_JSON_LD[i % len(WITHOUT_JSON_LD)]))
        cases.append((path, WITH_JSON_LD[i % len(WITH_JSON_LD)]))
    return cases


@cache
def _text_result(path: Path) -> dict[str, Any]:
    return parse_text(path.read_text(encoding="utf-8"), source=path.name).model_dump(mode="json")


def test_every_template_and_article_is_covered() -> None:
    cases = _cases()
    assert {template for _, template in cases} == set(NAMES)
    assert {path for path, _ in cases} == set(ARTICLES) and len(ARTICLES) >= 57
    for path in ARTICLES:
        chosen = {t for p, t in cases if p == path}
        assert chosen & set(WITHOUT_JSON_LD) and chosen & set(WITH_JSON_LD)


@pytest.mark.parametrize(("path", "template"), _cases(), ids=[f"{p.stem}-{t}" for p, t in _cases()])
def test_html_page_parses_like_the_text(path: Path, template: str) -> None:
    reference = _text_result(path)
    page = TEMPLATES[template](layout(path.read_text(encoding="utf-8")))
    got = parse_page(page.encode("utf-8"), source=f"{path.stem}.html").article.model_dump(mode="json")
    scores, itself = compare(reference, got), compare(reference, reference)
    differing = {f: round(scores[f], 3) for f in FIELDS if scores[f] < itself[f]}
    # against itself, not 1.0: the scorer gives an event without a date less than full marks
    assert overall(scores) >= overall(itself) - MAX_DIFFERENCE, differing
    # the header fields are exact: the page shows the same lines the text has
    assert scores["headline"] == scores["published"] == scores["modified"] == scores["authors"] == 1.0, differing


def test_the_comparison_can_fail() -> None:
    reference = _text_result(ARTICLES[0])
    broken = {**reference, "headline": "Another headline", "published": None, "authors": [], "quotes": []}
    scores = compare(reference, broken)
    assert scores["headline"] == scores["published"] == scores["authors"] == 0.0
    assert overall(scores) < 1.0 - MAX_DIFFERENCE


# The project's shared evaluation set, beside the repository (``../shared/eval``), when this
# checkout has one: each of its articles as a page in every template must score like its
# text under the official scorer, against the annotators' gold. Nothing of it is copied here.
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
EVAL_ARTICLES = sorted((EVAL / "visible").glob("*.txt")) if (EVAL / "score.py").is_file() else []


@cache
def _official_scorer() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("newsdata_eval_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if EVAL_ARTICLES:  # defined only where the shared set is present: no empty, skipped parametrisation

    @pytest.mark.parametrize("path", EVAL_ARTICLES, ids=[p.stem for p in EVAL_ARTICLES])
    def test_eval_article_pages_score_like_the_text(path: Path) -> None:
        import yaml

        scorer = _official_scorer()
        gold = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")

        def mean(article: dict[str, Any]) -> float:
            scores = scorer.score_article(gold, article)
            return sum(scores[f] for f in scorer.FIELDS) / len(scorer.FIELDS)

        reference = mean(parse_text(text, source=path.name).model_dump(mode="json"))
        for template in NAMES:
            page = TEMPLATES[template](layout(text)).encode("utf-8")
            got = mean(parse_page(page, source=f"{path.stem}.html").article.model_dump(mode="json"))
            assert got >= reference - MAX_DIFFERENCE, (template, round(got, 3), round(reference, 3))
