"""newsdata: news articles to clean, validated structured data."""

from newsdata import _compiled

_compiled.choose()  # compiled parser modules, or their sources (see newsdata/_compiled.py)

# ruff: noqa: E402 - the choice above must come before any parser module is imported
from newsdata.errors import InputError, NewsdataError, ParseError
from newsdata.model import Article, Author, Entity, Event, Photo, Quote

__version__ = "0.1.0"


def parse(text: str, **options: str | None) -> Article:
    """Parse one raw article's text; see ``newsdata.pipeline.parse_text`` for options."""
    from newsdata.pipeline import parse_text

    return parse_text(text, **options)  # type: ignore[arg-type]


__all__ = [
    "Article",
    "Author",
    "Entity",
    "Event",
    "InputError",
    "NewsdataError",
    "ParseError",
    "Photo",
    "Quote",
    "parse",
]
