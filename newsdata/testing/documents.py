"""Documents of any registered format, generic over the format registry.

A format's documents are canonical articles mapped through its exporter, so a strategy
exists for every format the registry knows (built in or a plugin) without code here.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from newsdata.formats import Format, TabularFormat, available_formats, get_format
from newsdata.model import Article
from newsdata.testing.articles import articles

# Keyword options that constrain the articles; every other option goes to the format.
ARTICLE_OPTIONS = frozenset(
    {
        "language", "participants", "with_photos", "photos", "with_quotes", "quotes", "with_events", "events",
        "authors", "paragraphs", "with_timestamps", "alphabet", "huge_fields",
    }
)  # fmt: skip


def format_names(*, tabular: bool | None = None, documents: bool | None = None) -> list[str]:
    """Registered format names; ``tabular=True`` keeps only table formats (CSV, Parquet), ``False`` drops them;
    ``documents=True`` keeps the formats whose ``export`` writes one article as a text document (all but
    Parquet: ``Format.per_article_documents``), ``False`` the others."""
    names = available_formats()
    if tabular is not None:
        names = [name for name in names if isinstance(get_format(name), TabularFormat) == tabular]
    if documents is not None:
        names = [name for name in names if _has_documents(get_format(name)) == documents]
    return names


def _has_documents(fmt: Format) -> bool:
    return bool(getattr(fmt, "per_article_documents", True))  # a plugin that predates the flag has them


def _split(options: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    article_options = {k: v for k, v in options.items() if k in ARTICLE_OPTIONS}
    format_options = {k: v for k, v in options.items() if k not in ARTICLE_OPTIONS}
    return article_options, format_options


def exported(
    format_name: str, *, source: st.SearchStrategy[Article] | None = None, **options: Any
) -> st.SearchStrategy[tuple[Article, str]]:
    """(article, its document in ``format_name``) pairs, for round-trip properties.

    Options that ``articles()`` takes (``language=``, ``with_photos=``, ...) constrain the
    articles; the others are the format's own (``version="3.1"`` for ninjs). ``source``
    replaces the article strategy altogether.
    """
    article_options, format_options = _split(options)
    fmt = get_format(format_name, **format_options)  # fails now, naming the known formats, if unknown
    if not _has_documents(fmt):
        raise ValueError(
            f"{format_name!r} writes no one-article documents (per_article_documents is False); "
            "use table_rows() for a table format"
        )
    strategy = source if source is not None else articles(**article_options)
    return strategy.map(lambda article: (article, fmt.export(article)))


def documents(
    format_name: str, *, source: st.SearchStrategy[Article] | None = None, **options: Any
) -> st.SearchStrategy[str]:
    """Documents of ``format_name``, as its exporter writes them (see ``exported`` for the options)."""
    return exported(format_name, source=source, **options).map(lambda pair: pair[1])


def table_rows(
    format_name: str, *, source: st.SearchStrategy[Article] | None = None, **options: Any
) -> st.SearchStrategy[dict[str, list[dict[str, str]]]]:
    """For a table format (CSV): each table's rows for one article, cells encoded as text."""
    article_options, format_options = _split(options)
    fmt = get_format(format_name, **format_options)
    if not isinstance(fmt, TabularFormat):
        raise ValueError(f"{format_name!r} is not a table format")
    strategy = source if source is not None else articles(**article_options)
    return strategy.map(fmt.tables)
