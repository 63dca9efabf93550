"""Property-based testing kit for pipelines built on newsdata.

Hypothesis strategies for canonical articles (valid by construction), for the documents
of every registered format, for raw article text with the header fields it encodes, and
for near-miss invalid documents; assertions for export/read round trips; profiles for CI
and nightly runs. The pytest plugin (``newsdata.testing.plugin``, registered through the
``pytest11`` entry point) exposes the same as fixtures. Example::

    from hypothesis import given
    from newsdata.testing import articles, assert_round_trip

    @given(articles(language="ro", with_quotes=True))
    def test_my_exporter(article):
        assert_round_trip(article, "canonical")
"""

from __future__ import annotations

from newsdata.testing.articles import Alphabet, Count, article_dicts, articles, non_empty_text, random_text
from newsdata.testing.documents import documents, exported, format_names, table_rows
from newsdata.testing.factory import make_article
from newsdata.testing.invalid import NearMiss, near_misses
from newsdata.testing.profiles import CI, DEEP, DEV, register_profiles
from newsdata.testing.raw import RawArticle, raw_articles
from newsdata.testing.roundtrip import (
    assert_round_trip,
    assert_same_article,
    assert_valid_export,
    comparable,
    export_problems,
    lossy_fields,
    read_back,
    round_trip,
)
from newsdata.testing.schema import committed_schema, schema_validator
from newsdata.testing.timestamps import aware_datetimes, fixed_offsets
from newsdata.testing.vocabulary import LANGUAGES

register_profiles()  # namespaced (newsdata-ci, newsdata-deep, newsdata-dev): nothing of the user's is replaced

__all__ = [
    "CI",
    "DEEP",
    "DEV",
    "LANGUAGES",
    "Alphabet",
    "Count",
    "NearMiss",
    "RawArticle",
    "article_dicts",
    "articles",
    "assert_round_trip",
    "assert_same_article",
    "assert_valid_export",
    "aware_datetimes",
    "committed_schema",
    "comparable",
    "documents",
    "export_problems",
    "exported",
    "fixed_offsets",
    "format_names",
    "lossy_fields",
    "make_article",
    "near_misses",
    "non_empty_text",
    "random_text",
    "raw_articles",
    "read_back",
    "register_profiles",
    "round_trip",
    "schema_validator",
    "table_rows",
]
