"""The parser on any text returns a valid article or raises a documented NewsdataError;
and raw articles generated in the header layouts it documents parse back to the header
fields they were built from."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdata.errors import InputError, NewsdataError, ParseError
from newsdata.model import Article
from newsdata.pipeline import parse_text
from newsdata.reading import decode
from newsdata.testing import RawArticle, raw_articles, schema_validator
from newsdata.testing.vocabulary import LANGUAGES, VOCABULARIES

VALIDATOR = schema_validator()


def _parse_or_documented_error(text: str) -> Article | None:
    try:
        article = parse_text(text, source="prop.txt")
    except ParseError as exc:
        assert exc.source == "prop.txt"
        return None
    document = article.model_dump(mode="json")
    assert Article.model_validate_json(article.model_dump_json()) == article  # still valid as a document
    assert VALIDATOR.is_valid(document)
    return article


def _bytes_or_documented_error(data: bytes) -> None:
    try:
        text = decode(data, source="prop.bin").text
    except InputError as exc:
        assert exc.source == "prop.bin"
        return
    _parse_or_documented_error(text)


_CONTROL = st.characters(min_codepoint=0, max_codepoint=0x1F) | st.sampled_from("\x7f\x85\u2028\u2029\ufeff\u200b")
_SCRIPTS = st.sampled_from(["Заголовок", "标题", "عنوان", "כותרת", "शीर्षक", "🙂", "e\u0301", "ǅ", "ß", "İ", "„", "«", "“"])


@st.composite
def _article_like(draw: st.DrawFn) -> str:
    """Pieces of real layouts (from the raw generator's words) mixed with scripts and control characters."""
    code = draw(st.sampled_from(LANGUAGES))
    vocab = VOCABULARIES[code]
    pieces = st.one_of(
        st.sampled_from(vocab.headlines + vocab.sentences + vocab.captions + vocab.kickers),
        st.sampled_from(["Foto:", "©", "By", "Von", "Publicat:", "Updated", "21:59", "30.03.2026", "4:18 PM EDT"]),
        _SCRIPTS,
        _CONTROL,
        st.text(max_size=20),
    )
    return draw(st.lists(pieces, max_size=40).map(lambda parts: draw(st.sampled_from([" ", "\n", "\n\n"])).join(parts)))


@pytest.mark.properties
@given(st.text())
def test_any_unicode_text(text: str) -> None:
    _parse_or_documented_error(text)


@pytest.mark.properties
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    _bytes_or_documented_error(data)


@pytest.mark.properties
@given(_article_like())
def test_article_like_text_with_mixed_scripts_and_control_characters(text: str) -> None:
    _parse_or_documented_error(text)


@pytest.mark.properties
@given(st.sampled_from(LANGUAGES).flatmap(lambda code: st.sampled_from(VOCABULARIES[code].sentences)), st.integers(100, 800))
def test_a_huge_line(sentence: str, times: int) -> None:
    """One line of up to ~100,000 characters, as a broken scraper leaves it."""
    _parse_or_documented_error("Titlu\n\n" + (sentence + " ") * times)


def test_only_documented_errors_are_raised_for_obvious_non_articles() -> None:
    """The properties above would pass vacuously if nothing ever failed; these do fail."""
    with pytest.raises(ParseError):
        parse_text("\n \n")
    with pytest.raises(InputError):
        decode(b"%PDF-1.7 ...")
    assert issubclass(ParseError, NewsdataError) and issubclass(InputError, NewsdataError)


def _instant(value: str | None) -> tuple[datetime, timedelta | None] | None:
    """An instant and its printed offset: '+00:00' and 'Z' are the same, '+01:00' is not '+00:00'."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed, parsed.utcoffset()


def _check_header(raw: RawArticle) -> None:
    parsed = parse_text(raw.text).model_dump(mode="json")
    expected = raw.expected()
    got = {
        "language": parsed["language"],
        "headline": parsed["headline"],
        "published": _instant(parsed["published"]),
        "modified": _instant(parsed["modified"]),
        "authors": [a["name"] for a in parsed["authors"]],
        "photos": [[p["caption"], p["credit"]] for p in parsed["photos"]],
        "reading_time_minutes": parsed["reading_time_minutes"],
    }
    expected = {**expected, "published": _instant(expected["published"]), "modified": _instant(expected["modified"])}
    assert got == expected, f"layout: {', '.join(raw.layout)}"


@pytest.mark.properties
@given(raw_articles())
def test_generated_raw_articles_parse_back_to_their_header(raw: RawArticle) -> None:
    _check_header(raw)


@pytest.mark.properties
@pytest.mark.parametrize("code", LANGUAGES)
@given(data=st.data())
def test_every_language_with_every_field(code: str, data: st.DataObject) -> None:
    """The fullest layouts, pinned per language so none is left to chance in a short run."""
    everything = {"with_byline": True, "with_dates": True, "with_modified": True, "with_photos": True}
    raw = data.draw(raw_articles(language=code, with_reading_time=True, **everything))
    _check_header(raw)
