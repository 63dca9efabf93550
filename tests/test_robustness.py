"""The parser on any text returns a valid article or raises ParseError, never anything else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdata.errors import ParseError
from newsdata.model import Article
from newsdata.pipeline import parse_text

PIECES = st.sampled_from(
    [
        "Titlu", "Headline here", "„", "”", "“", "«", "»", '"', "‚", "‘", "’", "(", ")", "Foto:", "©", "By", "de",
        "Von", "Publicat la", "Updated", "21:59", "08 Ian 2026", "12/03/2026", "4:18 PM EDT", "Lesezeit: 3 Min.",
        "a declarat", "said", "sagte", "Ion Pop", "Ana Lopes", "Cluj", "Paris", "(UBO)", "miercuri", "yesterday",
        "\n", "\n\n", " ", ".", ",", ":", "–", "|", "•", "Citește și:", "ADVERTISEMENT", "\u200b", "\t", "ß", "İ",
    ]
)


def _check(text: str) -> None:
    try:
        article = parse_text(text)
    except ParseError:
        return
    assert isinstance(article, Article)
    Article.model_validate(article.model_dump())  # references resolve, timestamps are aware


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=60).map(" ".join))
def test_article_like_noise(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text(text: str) -> None:
    _check(text)


def test_a_huge_line() -> None:
    _check("Titlu\n\n" + "cuvânt „citat” Ion Pop a declarat " * 2000)  # 2,000 quotes on one line


def test_only_control_and_mixed_scripts() -> None:
    _check("Заголовок 标题 عنوان\n\n\x01\x02 текст 文字 نص „foo” said Иван Петров.")
