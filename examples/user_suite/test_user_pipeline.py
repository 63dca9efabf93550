"""An example user suite: properties of headline_pipeline, checked with newsdata.testing."""

from __future__ import annotations

from collections.abc import Callable

from headline_pipeline import speakers, to_index_record
from hypothesis import given

from newsdata.model import Article
from newsdata.testing import articles, documents, format_names, raw_articles
from newsdata.testing.raw import RawArticle


@given(articles())
def test_every_article_gives_a_record(article: Article) -> None:
    record = to_index_record(article)
    assert record["id"] == article.id
    assert record["quote_count"] == len(article.quotes)


@given(articles(language="ro", with_photos=True, participants=(1, 4)))
def test_romanian_articles_with_photos(article: Article) -> None:
    record = to_index_record(article)
    assert record["lang"] == "ro" and record["has_photo"]


@given(articles(with_quotes=True, participants=(1, 5)))
def test_speakers_resolve(article: Article) -> None:
    ids = {p.id for p in article.participants}
    assert all(q.speaker_id in ids for q in article.quotes if q.speaker_id)
    assert len(speakers(article)) <= len(article.quotes)


@given(documents("canonical", language="de"))
def test_our_feed_reader_takes_canonical_documents(document: str) -> None:
    assert document.lstrip().startswith("{")


def test_every_registered_format_is_known() -> None:
    assert "canonical" in format_names()


@given(raw_articles(language="fr", with_dates=True))
def test_raw_articles_carry_their_header(raw: RawArticle) -> None:
    assert raw.published is not None and raw.published.utcoffset() is not None
    assert raw.headline in raw.text


def test_with_the_fixtures(newsdata_article: Callable[..., Article], newsdata_round_trip: Callable[..., None]) -> None:
    article = newsdata_article(language="it", quotes=2, participants=2)
    assert speakers(article) == [p.name for p in article.participants[:2]]
    newsdata_round_trip(article, "canonical")


def test_the_strategies_fixture(newsdata_strategies: object, newsdata_formats: list[str]) -> None:
    assert hasattr(newsdata_strategies, "articles")
    assert "canonical" in newsdata_formats
